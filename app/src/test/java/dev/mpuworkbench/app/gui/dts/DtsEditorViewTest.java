package dev.mpuworkbench.app.gui.dts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.gui.WorkbenchWindow;
import dev.mpuworkbench.app.gui.actions.FileDialogs;
import dev.mpuworkbench.app.gui.model.Autosave;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.rules.DesignValidator;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import javafx.scene.input.KeyCode;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The Device tree tab in a real workbench window: typing, Ctrl+Enter, Ctrl+Z, error marks, selection. */
class DtsEditorViewTest extends ApplicationTest {
    static final SubjectPath DOMU2_RAM = SubjectPath.staticMem("domU2", 0);

    @TempDir
    Path temp;

    WorkbenchModel model;
    WorkbenchWindow window;
    CodeArea area;

    @Override
    public void start(Stage stage) {
        model = new WorkbenchModel(DesignValidator.full(), DesignLoader.defaultDesign());
        FileDialogs none = new FileDialogs() {
            @Override
            public Optional<Path> chooseOpen(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseSave(Window owner, String suggestedName) {
                return Optional.empty();
            }
        };
        window = new WorkbenchWindow(stage, model, none, new Autosave(temp.resolve("config")), Duration.hours(1));
        stage.setX(0);
        stage.setY(0);
        window.show();
        stage.toFront();
    }

    @BeforeEach
    void openTheTab() {
        clickOn("Device tree");
        area = lookup("#dts-editor").queryAs(CodeArea.class);
    }

    /**
     * The block's address in the workbench's block list, which the map draws. (The map's own items lag one
     * edit behind: WorkbenchModel publishes the design before its blocks; see the report.)
     */
    long mapBase(SubjectPath subject) {
        WaitForAsyncUtils.waitForFxEvents();
        return model.block(subject).orElseThrow().range().base();
    }

    /** Selects the first occurrence of {@code what} after {@code after} in the editor. */
    void selectText(String after, String what) {
        interact(() -> {
            int from = area.getText().indexOf(what, area.getText().indexOf(after));
            area.selectRange(from, from + what.length());
            area.requestFollowCaret();
        });
    }

    @Test
    void typingABaseAndCtrlEnterMovesTheBlockAndCtrlZPutsItBack() {
        assertEquals(0x2800_0000L, mapBase(DOMU2_RAM));
        clickOn(area);
        selectText("domU2 {", "0x28000000");
        write("0x2c000000");
        assertTrue(lookup(".dts-edited").queryAs(Label.class).isVisible());
        assertEquals(0x2800_0000L, mapBase(DOMU2_RAM), "nothing changes before Apply");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        assertEquals(0x2c00_0000L, model.design().domain("domU2").orElseThrow().staticMem().get(0).base());
        assertEquals(0x2c00_0000L, mapBase(DOMU2_RAM));
        assertTrue(area.getText().contains("xen,static-mem = <0x00 0x2c000000 0x00 0x10000000>;"));
        assertTrue(area.isFocused());

        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(0x2800_0000L, mapBase(DOMU2_RAM));
        assertTrue(area.getText().contains("xen,static-mem = <0x00 0x28000000 0x00 0x10000000>;"),
            "the editor shows the design after the undo");
        push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(0x2c00_0000L, mapBase(DOMU2_RAM));
    }

    @Test
    void aSyntaxErrorIsMarkedAtItsLineAndTheDesignStays() {
        Design before = model.design();
        clickOn(area);
        selectText("domU2 {", "0x10000000>;");
        write("0x10000000>");
        clickOn("#dts-apply");
        assertSame(before, model.design());
        DtsProblem p = lookup("#dts-problems").queryListView().getItems().stream()
            .map(DtsProblem.class::cast).findFirst().orElseThrow();
        int broken = lineOf("0x28000000 0x00 0x10000000>") + 1;
        assertEquals(broken + 1, p.line(), "dtc stops at the token after the missing semicolon");
        int at = area.getAbsolutePosition(p.line() - 1, p.column() - 1);
        assertTrue(area.getStyleAtPosition(at + 1).contains("dts-error"), "underlined: " + area.getStyleAtPosition(at + 1));
        assertTrue(area.getCaretPosition() == at, "the caret goes to the first problem");
        assertFalse(lookup(".dts-gutter-error").queryAll().isEmpty(), "a gutter mark");

        interact(() -> area.moveTo(0));
        ListCell<?> cell = lookup("#dts-problems .list-cell").match(n -> ((ListCell<?>) n).getItem() != null)
            .query();
        clickOn(cell);
        assertEquals(at, area.getCaretPosition(), "clicking the problem moves the caret there");

        clickOn("#dts-reload");
        assertTrue(lookup("#dts-problems").queryListView().getItems().isEmpty());
        assertTrue(area.getText().contains("0x10000000>;"));
    }

    @Test
    void selectingASubjectScrollsToIt() {
        interact(() -> model.select(SubjectPath.domain("domU2")));
        assertEquals("domU2 {", area.getSelectedText().strip());
        interact(() -> model.select(DOMU2_RAM));
        assertTrue(area.getSelectedText().contains("0x28000000"));
        int paragraph = area.getCurrentParagraph();
        assertTrue(area.firstVisibleParToAllParIndex() <= paragraph && paragraph <= area.lastVisibleParToAllParIndex(),
            "the line is on screen");
    }

    @Test
    void theBannerSaysWhenTheDesignChangedUnderEdits() {
        clickOn(area);
        selectText("sched=", "null");
        write("credit2");
        interact(() -> model.apply(new dev.mpuworkbench.core.edit.MoveBlock(DOMU2_RAM, 0x2c00_0000L)));
        assertTrue(lookup("#dts-stale").queryAs(Label.class).isVisible());
        assertTrue(area.getText().contains("sched=credit2"));
        clickOn("#dts-reload");
        assertFalse(lookup("#dts-stale").queryAs(Label.class).isVisible());
        assertTrue(area.getText().contains("0x2c000000"));
    }

    int lineOf(String what) {
        return (int) area.getText().substring(0, area.getText().indexOf(what)).chars().filter(c -> c == '\n').count();
    }
}
