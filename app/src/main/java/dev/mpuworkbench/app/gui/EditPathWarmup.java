package dev.mpuworkbench.app.gui;

import dev.mpuworkbench.core.edit.MoveBlock;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.DesignPlacement;
import dev.mpuworkbench.core.model.MemoryBlock;
import dev.mpuworkbench.core.mpu.MpuPlanner;
import dev.mpuworkbench.core.mpu.Strategy;
import dev.mpuworkbench.core.validation.Validator;
import java.util.List;

/**
 * Right after the window opens, moves blocks of a copy of the design to and fro on a background thread,
 * validating and planning each step, so the JIT has compiled the edit path before the user's first drag
 * (cold, the first steps of a drag on a 300-block design took up to 25 ms). Nothing it computes is kept.
 */
final class EditPathWarmup {
    static final int ROUNDS = 60;

    private EditPathWarmup() {
    }

    static Thread start(Validator validator, Design design) {
        Thread t = new Thread(() -> run(validator, design), "edit-path-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    /** @return how many rounds moved a block (a block that cannot move is skipped) */
    static int run(Validator validator, Design design) {
        List<MemoryBlock> movable = DesignBlocks.of(design).stream()
            .filter(b -> DesignPlacement.isMovable(b.subject()) && !b.range().isEmpty()).toList();
        if (movable.isEmpty()) return 0;
        int moved = 0;
        for (int i = 0; i < ROUNDS; i++) {
            MemoryBlock b = movable.get(i % movable.size());
            try {
                Design next = new MoveBlock(b.subject(), b.range().base() + 0x1000L * (1 + i % 2)).apply(design);
                validator.validate(next);
                for (Strategy s : Strategy.values()) MpuPlanner.plan(next, s);
                moved++;
            } catch (RuntimeException e) {
                // a block this design does not let move (locked, at the top of memory): try the next
            }
        }
        return moved;
    }
}
