package dev.mpuworkbench.devicetree.report;

/**
 * A problem that stops compilation, reported like dtc's {@code die()}: "FATAL ERROR: message", exit status 1.
 */
public final class FatalError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FatalError(String message) {
        super(message);
    }

    /** The line dtc prints for it. */
    public String line() {
        return "FATAL ERROR: " + getMessage();
    }
}
