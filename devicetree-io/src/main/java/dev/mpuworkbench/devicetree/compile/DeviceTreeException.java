package dev.mpuworkbench.devicetree.compile;

/**
 * Device tree input that could not be turned into a tree: the message holds every line dtc (or cpp) would have
 * printed, each with its file:line.column position, and {@link #exitStatus()} is dtc's status (1 or 2).
 */
public final class DeviceTreeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int exitStatus;

    public DeviceTreeException(String message, int exitStatus) {
        super(message);
        this.exitStatus = exitStatus;
    }

    public int exitStatus() {
        return exitStatus;
    }
}
