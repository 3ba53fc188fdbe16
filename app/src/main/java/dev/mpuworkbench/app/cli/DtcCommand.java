package dev.mpuworkbench.app.cli;

import dev.mpuworkbench.devicetree.cli.Dtc;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

@Command(name = "dtc", description = "Device tree compiler, dtc 1.6.1 compatible: [-I dts|dtb] [-O dts|dtb] [-o OUT] "
    + "[-i DIR]... IN (same output bytes, messages and exit codes; dtc -h lists all options).")
final class DtcCommand implements Callable<Integer> {
    private final CliStreams streams;

    @Unmatched
    List<String> arguments = new ArrayList<>();

    DtcCommand(CliStreams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        return Dtc.run(arguments.toArray(String[]::new), streams.out(), streams.err());
    }
}
