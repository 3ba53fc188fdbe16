package dev.mpuworkbench.devicetree.dts;

import dev.mpuworkbench.devicetree.report.FatalError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * dtc's file search ({@code srcpos.c fopen_any_on_path}): a name is tried in the directory of the including
 * file, then in each {@code -i} directory in order. Names are kept as dtc forms them (for messages), and are
 * resolved against {@code baseDirectory} when relative.
 */
public final class IncludePath {
    private final Path baseDirectory;
    private final List<String> searchDirectories;

    public IncludePath(Path baseDirectory, List<String> searchDirectories) {
        this.baseDirectory = baseDirectory;
        this.searchDirectories = List.copyOf(searchDirectories);
    }

    /** A file found on the path: the name dtc would print and its bytes. */
    public record Found(String name, byte[] content) {
    }

    /** Opens {@code name} as dtc would from a file in {@code currentDirectory} (null for none). */
    public Found open(String currentDirectory, String name) {
        Found f = tryOpen(currentDirectory, name);
        for (int i = 0; f == null && i < searchDirectories.size(); i++) {
            f = tryOpen(searchDirectories.get(i), name);
        }
        if (f == null) {
            throw new FatalError("Couldn't open \"" + name + "\": No such file or directory");
        }
        return f;
    }

    private Found tryOpen(String directory, String name) {
        String full = directory == null || name.startsWith("/") ? name : joinPath(directory, name);
        Path p = baseDirectory.resolve(full);
        if (!Files.isRegularFile(p)) {
            return null;
        }
        try {
            return new Found(full, Files.readAllBytes(p));
        } catch (IOException e) {
            return null;
        }
    }

    /** dtc's {@code join_path}. */
    static String joinPath(String path, String name) {
        if (!path.isEmpty() && path.endsWith("/")) {
            return path + name;
        }
        return path + "/" + name;
    }

    /** dtc's {@code get_dirname}: everything before the last '/', or null when there is none. */
    static String dirName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? null : path.substring(0, slash);
    }
}
