package dev.mpuworkbench.devicetree.cpp;

/** A preprocessing error, worded like GNU cpp: "file:line:col: error: message". */
public final class CppException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CppException(String message) {
        super(message);
    }

    static CppException at(String file, int line, int column, String message) {
        return new CppException(file + ":" + line + ":" + column + ": error: " + message);
    }

    static CppException at(CppToken t, String message) {
        return at(t.file, t.line, t.column, message);
    }
}
