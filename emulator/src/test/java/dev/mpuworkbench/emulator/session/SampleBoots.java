package dev.mpuworkbench.emulator.session;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.project.ProjectFile;
import dev.mpuworkbench.emulator.boot.BootArtifacts;
import dev.mpuworkbench.emulator.boot.DesignArtifacts;
import dev.mpuworkbench.emulator.xen.XenBootMode;
import dev.mpuworkbench.samples.Samples;

/** Sample designs, their exported artifacts and sessions booting them (tests and benchmarks). */
public final class SampleBoots {
    private SampleBoots() {
    }

    public static Design design(String name) {
        try {
            return ProjectFile.parse(Samples.designJson(name), Samples.designFileName(name));
        } catch (Exception e) {
            throw new IllegalStateException("sample " + name + " does not load: " + e.getMessage(), e);
        }
    }

    public static BootArtifacts artifacts(String name) {
        try {
            return DesignArtifacts.export(design(name));
        } catch (Exception e) {
            throw new IllegalStateException("sample " + name + " does not export: " + e.getMessage(), e);
        }
    }

    public static BootSession session(String name, XenBootMode mode) {
        return session(name, BootOptions.of(mode));
    }

    public static BootSession session(String name, BootOptions options) {
        try {
            return BootSession.start(artifacts(name), options);
        } catch (Exception e) {
            throw new IllegalStateException("sample " + name + " does not start: " + e.getMessage(), e);
        }
    }

    /** Prints a boot's events (debugging aid): {@code SampleBoots fvp-default partitioned}. */
    public static void main(String[] args) {
        BootSession s = session(args.length > 0 ? args[0] : Samples.DEFAULT_DESIGN,
            XenBootMode.fromCli(args.length > 1 ? args[1] : "partitioned"));
        s.runToEnd();
        for (BootEvent e : s.recordedEvents()) System.out.println(e.step() + " " + e.phase() + " " + e.kind() + " " + e.summary());
        System.out.println(s.verdict());
    }
}
