package dev.mpuworkbench.emulator.xen;

/** Where a domain is in its life. */
public enum DomainState {
    /** {@code domain_create} done, being constructed. */
    CONSTRUCTING,
    /** Built, paused by the system controller until Xen unpauses it. */
    PAUSED,
    /** Unpaused: its vCPUs are scheduled. */
    RUNNING,
    /** Crashed by Xen; its vCPUs never run again. */
    CRASHED
}
