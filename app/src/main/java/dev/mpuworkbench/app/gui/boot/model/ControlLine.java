package dev.mpuworkbench.app.gui.boot.model;

/**
 * One control register as the boot view lists it.
 *
 * @param decoded its fields in words, e.g. {@code M=1 (MPU on), C=1, BR=0, WXN=1}
 * @param changed its value differs from the state shown before
 */
public record ControlLine(String name, long value, String decoded, boolean changed) {
    public String valueText() {
        return BootText.reg(value);
    }
}
