package dev.mpuworkbench.app.gui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpuworkbench.core.model.BlockClass;
import org.junit.jupiter.api.Test;

class SnapSettingTest {
    @Test
    void autoUsesTheAlignmentEachKindNeeds() {
        assertEquals(64, SnapSetting.AUTO.step(BlockClass.SECTION));
        assertEquals(4096, SnapSetting.AUTO.step(BlockClass.GUEST_RAM));
        assertEquals(4096, SnapSetting.AUTO.step(BlockClass.SHARED_MEMORY));
        assertEquals(4096, SnapSetting.AUTO.step(BlockClass.XEN_IMAGE));
        assertEquals(64 * 1024, SnapSetting.AUTO.step(BlockClass.STATIC_HEAP));
        assertEquals(4096, SnapSetting.AUTO.step(BlockClass.BOOT_MODULE));
    }

    @Test
    void modulesCanSnapTo2MiB() {
        assertEquals(2 * 1024 * 1024, SnapSetting.AUTO_MODULES_2M.step(BlockClass.BOOT_MODULE));
        assertEquals(4096, SnapSetting.AUTO_MODULES_2M.step(BlockClass.GUEST_RAM));
    }

    @Test
    void aFixedStepNeverGoesBelowWhatTheKindRequires() {
        assertEquals(4096, SnapSetting.B64.step(BlockClass.GUEST_RAM));
        assertEquals(64, SnapSetting.B64.step(BlockClass.SECTION));
        assertEquals(2 * 1024 * 1024, SnapSetting.M2.step(BlockClass.SECTION));
        assertEquals(64 * 1024, SnapSetting.K4.step(BlockClass.STATIC_HEAP));
    }
}
