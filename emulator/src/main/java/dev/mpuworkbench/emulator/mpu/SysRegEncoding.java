package dev.mpuworkbench.emulator.mpu;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generic name of an AArch64 system register, {@code S<op0>_<op1>_C<CRn>_C<CRm>_<op2>}, as MRS/MSR take it.
 */
public record SysRegEncoding(int op0, int op1, int crn, int crm, int op2) {
    private static final Pattern FORM =
        Pattern.compile("S([0-3])_([0-7])_C(\\d{1,2})_C(\\d{1,2})_([0-7])", Pattern.CASE_INSENSITIVE);

    public SysRegEncoding {
        check("op0", op0, 3);
        check("op1", op1, 7);
        check("CRn", crn, 15);
        check("CRm", crm, 15);
        check("op2", op2, 7);
    }

    private static void check(String field, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(field + " must be 0.." + max + ", was " + value);
        }
    }

    /** Parses {@code S3_4_C6_C8_0} (any letter case). */
    public static SysRegEncoding parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                "not a system register encoding (expected S<op0>_<op1>_C<n>_C<m>_<op2>): '" + text + "'");
        }
        return new SysRegEncoding(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
    }

    /** True when the text has the shape of an encoding (so a name lookup is not meant). */
    public static boolean looksLikeEncoding(String text) {
        return FORM.matcher(text.trim()).matches();
    }

    /** A dense key: op0:2 op1:3 CRn:4 CRm:4 op2:3 (the layout of the MRS/MSR instruction fields). */
    public int key() {
        return (op0 << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2;
    }

    @Override
    public String toString() {
        return "S" + op0 + "_" + op1 + "_C" + crn + "_C" + crm + "_" + op2;
    }
}
