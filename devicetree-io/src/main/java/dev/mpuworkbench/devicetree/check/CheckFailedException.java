package dev.mpuworkbench.devicetree.check;

/** The checks found errors and output was not forced: dtc prints its summary line and exits with status 2. */
public final class CheckFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CheckFailedException() {
        super("ERROR: Input tree has errors, aborting (use -f to force output)");
    }
}
