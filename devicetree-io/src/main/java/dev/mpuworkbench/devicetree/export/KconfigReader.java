package dev.mpuworkbench.devicetree.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code .config} syntax: {@code CONFIG_X=value}, {@code # CONFIG_X is not set}, comments. */
final class KconfigReader {
    private static final Pattern ASSIGNMENT = Pattern.compile("(CONFIG_[A-Za-z0-9_]+)=(.*)");
    private static final Pattern NOT_SET = Pattern.compile("# (CONFIG_[A-Za-z0-9_]+) is not set\\s*");
    private static final Pattern HEX = Pattern.compile("(0[xX])?[0-9a-fA-F]{1,16}");
    private static final Pattern INT = Pattern.compile("-?[0-9]+");
    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_+\\-.]+");
    private static final Set<String> HEX_SYMBOLS = Set.of("CONFIG_XEN_START_ADDRESS",
        "CONFIG_EARLY_UART_BASE_ADDRESS", "CONFIG_EARLY_UART_SIZE");
    private static final Set<String> BOOL_SYMBOLS = Set.of("CONFIG_UNSUPPORTED", "CONFIG_MPU", "CONFIG_DEBUG",
        "CONFIG_STATIC_MEMORY", "CONFIG_STATIC_SHM", "CONFIG_EXPERT");

    private final String fileName;
    private final List<InputProblem> problems = new ArrayList<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Integer> firstLine = new HashMap<>();
    private final Set<String> enabled = new LinkedHashSet<>();
    private final Set<String> disabled = new LinkedHashSet<>();

    private KconfigReader(String fileName) {
        this.fileName = fileName;
    }

    static KconfigBuildOptions read(String text, String fileName) throws InputException {
        KconfigReader r = new KconfigReader(fileName);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) r.line(lines[i], i + 1);
        if (!r.problems.isEmpty()) throw new InputException(r.problems);
        return new KconfigBuildOptions(fileName, r.hex("CONFIG_XEN_START_ADDRESS"),
            r.hex("CONFIG_EARLY_UART_BASE_ADDRESS"), r.hex("CONFIG_EARLY_UART_SIZE"), r.enabled, r.disabled, r.values);
    }

    private void line(String line, int number) {
        if (line.isBlank()) return;
        Matcher notSet = NOT_SET.matcher(line);
        if (notSet.matches()) {
            record(notSet.group(1), "n", number);
            return;
        }
        if (line.startsWith("#")) return;
        Matcher m = ASSIGNMENT.matcher(line);
        if (!m.matches()) {
            problem(number, "expected CONFIG_NAME=value, '# CONFIG_NAME is not set' or a '#' comment, found '"
                + line.strip() + "'");
            return;
        }
        String symbol = m.group(1);
        String value = value(m.group(2).stripTrailing(), symbol, number);
        if (value != null && valid(symbol, value, number)) record(symbol, value, number);
    }

    /** The value without quotes, or null after reporting why it is malformed. */
    private String value(String raw, String symbol, int number) {
        if (raw.isEmpty()) {
            problem(number, symbol + " has no value after '='");
            return null;
        }
        if (raw.startsWith("\"")) return quoted(raw, symbol, number);
        if (!BARE.matcher(raw).matches()) {
            problem(number, symbol + " has a malformed value '" + raw + "' (put text in double quotes)");
            return null;
        }
        return raw;
    }

    private String quoted(String raw, String symbol, int number) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                sb.append(raw.charAt(++i));
            } else if (c == '"') {
                if (i != raw.length() - 1) {
                    problem(number, symbol + " has text after its closing quote: '" + raw.substring(i + 1) + "'");
                    return null;
                }
                return sb.toString();
            } else {
                sb.append(c);
            }
        }
        problem(number, symbol + " has a string without its closing '\"'");
        return null;
    }

    private boolean valid(String symbol, String value, int number) {
        if (HEX_SYMBOLS.contains(symbol) && !HEX.matcher(value).matches()) {
            problem(number, symbol + " must be a hex number of at most 64 bits such as 0x200000, not '" + value + "'");
            return false;
        }
        boolean bool = BOOL_SYMBOLS.contains(symbol) || symbol.startsWith("CONFIG_EARLY_UART_CHOICE_");
        if (bool && !value.equals("y") && !value.equals("n")) {
            problem(number, symbol + " must be y or n, not '" + value + "'");
            return false;
        }
        if (symbol.equals("CONFIG_NR_CPUS") && !INT.matcher(value).matches()) {
            problem(number, symbol + " must be a number, not '" + value + "'");
            return false;
        }
        return true;
    }

    private void record(String symbol, String value, int number) {
        String earlier = values.get(symbol);
        if (earlier != null && !earlier.equals(value)) {
            problem(number, symbol + " is set again to '" + value + "' (line " + firstLine.get(symbol)
                + " set it to '" + earlier + "'); keep one");
            return;
        }
        values.put(symbol, value);
        firstLine.putIfAbsent(symbol, number);
        if (value.equals("y")) enabled.add(symbol);
        if (value.equals("n")) disabled.add(symbol);
    }

    private OptionalLong hex(String symbol) {
        String v = values.get(symbol);
        if (v == null) return OptionalLong.empty();
        String digits = v.startsWith("0x") || v.startsWith("0X") ? v.substring(2) : v;
        return OptionalLong.of(Long.parseUnsignedLong(digits, 16));
    }

    private void problem(int line, String message) {
        problems.add(new InputProblem(fileName, line, 0, message));
    }
}
