package dev.mpuworkbench.app.gui.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.gui.boot.model.BootViewModel;
import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.core.rules.DesignValidator;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** As a tab of the workbench: the first boot waits until the tab is shown, and the keys only act while it is. */
class BootViewInTabTest extends ApplicationTest {
    TabPane tabs;
    BootViewModel vm;

    @Override
    public void start(Stage stage) {
        WorkbenchModel model = new WorkbenchModel(DesignValidator.full(), DesignLoader.defaultDesign());
        BootView view = new BootView(model);
        vm = view.viewModel();
        tabs = new TabPane(new Tab("Problems", new Label("problems")), new Tab("Boot", view));
        stage.setScene(new Scene(tabs, 1200, 700));
        stage.show();
        stage.toFront();
    }

    void waitBooted() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> BootViewTest.fx(() -> vm.frame() != null
            && !vm.busyProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void bootsWhenFirstShownAndTakesKeysOnlyWhileShown() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        assertNull(BootViewTest.fx(() -> vm.frame()), "nothing boots behind a hidden tab");
        assertFalse(BootViewTest.fx(() -> vm.busyProperty().get()));

        clickOn("Boot");
        waitBooted();
        assertTrue(BootViewTest.fx(() -> vm.frame().started()));
        push(KeyCode.F10);
        waitBooted();
        assertEquals(1, BootViewTest.fx(() -> vm.stepProperty().get()), "F10 steps while the boot tab is shown");

        clickOn("Problems");
        push(KeyCode.F10);
        WaitForAsyncUtils.waitForFxEvents();
        waitBooted();
        assertEquals(1, BootViewTest.fx(() -> vm.stepProperty().get()), "F10 is not the boot's behind another tab");
    }
}
