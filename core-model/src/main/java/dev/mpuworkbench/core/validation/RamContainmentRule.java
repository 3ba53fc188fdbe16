package dev.mpuworkbench.core.validation;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.MemoryBlock;
import dev.mpuworkbench.core.model.ReservedRange;
import java.util.List;
import java.util.function.Consumer;

/** Everything that lives in RAM must sit inside one memory bank and clear of reserved memory. */
public final class RamContainmentRule implements Rule {
    public static final String OUTSIDE_RAM = "OUTSIDE_RAM";
    public static final String IN_RESERVED_MEMORY = "IN_RESERVED_MEMORY";

    @Override
    public List<String> codes() {
        return List.of(OUTSIDE_RAM, IN_RESERVED_MEMORY);
    }

    @Override
    public void check(Design design, Consumer<Diagnostic> report) {
        List<MemoryBank> banks = design.board().memory();
        for (MemoryBlock b : DesignBlocks.of(design)) {
            if (!b.blockClass().isRam() || b.range().isEmpty()) continue;
            if (design.board().bankContaining(b.range()).isEmpty()) {
                report.accept(Diagnostic.error(OUTSIDE_RAM, b.subject(), b.range(),
                    b.label() + " " + b.range() + " is not inside one RAM bank (banks: " + describe(banks)
                        + "); move it into a bank."));
            }
            for (ReservedRange r : design.board().reserved()) {
                if (r.range().overlaps(b.range())) {
                    String kind = r.source() == ReservedRange.Source.MEMRESERVE ? "/memreserve/ entry" : "reserved-memory node";
                    report.accept(Diagnostic.error(IN_RESERVED_MEMORY, b.subject(), r.range().intersection(b.range()),
                        b.label() + " " + b.range() + " overlaps " + kind + " " + r.name() + " " + r.range()
                            + "; move it clear of the reservation."));
                }
            }
        }
    }

    private static String describe(List<MemoryBank> banks) {
        if (banks.isEmpty()) return "none";
        StringBuilder sb = new StringBuilder();
        for (MemoryBank b : banks) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(b.range());
        }
        return sb.toString();
    }
}
