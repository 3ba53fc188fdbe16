package dev.mpuworkbench.app.cli;

import dev.mpuworkbench.app.service.DesignLoadException;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.validation.Diagnostic;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", description = "Print the diagnostics of a design; exit 1 if any is an error.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DESIGN", description = "project file (.json) or sample:NAME")
    String design;

    @Override
    public Integer call() {
        Design d;
        try {
            d = DesignLoader.load(design);
        } catch (DesignLoadException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        List<Diagnostic> diagnostics = Diagnostics.all(d);
        var out = spec.commandLine().getOut();
        for (Diagnostic diag : diagnostics) out.println(diag.format());
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        out.println(design + ": " + errors + " error(s), " + (diagnostics.size() - errors) + " other finding(s)");
        return errors > 0 ? 1 : 0;
    }
}
