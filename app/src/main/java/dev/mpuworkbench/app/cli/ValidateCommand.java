package dev.mpuworkbench.app.cli;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.validation.Diagnostic;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", description = "Print the diagnostics of a design; exit 1 if any is an error.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DesignArgument design = new DesignArgument();

    @Override
    public Integer call() {
        Optional<Design> loaded = design.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) return 1;
        Design d = loaded.get();
        List<Diagnostic> diagnostics = Diagnostics.all(d);
        var out = spec.commandLine().getOut();
        for (Diagnostic diag : diagnostics) out.println(diag.format());
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        out.println(design.name() + ": " + errors + " error(s), " + (diagnostics.size() - errors) + " other finding(s)");
        return errors > 0 ? 1 : 0;
    }
}
