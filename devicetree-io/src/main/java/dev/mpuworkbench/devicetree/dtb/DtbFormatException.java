package dev.mpuworkbench.devicetree.dtb;

/** A blob that is not a well-formed flattened device tree; the message says what is wrong and where. */
public final class DtbFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DtbFormatException(String message) {
        super(message);
    }
}
