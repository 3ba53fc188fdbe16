package dev.mpuworkbench.emulator.xen;

/**
 * One step of the boot: usually a single machine operation (a register write, a barrier, an access, an exception
 * entry or return) or a single Xen decision, so that every event the boot produces has its own state. An op may push
 * further ops to run next. Ops capture only immutable values; everything that changes lives in the {@link XenCpu}.
 */
@FunctionalInterface
public interface Op {
    void run(XenCpu cpu);
}
