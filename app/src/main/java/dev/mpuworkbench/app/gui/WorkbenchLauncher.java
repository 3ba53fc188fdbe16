package dev.mpuworkbench.app.gui;

import javafx.application.Application;

/**
 * Starts the workbench. Kept apart from the {@link Application} subclass so that a plain classpath
 * launch works (a main class that extends Application makes Java demand JavaFX modules).
 */
public final class WorkbenchLauncher {
    private static volatile StartupPreload preload;

    private WorkbenchLauncher() {
    }

    /**
     * Opens the workbench and returns when its window closes.
     *
     * @param designOrNull {@code sample:NAME} or a project file path; null opens the default sample design
     */
    public static void launch(String designOrNull) {
        preload = StartupPreload.start(designOrNull);
        Application.launch(WorkbenchApp.class);
    }

    /** The design being read while the toolkit starts (the default design when launched another way). */
    static StartupPreload preload() {
        StartupPreload p = preload;
        return p != null ? p : StartupPreload.start(null);
    }
}
