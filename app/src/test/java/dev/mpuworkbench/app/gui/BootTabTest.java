package dev.mpuworkbench.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.app.gui.boot.BootView;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The boot lives in the main window's centre tabs and boots the design shown in the layout tab. */
class BootTabTest extends WorkbenchGuiTest {
    @Test
    void theBootTabBootsTheOpenDesignAndStepsWithF10() throws Exception {
        clickOn("Boot");
        BootView boot = lookup("#boot-view").queryAs(BootView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> boot.viewModel().totalProperty().get() > 0
            && !boot.viewModel().busyProperty().get());
        int before = boot.viewModel().stepProperty().get();
        clickOn(boot);
        push(KeyCode.F10);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> boot.viewModel().stepProperty().get() == before + 1);
        assertEquals(before + 1, boot.viewModel().stepProperty().get());
        clickOn("Layout");
        assertTrue(map.isVisible() && map.getScene() != null, "the layout tab brings the map back");
    }
}
