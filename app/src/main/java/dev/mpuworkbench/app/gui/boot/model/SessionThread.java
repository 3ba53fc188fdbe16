package dev.mpuworkbench.app.gui.boot.model;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Where the boot session's work runs: one task at a time on the worker, each result (or failure) handed to the
 * thread that owns the view-model's properties. Progress reports are thinned to at most one waiting at a time.
 */
final class SessionThread {
    private final Executor worker;
    private final Executor owner;
    private final AtomicInteger progressAt = new AtomicInteger();
    private final AtomicBoolean progressPosted = new AtomicBoolean();

    SessionThread(Executor worker, Executor owner) {
        this.worker = Objects.requireNonNull(worker, "worker");
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /** A daemon thread of its own, so an open boot never keeps the application alive. */
    static Executor daemon() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mpuwb-boot-session");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code job} on the worker; {@code done} or {@code failed} (with the reason) then runs on the owner. */
    void run(BootRunner runner, Function<BootRunner, BootFrame> job, BiConsumer<BootRunner, BootFrame> done,
             BiConsumer<BootRunner, String> failed) {
        worker.execute(() -> {
            BootFrame result;
            try {
                result = job.apply(runner);
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                owner.execute(() -> failed.accept(runner, why));
                return;
            }
            owner.execute(() -> done.accept(runner, result));
        });
    }

    /** A progress callback for the worker that tells {@code onOwner} the latest step, never queueing more than one. */
    IntConsumer progress(IntConsumer onOwner) {
        return at -> {
            progressAt.set(at);
            if (progressPosted.compareAndSet(false, true)) {
                owner.execute(() -> {
                    progressPosted.set(false);
                    onOwner.accept(progressAt.get());
                });
            }
        };
    }
}
