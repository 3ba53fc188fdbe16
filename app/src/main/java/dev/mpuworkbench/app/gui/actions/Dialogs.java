package dev.mpuworkbench.app.gui.actions;

import dev.mpuworkbench.app.gui.model.Autosave;
import java.text.DateFormat;
import java.util.Date;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The workbench's modal questions and error messages, owned by the main window. */
public final class Dialogs {
    public enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    public static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);

    private final Window owner;

    public Dialogs(Window owner) {
        this.owner = owner;
    }

    public UnsavedChoice askUnsaved(String designName) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes", "Save changes to \"" + designName + "\"?",
            "Your changes are lost if you don't save them.");
        alert.getButtonTypes().setAll(SAVE, DONT_SAVE, ButtonType.CANCEL);
        alert.getDialogPane().setId("unsaved-prompt");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == SAVE) return UnsavedChoice.SAVE;
        if (answer == DONT_SAVE) return UnsavedChoice.DISCARD;
        return UnsavedChoice.CANCEL;
    }

    public boolean askRestore(Autosave.Recovery recovery) {
        String when = DateFormat.getDateTimeInstance().format(new Date(recovery.savedAt().toMillis()));
        String of = recovery.source() == null ? "an unsaved design" : recovery.source().toString();
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Recover unsaved work",
            "MPU Workbench did not close cleanly.", "Restore the work on " + of + " autosaved " + when + "?");
        alert.getButtonTypes().setAll(RESTORE, DISCARD);
        alert.getDialogPane().setId("restore-prompt");
        return alert.showAndWait().orElse(DISCARD) == RESTORE;
    }

    /** Asks before going on with something questionable; true to go on. */
    public boolean confirm(String header, String message, String goOn) {
        Alert alert = alert(Alert.AlertType.WARNING, "MPU Workbench", header, message);
        ButtonType yes = new ButtonType(goOn, ButtonBar.ButtonData.YES);
        alert.getButtonTypes().setAll(yes, ButtonType.CANCEL);
        alert.getDialogPane().setId("confirm-dialog");
        return alert.showAndWait().orElse(ButtonType.CANCEL) == yes;
    }

    public void error(String header, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, "MPU Workbench", header, null);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(560);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("error-dialog");
        alert.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String content) {
        Alert alert = new Alert(type);
        if (owner != null && owner.isShowing()) alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setContentText(content);
        return alert;
    }
}
