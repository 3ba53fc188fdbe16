package dev.mpuworkbench.app.service;

/** A design that could not be opened; the message names the file and the place of the problem. */
public final class DesignLoadException extends Exception {
    public DesignLoadException(String message) {
        super(message);
    }

    public DesignLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
