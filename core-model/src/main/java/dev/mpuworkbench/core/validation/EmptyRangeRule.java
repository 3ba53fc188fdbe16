package dev.mpuworkbench.core.validation;

import dev.mpuworkbench.core.model.BlockClass;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.MemoryBlock;
import java.util.List;
import java.util.function.Consumer;

/** A block with no bytes maps nothing and usually means a size was never filled in. */
public final class EmptyRangeRule implements Rule {
    public static final String EMPTY_RANGE = "EMPTY_RANGE";

    @Override
    public List<String> codes() {
        return List.of(EMPTY_RANGE);
    }

    @Override
    public void check(Design design, Consumer<Diagnostic> report) {
        for (MemoryBlock b : DesignBlocks.of(design)) {
            if (b.range().isEmpty() && b.blockClass() != BlockClass.XEN_IMAGE) {
                report.accept(Diagnostic.error(EMPTY_RANGE, b.subject(), b.range(),
                    b.label() + " at " + Hex.of(b.range().base()) + " has size 0; give it a size."));
            }
        }
    }
}
