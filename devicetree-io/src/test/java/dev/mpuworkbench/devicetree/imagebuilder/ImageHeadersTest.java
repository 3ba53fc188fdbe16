package dev.mpuworkbench.devicetree.imagebuilder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageHeadersTest {
    @TempDir
    Path dir;

    static byte[] arm64Image(long imageSize, int fileBytes) {
        ByteBuffer b = ByteBuffer.allocate(fileBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(16, imageSize);
        b.putInt(56, ImageHeaders.ARM64_MAGIC);
        return b.array();
    }

    static byte[] zImage(int start, int end, int fileBytes) {
        ByteBuffer b = ByteBuffer.allocate(fileBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(36, ImageHeaders.ZIMAGE_MAGIC);
        b.putInt(40, start);
        b.putInt(44, end);
        return b.array();
    }

    @Test
    void arm64AndArm32HeadersDeclareTheirSize() {
        assertEquals(OptionalLong.of(0x156_0000), ImageHeaders.effectiveSize(arm64Image(0x156_0000, 64)));
        assertEquals(OptionalLong.of(0x30_0000), ImageHeaders.effectiveSize(zImage(0, 0x30_0000, 64)));
        assertEquals(OptionalLong.empty(), ImageHeaders.effectiveSize(arm64Image(0, 64)));
        assertEquals(OptionalLong.empty(), ImageHeaders.effectiveSize(new byte[64]));
        assertEquals(OptionalLong.empty(), ImageHeaders.effectiveSize(new byte[10]));
        byte[] text = "console=ttyAMA0 and more text for a ramdisk that is long enough".getBytes();
        assertEquals(OptionalLong.empty(), ImageHeaders.effectiveSize(text));
    }

    @Test
    void filesAreMeasuredInTheImageBuilderDirectory() throws Exception {
        Files.write(dir.resolve("Image"), arm64Image(0x2000, 0x1000));
        Files.write(dir.resolve("xen"), new byte[100]);
        Files.write(dir.resolve("d.dtb"), new byte[40]);
        ImageBuilderConfig c = ImageBuilderConfig.parse(
            "XEN=xen\nDEVICE_TREE=d.dtb\nNUM_DOMUS=2\nDOMU_KERNEL[0]=Image\nDOMU_KERNEL[1]=gone\nDOMU_NOBOOT[1]=y\n", "c.cfg");
        Map<String, ImageSize> sizes = ImageBuilderFiles.sizes(c, dir);
        assertEquals(Map.of("Image", ImageSize.withHeader(0x1000, 0x2000), "xen", ImageSize.ofFile(100),
            "d.dtb", ImageSize.ofFile(40)), sizes);
        assertEquals(0x2000, sizes.get("Image").effective(PlacementFlavour.HEADER_SIZE_SINCE_2023_09));
        assertEquals(0x1000, sizes.get("Image").effective(PlacementFlavour.FILE_SIZE_2023_2));
    }

    @Test
    void aMissingFileIsAnErrorAtItsVariable() throws Exception {
        ImageBuilderConfig c = ImageBuilderConfig.parse("XEN=xen\nDEVICE_TREE=d.dtb\nNUM_DOMUS=1\nDOMU_KERNEL[0]=Image\n", "c.cfg");
        ImageBuilderException e = org.junit.jupiter.api.Assertions.assertThrows(ImageBuilderException.class,
            () -> ImageBuilderFiles.sizes(c, dir));
        assertEquals(List.of("c.cfg:4:16: DOMU_KERNEL[0]: cannot read '" + dir.resolve("Image") + "' (no such file)",
                "c.cfg:1:5: XEN: cannot read '" + dir.resolve("xen") + "' (no such file)",
                "c.cfg:2:13: DEVICE_TREE: cannot read '" + dir.resolve("d.dtb") + "' (no such file)"),
            e.problems().stream().map(ImageBuilderProblem::toString).toList());
    }
}
