package dev.mpuworkbench.devicetree.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Board;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.ModuleKind;
import dev.mpuworkbench.devicetree.export.BootScriptContents.Load;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootScriptTest {
    private final Design fvp = TestSupport.fvpDefault();

    @TempDir
    Path dir;

    @Test
    void theDefaultDesignGivesTheGoldenSource() throws ExportException {
        TestSupport.assertGolden("fvp-default-boot.source", BootScript.source(fvp, BootScriptOptions.defaults()));
    }

    @Test
    void theOutputIsDeterministic() throws ExportException {
        assertEquals(BootScript.source(fvp, BootScriptOptions.defaults()), BootScript.source(fvp, BootScriptOptions.defaults()));
        String source = BootScript.source(fvp, BootScriptOptions.defaults());
        assertArrayEquals(BootScript.scr(fvp, source, BootScriptOptions.defaults()),
            BootScript.scr(fvp, source, BootScriptOptions.defaults()));
    }

    @Test
    void theLoadCommandAndXenFileAreOptions() throws ExportException {
        String mmc = BootScript.source(fvp, BootScriptOptions.defaults().withLoadCommand(BootScriptOptions.MMC)
            .withXenFile("xen-4.22"));
        assertTrue(mmc.startsWith("load mmc 0:1 0x10000000 zephyr.bin\n"), mmc);
        assertTrue(mmc.contains("\nload mmc 0:1 0x200000 xen-4.22\n"), mmc);
        String custom = BootScript.source(fvp, BootScriptOptions.defaults().withLoadCommand("fatload  usb 0:1"));
        assertTrue(custom.startsWith("fatload usb 0:1 0x10000000 zephyr.bin\n"), custom);
    }

    @Test
    void aDesignWithoutExactlyOneHostDtbCannotBeBooted() {
        ExportException none = assertThrows(ExportException.class,
            () -> BootScript.source(fvp.withModules(List.of()), BootScriptOptions.defaults()));
        assertTrue(none.getMessage().startsWith("the design has no host device tree module"), none.getMessage());
        List<BootModule> two = new ArrayList<>(fvp.modules());
        two.add(new BootModule("dtb2", ModuleKind.DEVICE_TREE, "other.dtb", AddressRange.of(0x1FF0_0000, 0x1_0000), ""));
        ExportException both = assertThrows(ExportException.class,
            () -> BootScript.source(fvp.withModules(two), BootScriptOptions.defaults()));
        assertEquals("the design has 2 host device tree modules (dtb, dtb2); Xen boots with exactly one", both.getMessage());
    }

    @Test
    void fileNamesThatUBootWouldSplitAreRefused() {
        List<BootModule> bad = List.of(new BootModule("dtb", ModuleKind.DEVICE_TREE, "my system.dtb",
            AddressRange.of(0x1FE0_0000, 0x2_0000), ""));
        ExportException e = assertThrows(ExportException.class,
            () -> BootScript.source(fvp.withModules(bad), BootScriptOptions.defaults()));
        assertTrue(e.getMessage().contains("'my system.dtb' of dtb"), e.getMessage());
        assertThrows(ExportException.class,
            () -> BootScript.source(fvp, BootScriptOptions.defaults().withXenFile("xen;reset")));
    }

    @Test
    void theScriptGoesToTheFirstFree2MibSlotOrWhereAsked() throws ExportException {
        assertEquals(0x40_0000, BootScript.scriptAddress(fvp, BootScriptOptions.defaults(), 300));
        Design xenHigher = fvp.withXen(fvp.xen().withStartAddress(0x40_0000));
        assertEquals(0x20_0000, BootScript.scriptAddress(xenHigher, BootScriptOptions.defaults(), 300));
        assertEquals(0x4800_0000L, BootScript.scriptAddress(fvp, BootScriptOptions.defaults().withScriptAddress(0x4800_0000L), 300));
    }

    @Test
    void scrIsByteForByteWhatMkimageWrites() throws Exception {
        Path mkimage = TestSupport.requireTool("mkimage");
        String source = BootScript.source(fvp, BootScriptOptions.defaults());
        Files.writeString(dir.resolve("boot.source"), source);
        TestSupport.run(dir, Map.of("SOURCE_DATE_EPOCH", "0"), mkimage.toString(), "-A", "arm64", "-O", "linux",
            "-T", "script", "-C", "none", "-a", "0x400000", "-e", "0x400000", "-n", "MPU Workbench boot script",
            "-d", "boot.source", "mkimage.scr");
        assertArrayEquals(Files.readAllBytes(dir.resolve("mkimage.scr")),
            BootScript.scr(fvp, source, BootScriptOptions.defaults()));
    }

    @Test
    void mkimageListsTheScrAsAScriptOfTheRightSize() throws Exception {
        Path mkimage = TestSupport.requireTool("mkimage");
        String source = BootScript.source(fvp, BootScriptOptions.defaults());
        Files.write(dir.resolve("boot.scr"), BootScript.scr(fvp, source, BootScriptOptions.defaults()));
        String listing = TestSupport.run(dir, Map.of("LC_ALL", "C"), mkimage.toString(), "-l", "boot.scr");
        assertTrue(listing.contains("Image Type:   AArch64 Linux Script (uncompressed)"), listing);
        assertTrue(listing.contains("Load Address: 00400000"), listing);
        assertTrue(listing.contains("Image 0: " + source.length() + " Bytes"), listing);
        assertTrue(listing.contains("Data Size:    " + (source.length() + 8) + " Bytes"), listing);
    }

    @Test
    void anAArch32BoardBootsWithBootzAndAnArmImage() throws Exception {
        Board b = fvp.board();
        Design r52 = fvp.withBoard(new Board(b.name(), CpuKind.CORTEX_R52, 1, 24, 24, b.memory(), b.reserved(), b.devices()));
        String source = BootScript.source(r52, BootScriptOptions.defaults());
        assertTrue(source.endsWith("setenv fdt_high 0xffffffff\nfdt addr 0x1FE00000\nbootz 0x200000 - 0x1FE00000\n"), source);
        Path mkimage = TestSupport.requireTool("mkimage");
        Files.write(dir.resolve("boot.scr"), BootScript.scr(r52, source, BootScriptOptions.defaults()));
        String listing = TestSupport.run(dir, Map.of("LC_ALL", "C"), mkimage.toString(), "-l", "boot.scr");
        assertTrue(listing.contains("Image Type:   ARM Linux Script (uncompressed)"), listing);
    }

    @Test
    void theExportedLoadsReadBackAsTheDesignsAddresses() throws Exception {
        BootScriptContents c = BootScript.parse(BootScript.source(fvp, BootScriptOptions.defaults()), "boot.source", null);
        assertEquals(List.of(new Load(0x1000_0000, "zephyr.bin", 1), new Load(0x1020_0000, "Image", 2),
            new Load(0x1180_0000, "initrd", 3), new Load(0x1FE0_0000, "system.dtb", 4), new Load(0x20_0000, "xen", 5)),
            c.loads());
        assertEquals(0x1FE0_0000, c.fdtAddress().getAsLong());
        assertEquals(new BootScriptContents.Boot("booti", 0x20_0000, java.util.OptionalLong.empty(), 0x1FE0_0000, 8),
            c.boot().orElseThrow());
    }

    @Test
    void anImageBuilderScriptIsReadSkippingItsDeviceTreeEdits() throws Exception {
        String imagebuilder = """
            tftpb 0x40400000 Image
            tftpb 0x41800000 initrd
            load mmc 0:1 41C00000 Image
            tftpb 0x43000000 xen
            tftpb 0x43200000 virt.dtb
            fdt addr 0x43200000
            fdt resize 1024
            fdt set /chosen \\#address-cells <0x2>
            fdt set /chosen/domU0 memory <0 262144>
            setenv fdt_high 0xffffffffffffffff
            booti 0x43000000 - 0x43200000
            """;
        BootScriptContents c = BootScript.parse(imagebuilder, "boot.source", null);
        assertEquals(List.of(0x4040_0000L, 0x4180_0000L, 0x41C0_0000L, 0x4300_0000L, 0x4320_0000L),
            c.loads().stream().map(Load::address).toList());
        assertEquals("virt.dtb", c.loads().get(4).file());
        assertEquals(0x4300_0000L, c.boot().orElseThrow().kernelAddress());
    }

    @Test
    void aCustomLoadCommandIsRecognised() throws Exception {
        List<Load> loads = BootScript.parse("sf probe; mycopy flash 0x80000 xen\n", "s", "mycopy flash").loads();
        assertEquals(List.of(new Load(0x8_0000, "xen", 1)), loads);
    }

    @Test
    void unreadableLoadLinesAreErrorsWithLineAndColumn() {
        String text = String.join("\n",
            "# comment",
            "tftpb ${memaddr} Image",
            "tftpb 0x40000000",
            "load mmc 0:1 0x1000 a.bin 0x100",
            "tftpb 0xZZ b.bin",
            "setenv x 1; tftpb 0x1000 $file",
            "booti 0x1000 -",
            "fdt addr",
            "");
        InputException e = assertThrows(InputException.class, () -> BootScript.parseLoads(text, "boot.source"));
        assertEquals(List.of(
            "boot.source:2:7: '${memaddr}' is not a literal address (variables are not supported: the script is read, not run)",
            "boot.source:3:1: tftpb needs an address and a file name (the script must say both)",
            "boot.source:4:27: unexpected '0x100' after the file name of load mmc 0:1 (byte count and offset arguments are not supported)",
            "boot.source:5:7: '0xZZ' is not a hex address of at most 64 bits",
            "boot.source:6:26: the file name '$file' uses a variable; write the name out",
            "boot.source:7:1: booti needs <kernel address> <ramdisk address or -> <fdt address>",
            "boot.source:8:1: fdt addr needs exactly one address"),
            e.problems().stream().map(InputProblem::toString).toList());
    }
}
