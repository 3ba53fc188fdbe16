package dev.mpuworkbench.app.gui.model;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.project.AtomicFiles;
import dev.mpuworkbench.core.project.ProjectFile;
import dev.mpuworkbench.core.project.ProjectFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * Crash recovery: the unsaved design is written to {@code autosave.json} in the user's config directory
 * (with {@code autosave.source} naming the file it belongs to), offered back on the next start, and
 * deleted once the work is saved or deliberately discarded.
 */
public final class Autosave {
    /** What a previous session left behind. */
    public record Recovery(Design design, Path source, FileTime savedAt) {
    }

    private final Path file;
    private final Path sourceFile;
    private long savedRevision = -1;

    public Autosave(Path configDir) {
        this.file = configDir.resolve("autosave.json");
        this.sourceFile = configDir.resolve("autosave.source");
    }

    /** {@code ~/.mpuwb}, or the directory the system property {@code mpuwb.configDir} names. */
    public static Path defaultConfigDir() {
        String override = System.getProperty("mpuwb.configDir");
        if (override != null && !override.isBlank()) return Path.of(override);
        return Path.of(System.getProperty("user.home"), ".mpuwb");
    }

    public Path file() {
        return file;
    }

    /** Writes the design when it is dirty and changed since the last autosave; returns whether it wrote. */
    public boolean saveIfNeeded(WorkbenchModel model) throws IOException {
        if (!model.isDirty() || model.isInGesture() || model.revisionProperty().get() == savedRevision) return false;
        AtomicFiles.write(file, ProjectFile.toJson(model.design()).getBytes(StandardCharsets.UTF_8), false);
        Path source = model.file();
        if (source != null) {
            AtomicFiles.write(sourceFile, source.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8), false);
        } else {
            Files.deleteIfExists(sourceFile);
        }
        savedRevision = model.revisionProperty().get();
        return true;
    }

    /**
     * The recovered design, if a previous session left one.
     *
     * @throws ProjectFileException when the recovery file exists but cannot be read
     */
    public Optional<Recovery> pending() throws IOException, ProjectFileException {
        if (!Files.exists(file)) return Optional.empty();
        Design design = ProjectFile.read(file);
        Path source = Files.exists(sourceFile)
            ? Path.of(Files.readString(sourceFile, StandardCharsets.UTF_8).trim()) : null;
        return Optional.of(new Recovery(design, source, Files.getLastModifiedTime(file)));
    }

    /** Removes the recovery files: the work was saved or the user threw it away. */
    public void discard() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(sourceFile);
        savedRevision = -1;
    }
}
