package dev.mpuworkbench.emulator.xen;

/** How a boot ended. */
public enum StopOutcome {
    /** Partitioned: the scheduler ran the requested context switches (or upstream reached its idle loop). */
    STEADY_STATE("steady-state", true),
    /** Upstream stops at domain construction: {@code p2m_set_entry} is unimplemented (the documented stop). */
    UPSTREAM_LIMIT("upstream-limit", true),
    /** Xen panicked, the firmware could not start it, or Xen took an abort: the boot failed. */
    PANIC("panic", false);

    private final String traceName;
    private final boolean expected;

    StopOutcome(String traceName, boolean expected) {
        this.traceName = traceName;
        this.expected = expected;
    }

    public String traceName() {
        return traceName;
    }

    /** Whether this is an end the mode is meant to reach. */
    public boolean expected() {
        return expected;
    }
}
