package dev.mpuworkbench.app.cli;

import picocli.CommandLine.Command;

@Command(name = "mpuwb", mixinStandardHelpOptions = true, version = "mpuwb 0.1.0",
    description = "MPU Workbench: lay out memory for Xen on Armv8-R. With no command, opens the workbench.",
    subcommands = {ValidateCommand.class, PlanCommand.class, ExportCommand.class, DtcCommand.class, ImportImageBuilderCommand.class, BootCommand.class})
final class RootCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "missing command");
    }
}
