package dev.mpuworkbench.emulator.boot;

/** An input of the boot (build options, header, DTB, boot script) that cannot be read; the message names the place. */
public final class BootInputException extends Exception {
    public BootInputException(String message) {
        super(message);
    }

    public BootInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
