package dev.mpuworkbench.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The headless {@code mpuwb} commands (contract in ARCHITECTURE.md): exit 0 ok, 1 bad input, 2 usage. */
public final class MpuwbCli {
    private MpuwbCli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CliStreams streams = new CliStreams(out, err);
        CommandLine cl = new CommandLine(new RootCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == DtcCommand.class) return cls.cast(new DtcCommand(streams));
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExitCodeExceptionMapper(e -> 2);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("mpuwb: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return 2;
        });
        return cl.execute(args);
    }
}
