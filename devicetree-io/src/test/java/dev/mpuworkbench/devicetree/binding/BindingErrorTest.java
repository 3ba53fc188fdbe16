package dev.mpuworkbench.devicetree.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.devicetree.dtb.DtbWriter;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trees that do not describe a design: each message names the node, the file:line:col from DTS, and what was expected. */
class BindingErrorTest {
    private static final String FILE = "bad.dts";

    /** A minimal Cortex-R82 board; {@code root} goes into the root node, {@code chosen} into /chosen. */
    private static String board(String cpu, String root, String chosen) {
        return "/dts-v1/;\n"
            + "/ {\n"
            + "    #address-cells = <2>;\n"
            + "    #size-cells = <2>;\n"
            + "    cpus {\n"
            + "        #address-cells = <1>;\n"
            + "        #size-cells = <0>;\n"
            + "        cpu@0 {\n"
            + "            device_type = \"cpu\";\n"
            + "            compatible = \"" + cpu + "\";\n"
            + "            reg = <0>;\n"
            + "        };\n"
            + "    };\n"
            + "    memory@0 {\n"
            + "        device_type = \"memory\";\n"
            + "        reg = <0x0 0x0 0x0 0x80000000>;\n"
            + "    };\n"
            + root
            + "    chosen {\n"
            + "        #address-cells = <2>;\n"
            + "        #size-cells = <2>;\n"
            + chosen
            + "    };\n"
            + "};\n";
    }

    private static String domain(String body) {
        return "        domU1 {\n"
            + "            compatible = \"xen,domain\";\n"
            + "            #address-cells = <2>;\n"
            + "            #size-cells = <2>;\n"
            + body
            + "        };\n";
    }

    /** The import error, checked to point at {@code needle}'s line and column in {@code text}. */
    private static BindingException failsAt(String text, String needle, String nodePath) {
        return failsAt(text, needle, needle, nodePath);
    }

    /** As above, the line found by {@code lineNeedle}, the column by {@code columnNeedle} within that line. */
    private static BindingException failsAt(String text, String lineNeedle, String columnNeedle, String nodePath) {
        BindingException e = assertThrows(BindingException.class, () -> DesignImporter.fromDtsText(text, FILE, null));
        String[] lines = text.split("\n", -1);
        int line = 0;
        int column = 0;
        for (int i = 0; i < lines.length && line == 0; i++) {
            if (lines[i].contains(lineNeedle)) {
                line = i + 1;
                column = lines[i].indexOf(columnNeedle) + 1;
            }
        }
        assertTrue(line > 0 && column > 0, "test text lacks " + lineNeedle);
        assertEquals(nodePath, e.nodePath(), e.getMessage());
        assertTrue(e.getMessage().startsWith(FILE + ":" + line + ":" + column + ": " + nodePath + ": "), e.getMessage());
        return e;
    }

    @Test
    void memoryRegWithTheWrongNumberOfCells() {
        String text = board("arm,cortex-r82", "", "").replace("reg = <0x0 0x0 0x0 0x80000000>", "reg = <0x0 0x80000000>");
        BindingException e = failsAt(text, "reg = <0x0 0x80000000>", "/memory@0");
        assertTrue(e.problem().contains("reg is 8 bytes, which is not a whole number of (address, size) pairs with "
            + "#address-cells = <2>, #size-cells = <2> of /"), e.problem());
    }

    @Test
    void domainWithoutCpus() {
        String text = board("arm,cortex-r82", "", domain("            memory = <0 0x20000>;\n"));
        BindingException e = failsAt(text, "domU1 {", "{", "/chosen/domU1"); // a node's place is its '{', as in dtc
        assertTrue(e.problem().startsWith("cpus is missing; a xen,domain needs its vCPU count"), e.problem());
    }

    @Test
    void domainWithoutMemory() {
        BindingException e = failsAt(board("arm,cortex-r82", "", domain("            cpus = <1>;\n")), "domU1 {",
            "{", "/chosen/domU1");
        assertTrue(e.problem().startsWith("memory is missing; expected the guest's RAM in KiB"), e.problem());
    }

    @Test
    void staticMemWithABadLength() {
        String text = board("arm,cortex-r82", "", domain("            cpus = <1>;\n            memory = <0 0x20000>;\n"
            + "            xen,static-mem = <0x0 0x20000000 0x8000000>;\n"));
        BindingException e = failsAt(text, "xen,static-mem", "/chosen/domU1");
        assertTrue(e.problem().contains("xen,static-mem is 12 bytes, which is not a whole number of (address, size) "
            + "pairs with #address-cells = <2>, #size-cells = <2> of /chosen"), e.problem());
    }

    @Test
    void sharedMemoryWithABadLength() {
        String text = board("arm,cortex-r82", "", domain("            cpus = <1>;\n            memory = <0 0x20000>;\n"
            + "            shm {\n                compatible = \"xen,domain-shared-memory-v1\";\n"
            + "                xen,shm-id = \"s\";\n                xen,shared-mem = <0x0 0x10000000 0x1000>;\n"
            + "            };\n"));
        BindingException e = failsAt(text, "xen,shared-mem", "/chosen/domU1/shm");
        assertTrue(e.problem().contains("expected <host-address guest-address size> = 6 cells"), e.problem());
    }

    @Test
    void unknownEl1MemorySystem() {
        String text = board("arm,cortex-r82", "", domain("            cpus = <1>;\n            memory = <0 0x20000>;\n"
            + "            v8r_el1_msa = \"pmsa\";\n"));
        BindingException e = failsAt(text, "v8r_el1_msa", "/chosen/domU1");
        assertTrue(e.problem().contains("expected \"mpu\" or \"mmu\""), e.problem());
    }

    @Test
    void moduleRegInTheDomainsCells() {
        String text = board("arm,cortex-r82", "", domain("            cpus = <1>;\n            memory = <0 0x20000>;\n"
            + "            module@10000000 {\n                compatible = \"multiboot,kernel\", \"multiboot,module\";\n"
            + "                reg = <0x10000000 0x80000>;\n            };\n"));
        BindingException e = failsAt(text, "reg = <0x10000000 0x80000>", "/chosen/domU1/module@10000000");
        assertTrue(e.problem().contains("of /chosen/domU1"), e.problem());
    }

    @Test
    void unknownCpu() {
        BindingException e = failsAt(board("arm,cortex-a53", "", ""), "compatible = \"arm,cortex-a53\"", "/cpus/cpu@0");
        assertTrue(e.problem().contains("\"arm,cortex-a53\" is not an Armv8-R core; expected \"arm,cortex-r82\""),
            e.problem());
    }

    @Test
    void badExtensionValue() {
        BindingException e = failsAt(board("arm,cortex-r82", "", "        mpuwb,xen-mode = \"mmu-less\";\n"),
            "mpuwb,xen-mode", "/chosen");
        assertTrue(e.problem().contains("expected \"partitioned\" or \"upstream\""), e.problem());
    }

    @Test
    void aTreeFromANewerWorkbenchIsRefused() {
        BindingException e = failsAt(board("arm,cortex-r82", "", "        mpuwb,format = <2>;\n"), "mpuwb,format",
            "/chosen");
        assertTrue(e.problem().contains("written by a newer MPU Workbench"), e.problem());
    }

    @Test
    void deviceRegCellsOnTheWrongBus() {
        String text = board("arm,cortex-r82", "    uart@9c090000 {\n        compatible = \"arm,pl011\";\n"
            + "        reg = <0x9c090000 0x1000>;\n    };\n", "");
        BindingException e = failsAt(text, "reg = <0x9c090000 0x1000>", "/uart@9c090000");
        assertTrue(e.problem().contains("reg is 8 bytes"), e.problem());
    }

    @Test
    void sourceThatDoesNotParseGivesDtcsMessage() {
        BindingException e = assertThrows(BindingException.class,
            () -> DesignImporter.fromDtsText("/dts-v1/;\n/ {\n    a = <1>\n};\n", FILE, null));
        assertTrue(e.getMessage().contains("bad.dts:4.1-2 syntax error"), e.getMessage());
    }

    @Test
    void aDtbHasNoLinesSoTheMessageNamesTheFileAndNode() throws Exception {
        Design design = BindingFixtures.sampleDesign("fvp-default");
        DeviceTree tree = RuntimeTreeExporter.toTree(design);
        Node domU1 = tree.node("/chosen/domU1").orElseThrow();
        Node stripped = new Node("domU1");
        domU1.properties().stream().filter(p -> !p.name().equals("cpus")).forEach(stripped::addProperty);
        Node chosen = domU1.parent();
        chosen.removeChild(domU1);
        chosen.addChild(stripped);
        BindingException e = assertThrows(BindingException.class,
            () -> DesignImporter.fromDtbBytes(DtbWriter.write(tree), "system.dtb", null));
        assertEquals("system.dtb: /chosen/domU1: cpus is missing; a xen,domain needs its vCPU count, e.g. cpus = <1>",
            e.getMessage());
    }

    @Test
    void exportRefusesAnAddressAbove4GibOnA32BitBoard() throws Exception {
        Design r52 = DesignImporter.fromDts(BindingFixtures.sampleBoard("r52-aarch32"), null).design();
        Design tooHigh = r52.withBoard(r52.board().withMemory(List.of(
            new MemoryBank("memory@100000000", AddressRange.of(0x1_0000_0000L, 0x1000_0000L)))));
        BindingException e = assertThrows(BindingException.class, () -> RuntimeTreeExporter.toTree(tooHigh));
        assertEquals("/memory@100000000", e.nodePath());
        assertTrue(e.problem().contains("0x100000000 does not fit in 1 cell(s)"), e.problem());
    }
}
