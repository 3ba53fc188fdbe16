package dev.mpuworkbench.emulator.session;

import dev.mpuworkbench.emulator.xen.XenBootMode;
import java.util.Objects;

/**
 * How a session boots.
 *
 * @param switches         context switches after the boot; -1 = until every guest has run its probes, plus a round
 * @param snapshotInterval a snapshot at least every this many events (smaller: faster step back, more memory)
 * @param verifyReplay     check that replayed events equal the recorded ones (determinism guard)
 */
public record BootOptions(XenBootMode mode, int switches, int snapshotInterval, boolean verifyReplay) {
    public static final int DEFAULT_SNAPSHOT_INTERVAL = 128;

    public BootOptions {
        Objects.requireNonNull(mode, "mode");
        if (switches < -1) throw new IllegalArgumentException("switches must be -1 (automatic) or more");
        if (snapshotInterval < 1) throw new IllegalArgumentException("snapshotInterval must be at least 1");
    }

    public static BootOptions of(XenBootMode mode) {
        return new BootOptions(mode, -1, DEFAULT_SNAPSHOT_INTERVAL, true);
    }

    public BootOptions withSwitches(int n) {
        return new BootOptions(mode, n, snapshotInterval, verifyReplay);
    }

    public BootOptions withSnapshotInterval(int n) {
        return new BootOptions(mode, switches, n, verifyReplay);
    }
}
