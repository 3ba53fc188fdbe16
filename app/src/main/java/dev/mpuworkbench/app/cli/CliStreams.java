package dev.mpuworkbench.app.cli;

import java.io.PrintStream;

/** The raw output streams of one run, for commands that write bytes or hand the streams on (dtc). */
record CliStreams(PrintStream out, PrintStream err) {
}
