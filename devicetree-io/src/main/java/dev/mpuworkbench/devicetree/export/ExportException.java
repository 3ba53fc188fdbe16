package dev.mpuworkbench.devicetree.export;

/** The design lacks something an export needs (for example a host device tree module for the boot script). */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }
}
