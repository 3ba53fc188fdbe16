package dev.mpuworkbench.devicetree.export;

import dev.mpuworkbench.devicetree.export.BootScriptContents.Boot;
import dev.mpuworkbench.devicetree.export.BootScriptContents.Load;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the load, {@code fdt addr} and boot commands of a U-Boot script ({@code boot.source}); other
 * commands ({@code setenv}, {@code fdt set}, ...) are skipped. Addresses are hex with or without {@code 0x},
 * as U-Boot reads them; variables such as {@code ${memaddr}} are errors because the script is read, not run.
 */
final class BootScriptReader {
    private static final Set<String> TFTP = Set.of("tftp", "tftpb", "tftpboot");
    private static final Set<String> FILESYSTEM_LOAD = Set.of("load", "fatload", "ext2load", "ext4load");
    private static final Set<String> BOOT = Set.of("booti", "bootz", "bootm");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern HEX = Pattern.compile("(0[xX])?([0-9a-fA-F]{1,16})");

    private record Token(String text, int column) {
    }

    private final String fileName;
    private final List<String> customLoad;
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<Load> loads = new ArrayList<>();
    private OptionalLong fdtAddress = OptionalLong.empty();
    private Optional<Boot> boot = Optional.empty();

    private BootScriptReader(String fileName, String customLoadCommand) {
        this.fileName = fileName;
        this.customLoad = customLoadCommand == null ? List.of() : tokens(customLoadCommand, 1).stream().map(Token::text).toList();
    }

    static BootScriptContents read(String text, String fileName, String customLoadCommand) throws InputException {
        BootScriptReader r = new BootScriptReader(fileName, customLoadCommand);
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) r.line(lines[i], i + 1);
        if (!r.problems.isEmpty()) throw new InputException(r.problems);
        return new BootScriptContents(r.loads, r.fdtAddress, r.boot);
    }

    private void line(String line, int number) {
        if (line.strip().startsWith("#")) return;
        int start = 0;
        while (start <= line.length()) {
            int semicolon = line.indexOf(';', start);
            int end = semicolon < 0 ? line.length() : semicolon;
            command(tokens(line.substring(start, end), start + 1), number);
            if (semicolon < 0) break;
            start = semicolon + 1;
        }
    }

    private void command(List<Token> t, int line) {
        if (t.isEmpty()) return;
        String name = t.get(0).text();
        if (!customLoad.isEmpty() && startsWith(t, customLoad)) {
            load(t, customLoad.size(), String.join(" ", customLoad), line);
        } else if (TFTP.contains(name)) {
            load(t, 1, name, line);
        } else if (FILESYSTEM_LOAD.contains(name)) {
            if (t.size() < 3) {
                problem(line, t.get(0), name + " needs <interface> <dev[:part]> <address> <file>");
                return;
            }
            load(t, 3, name + " " + t.get(1).text() + " " + t.get(2).text(), line);
        } else if (BOOT.contains(name)) {
            boot(t, line);
        } else if (name.equals("fdt") && t.size() >= 2 && t.get(1).text().equals("addr")) {
            if (t.size() != 3) {
                problem(line, t.get(0), "fdt addr needs exactly one address");
                return;
            }
            address(t.get(2), line).ifPresent(a -> fdtAddress = OptionalLong.of(a));
        }
    }

    private void load(List<Token> t, int argsFrom, String command, int line) {
        int args = t.size() - argsFrom;
        if (args < 2) {
            problem(line, t.get(0), command + " needs an address and a file name (the script must say both)");
            return;
        }
        if (args > 2) {
            problem(line, t.get(argsFrom + 2), "unexpected '" + t.get(argsFrom + 2).text() + "' after the file name of "
                + command + " (byte count and offset arguments are not supported)");
            return;
        }
        Token file = t.get(argsFrom + 1);
        if (file.text().contains("$")) {
            problem(line, file, "the file name '" + file.text() + "' uses a variable; write the name out");
            return;
        }
        address(t.get(argsFrom), line).ifPresent(a -> loads.add(new Load(a, file.text(), line)));
    }

    private void boot(List<Token> t, int line) {
        String name = t.get(0).text();
        if (t.size() != 4) {
            problem(line, t.get(0), name + " needs <kernel address> <ramdisk address or -> <fdt address>");
            return;
        }
        Optional<Long> kernel = address(t.get(1), line);
        OptionalLong ramdisk = OptionalLong.empty();
        if (!t.get(2).text().equals("-")) {
            Optional<Long> r = address(t.get(2), line);
            if (r.isEmpty()) return;
            ramdisk = OptionalLong.of(r.get());
        }
        Optional<Long> fdt = address(t.get(3), line);
        if (kernel.isPresent() && fdt.isPresent()) boot = Optional.of(new Boot(name, kernel.get(), ramdisk, fdt.get(), line));
    }

    private Optional<Long> address(Token t, int line) {
        if (t.text().contains("$")) {
            problem(line, t, "'" + t.text() + "' is not a literal address (variables are not supported: the script is read, not run)");
            return Optional.empty();
        }
        Matcher m = HEX.matcher(t.text());
        if (!m.matches()) {
            problem(line, t, "'" + t.text() + "' is not a hex address of at most 64 bits");
            return Optional.empty();
        }
        return Optional.of(Long.parseUnsignedLong(m.group(2), 16));
    }

    private static boolean startsWith(List<Token> t, List<String> prefix) {
        if (t.size() < prefix.size()) return false;
        for (int i = 0; i < prefix.size(); i++) if (!t.get(i).text().equals(prefix.get(i))) return false;
        return true;
    }

    private static List<Token> tokens(String text, int firstColumn) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(new Token(m.group(), firstColumn + m.start()));
        return out;
    }

    private void problem(int line, Token at, String message) {
        problems.add(new InputProblem(fileName, line, at.column(), message));
    }
}
