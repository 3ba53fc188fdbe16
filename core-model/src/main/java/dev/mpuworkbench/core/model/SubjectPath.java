package dev.mpuworkbench.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Names one thing in a design, such as {@code domains/domU1/staticMem/0} or {@code xen/image}.
 * Diagnostics, selection and edits all speak in these paths.
 */
public record SubjectPath(String value) {
    public static final SubjectPath DESIGN = new SubjectPath("design");
    public static final SubjectPath XEN = new SubjectPath("xen");
    public static final SubjectPath XEN_IMAGE = new SubjectPath("xen/image");
    public static final SubjectPath EARLY_UART = new SubjectPath("xen/earlyUart");
    public static final SubjectPath BOARD = new SubjectPath("board");

    public SubjectPath {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) throw new IllegalArgumentException("empty subject path");
    }

    public static SubjectPath of(String first, Object... rest) {
        StringBuilder sb = new StringBuilder(first);
        for (Object r : rest) sb.append('/').append(r);
        return new SubjectPath(sb.toString());
    }

    public static SubjectPath domain(String domain) {
        return of("domains", domain);
    }

    public static SubjectPath staticMem(String domain, int bank) {
        return of("domains", domain, "staticMem", bank);
    }

    public static SubjectPath domainModule(String domain, String module) {
        return of("domains", domain, "modules", module);
    }

    public static SubjectPath sharedMemory(String domain, String id) {
        return of("domains", domain, "sharedMemory", id);
    }

    public static SubjectPath hostModule(String module) {
        return of("modules", module);
    }

    public static SubjectPath staticHeap(int bank) {
        return of("staticHeap", bank);
    }

    public static SubjectPath section(String section) {
        return of("sections", section);
    }

    public static SubjectPath device(String device) {
        return of("board", "devices", device);
    }

    public static SubjectPath memoryBank(String bank) {
        return of("board", "memory", bank);
    }

    public static SubjectPath reserved(String name) {
        return of("board", "reserved", name);
    }

    public List<String> segments() {
        return Arrays.asList(value.split("/"));
    }

    public boolean startsWith(SubjectPath prefix) {
        return value.equals(prefix.value) || value.startsWith(prefix.value + "/");
    }

    @Override
    public String toString() {
        return value;
    }
}
