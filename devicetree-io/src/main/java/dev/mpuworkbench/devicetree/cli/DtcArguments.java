package dev.mpuworkbench.devicetree.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * dtc's command line, parsed like its {@code getopt_long} loop: short options may be bundled ({@code -qf}) and
 * take their argument attached or as the next word; long options take {@code --name=value} or
 * {@code --name value}.
 */
final class DtcArguments {
    static final String SHORT_OPTIONS = "qI:O:o:V:d:R:S:p:a:fb:i:H:sW:E:@AThv";

    int quiet;
    String inputFormat;
    String outputFormat;
    String outputName = "-";
    String outputVersion;
    String dependencyFile;
    int reserveEntries;
    int minimumSize;
    int padSize;
    int alignSize;
    boolean force;
    Long bootCpuid;
    final List<String> includeDirs = new ArrayList<>();
    String phandleFormat;
    boolean sort;
    final List<String> checkSwitches = new ArrayList<>();
    boolean symbols;
    boolean autoAlias;
    int annotate;
    boolean help;
    boolean version;
    final List<String> files = new ArrayList<>();

    /** A command line dtc would refuse; the message is what dtc prints after its usage text. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private static final String[][] LONG_OPTIONS = {
        {"quiet", "q"}, {"in-format", "I"}, {"out", "o"}, {"out-format", "O"}, {"out-version", "V"},
        {"out-dependency", "d"}, {"reserve", "R"}, {"space", "S"}, {"pad", "p"}, {"align", "a"},
        {"boot-cpu", "b"}, {"force", "f"}, {"include", "i"}, {"sort", "s"}, {"phandle", "H"},
        {"warning", "W"}, {"error", "E"}, {"symbols", "@"}, {"auto-alias", "A"}, {"annotate", "T"},
        {"help", "h"}, {"version", "v"},
    };

    static DtcArguments parse(String[] args) throws UsageException {
        DtcArguments a = new DtcArguments();
        int i = 0;
        while (i < args.length) {
            String arg = args[i];
            if (arg.equals("--")) {
                for (i++; i < args.length; i++) {
                    a.files.add(args[i]);
                }
                break;
            }
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                char opt = longOption(name);
                if (takesArgument(opt) && value == null) {
                    if (++i >= args.length) {
                        throw new UsageException("option '--" + name + "' requires an argument");
                    }
                    value = args[i];
                }
                a.apply(opt, value);
                i++;
                continue;
            }
            if (arg.startsWith("-") && arg.length() > 1) {
                for (int k = 1; k < arg.length(); k++) {
                    char opt = arg.charAt(k);
                    if (SHORT_OPTIONS.indexOf(opt) < 0 || opt == ':') {
                        throw new UsageException("unknown option");
                    }
                    if (takesArgument(opt)) {
                        String value;
                        if (k + 1 < arg.length()) {
                            value = arg.substring(k + 1);
                        } else if (i + 1 < args.length) {
                            value = args[++i];
                        } else {
                            throw new UsageException("option requires an argument -- '" + opt + "'");
                        }
                        a.apply(opt, value);
                        break;
                    }
                    a.apply(opt, null);
                }
                i++;
                continue;
            }
            a.files.add(arg);
            i++;
        }
        return a;
    }

    private static char longOption(String name) throws UsageException {
        for (String[] o : LONG_OPTIONS) {
            if (o[0].equals(name)) {
                return o[1].charAt(0);
            }
        }
        throw new UsageException("unknown option");
    }

    private static boolean takesArgument(char opt) {
        int at = SHORT_OPTIONS.indexOf(opt);
        return at >= 0 && at + 1 < SHORT_OPTIONS.length() && SHORT_OPTIONS.charAt(at + 1) == ':';
    }

    /** C's {@code strtol(s, NULL, 0)}: optional sign, 0x for hex, leading 0 for octal, stops at junk. */
    static long strtol(String s) {
        String t = s.strip();
        boolean negative = false;
        if (t.startsWith("-") || t.startsWith("+")) {
            negative = t.startsWith("-");
            t = t.substring(1);
        }
        int base = 10;
        if (t.length() > 1 && t.charAt(0) == '0' && (t.charAt(1) == 'x' || t.charAt(1) == 'X')
            && t.length() > 2 && Character.digit(t.charAt(2), 16) >= 0) {
            base = 16;
            t = t.substring(2);
        } else if (t.startsWith("0")) {
            base = 8;
        }
        long v = 0;
        for (int i = 0; i < t.length() && Character.digit(t.charAt(i), base) >= 0; i++) {
            v = v * base + Character.digit(t.charAt(i), base);
        }
        return negative ? -v : v;
    }

    private void apply(char opt, String value) throws UsageException {
        switch (opt) {
            case 'q' -> quiet++;
            case 'I' -> inputFormat = value;
            case 'O' -> outputFormat = value;
            case 'o' -> outputName = value;
            case 'V' -> outputVersion = value;
            case 'd' -> dependencyFile = value;
            case 'R' -> reserveEntries = (int) strtol(value);
            case 'S' -> minimumSize = (int) strtol(value);
            case 'p' -> padSize = (int) strtol(value);
            case 'a' -> alignSize = (int) strtol(value);
            case 'f' -> force = true;
            case 'b' -> bootCpuid = strtol(value);
            case 'i' -> includeDirs.add(value);
            case 'H' -> phandleFormat = value;
            case 's' -> sort = true;
            case 'W' -> checkSwitches.add("W:" + value);
            case 'E' -> checkSwitches.add("E:" + value);
            case '@' -> symbols = true;
            case 'A' -> autoAlias = true;
            case 'T' -> annotate++;
            case 'h' -> help = true;
            case 'v' -> version = true;
            default -> throw new UsageException("unknown option");
        }
    }
}
