package dev.mpuworkbench.app;

import dev.mpuworkbench.app.cli.MpuwbCli;

/**
 * Entry point of {@code ./mpuwb}. With no argument, or with {@code gui}, it opens the workbench; any other
 * argument runs a headless command. The workbench is reached by reflection so that headless commands never
 * load a JavaFX class and work without a display.
 */
public final class Main {
    private static final String LAUNCHER = "dev.mpuworkbench.app.gui.WorkbenchLauncher";

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args[0].equals("gui") && args.length <= 2)) {
            String design = args.length == 2 ? args[1] : null;
            System.exit(openWorkbench(design));
        }
        System.exit(MpuwbCli.run(args, System.out, System.err));
    }

    private static int openWorkbench(String design) {
        try {
            Class.forName(LAUNCHER).getMethod("launch", String.class).invoke(null, design);
            return 0;
        } catch (ClassNotFoundException e) {
            System.err.println("mpuwb: the workbench is not part of this build");
            return 1;
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.err.println("mpuwb: the workbench failed to start: " + cause);
            return 1;
        }
    }
}
