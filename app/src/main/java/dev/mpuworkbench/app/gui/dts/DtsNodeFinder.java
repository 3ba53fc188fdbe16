package dev.mpuworkbench.app.gui.dts;

import dev.mpuworkbench.core.model.SubjectPath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * Finds where a subject of the design is written in DTS text printed the way dtc prints it (one node or
 * property per line): a domain is its node in {@code /chosen}, a static-memory bank the domain's
 * {@code xen,static-mem}, a module the node with its {@code mpuwb,name}, a device its node, and so on.
 */
final class DtsNodeFinder {
    /** One line of the text with the path of the node it is in. */
    private record Line(String path, String text) {
    }

    private final List<Line> lines;

    DtsNodeFinder(String text) {
        lines = new ArrayList<>();
        Deque<String> stack = new ArrayDeque<>();
        for (String raw : text.split("\n", -1)) {
            String t = raw.strip();
            String path = path(stack);
            if (t.endsWith("{")) {
                String name = t.substring(0, t.length() - 1).strip();
                int colon = name.indexOf(": ");
                if (colon >= 0) name = name.substring(colon + 2).strip();
                stack.addLast(name);
                path = path(stack);
            } else if (t.startsWith("}") && !stack.isEmpty()) {
                stack.removeLast();
            }
            lines.add(new Line(path, t));
        }
    }

    private static String path(Deque<String> stack) {
        if (stack.size() <= 1) return "/";
        StringBuilder sb = new StringBuilder();
        boolean root = true;
        for (String s : stack) {
            if (root) {
                root = false;
                continue;
            }
            sb.append('/').append(s);
        }
        return sb.toString();
    }

    /** The 0-based line where the subject is written, when it can be found. */
    OptionalInt lineOf(SubjectPath subject) {
        List<String> s = subject.segments();
        String head = s.get(0);
        return switch (head) {
            case "domains" -> domain(s);
            case "modules" -> s.size() > 1 ? property(p -> p.startsWith("/chosen/"), quoted("mpuwb,name", s.get(1)))
                : node("/chosen");
            case "staticHeap" -> property(p -> p.equals("/chosen"), t -> t.startsWith("xen,static-heap"));
            case "sections" -> s.size() > 1 ? property(p -> p.equals("/chosen"), t -> t.startsWith("mpu,")
                && t.contains(s.get(1))) : property(p -> p.equals("/chosen"), t -> t.startsWith("mpu,"));
            case "xen" -> s.size() > 1 && s.get(1).equals("earlyUart")
                ? property(p -> p.equals("/chosen"), t -> t.startsWith("mpuwb,early-uart"))
                : property(p -> p.equals("/chosen"), t -> t.startsWith("mpuwb,xen-start-address"));
            case "board" -> board(s);
            default -> OptionalInt.empty();
        };
    }

    private OptionalInt domain(List<String> s) {
        if (s.size() < 2) return node("/chosen");
        String domain = "/chosen/" + s.get(1);
        if (s.size() < 4) return node(domain);
        OptionalInt found = switch (s.get(2)) {
            case "staticMem" -> property(domain::equals, t -> t.startsWith("xen,static-mem"));
            case "modules" -> property(p -> p.startsWith(domain + "/"), quoted("mpuwb,name", s.get(3)));
            case "sharedMemory" -> property(p -> p.startsWith(domain + "/"), quoted("xen,shm-id", s.get(3)));
            default -> OptionalInt.empty();
        };
        return found.isPresent() ? found : node(domain);
    }

    private OptionalInt board(List<String> s) {
        if (s.size() < 3) return node("/");
        String name = s.get(2);
        return switch (s.get(1)) {
            case "memory" -> firstOf(nodeNamed(name), nodeNamed("memory@"));
            case "reserved" -> firstOf(nodeNamed(name), node("/reserved-memory"));
            default -> nodeNamed(name);
        };
    }

    private static OptionalInt firstOf(OptionalInt a, OptionalInt b) {
        return a.isPresent() ? a : b;
    }

    private static Predicate<String> quoted(String property, String value) {
        return t -> t.startsWith(property + " = \"" + value + "\"");
    }

    private OptionalInt node(String path) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.path.equals(path) && l.text.endsWith("{")) return OptionalInt.of(i);
        }
        return OptionalInt.empty();
    }

    /** A node whose name (or name before the unit address) is {@code name}, or starts with it when it ends in @. */
    private OptionalInt nodeNamed(String name) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!l.text.endsWith("{")) continue;
            String last = l.path.substring(l.path.lastIndexOf('/') + 1);
            String bare = last.contains("@") ? last.substring(0, last.indexOf('@')) : last;
            if (last.equals(name) || bare.equals(name) || (name.endsWith("@") && last.startsWith(name))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private OptionalInt property(Predicate<String> inNode, Predicate<String> text) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (inNode.test(l.path) && !l.text.endsWith("{") && text.test(l.text)) return OptionalInt.of(i);
        }
        return OptionalInt.empty();
    }
}
