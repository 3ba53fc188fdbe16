package dev.mpuworkbench.core.validation;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.MemoryBlock;
import java.util.List;
import java.util.function.Consumer;

/** No block may reach past what the processor can address (4 GiB on a Cortex-R52, 256 TiB on an R82). */
public final class AddressWidthRule implements Rule {
    public static final String BEYOND_ADDRESS_SPACE = "BEYOND_ADDRESS_SPACE";

    @Override
    public List<String> codes() {
        return List.of(BEYOND_ADDRESS_SPACE);
    }

    @Override
    public void check(Design design, Consumer<Diagnostic> report) {
        long limit = design.board().cpu().addressLimit();
        for (MemoryBlock b : DesignBlocks.of(design)) {
            if (b.range().end() > limit) {
                report.accept(Diagnostic.error(BEYOND_ADDRESS_SPACE, b.subject(), b.range(),
                    b.label() + " " + b.range() + " ends beyond " + Hex.of(limit - 1) + ", the last address a "
                        + design.board().cpu() + " can reach (" + design.board().cpu().physicalAddressBits()
                        + "-bit); move it below " + Hex.of(limit) + "."));
            }
        }
    }
}
