package dev.mpuworkbench.devicetree.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.mpuworkbench.devicetree.compile.CompileOptions;
import dev.mpuworkbench.devicetree.testing.Compile;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhandleAndOverlayTest {
    /** dtc's tests/references.dts. */
    private static final String REFERENCES = """
        /dts-v1/;
        / {
            rref = <&{/}>;
            n1: node1 { linux,phandle = <0x2000>; ref = <&{/node2}>; lref = <&n2>; };
            n2: node2 { phandle = <0x1>; ref = <&{/node1}>; lref = <&n1>; };
            n3: node3 { ref = <&{/node4}>; lref = <&n4>; };
            n4: node4 { };
            n5: node5 { linux,phandle = <&n5>; };
            node6 { linux,phandle = <0xfffffffe>; };
        };
        """;

    private static List<String> props(Node n) {
        return n.properties().stream().map(Property::name).toList();
    }

    @Test
    void phandlesAreAllocatedInReferenceOrderSkippingExplicitOnes() {
        DeviceTree t = Compile.ok(REFERENCES);
        assertEquals(2, t.root().u32("rref").getAsLong(), "the root is referenced first; 1 is taken by node2");
        assertEquals(List.of("rref", "phandle"), props(t.root()), "the phandle property goes last");
        assertEquals(3, t.node("/node4").orElseThrow().u32("phandle").getAsLong());
        assertEquals(3, t.node("/node3").orElseThrow().u32("lref").getAsLong());
        Node n5 = t.node("/node5").orElseThrow();
        assertEquals(List.of("linux,phandle", "phandle"), props(n5), "a self reference asks for a phandle");
        assertEquals(4, n5.u32("linux,phandle").getAsLong());
        assertEquals(List.of("linux,phandle", "ref", "lref"), props(t.node("/node1").orElseThrow()),
            "an explicit linux,phandle gets no phandle property");
        assertEquals(0x2000, t.node("/node2").orElseThrow().u32("lref").getAsLong());
    }

    @Test
    void theLegacyAndBothFormatsWriteOtherProperties() {
        CompileOptions legacy = CompileOptions.defaults().withChecks(new CheckOptions(0, false, PhandleFormat.LEGACY, "-",
            List.of()));
        DeviceTree t = Compile.dts("/dts-v1/; / { a: n { }; m { p = <&a>; }; };", legacy).tree();
        assertEquals(List.of("linux,phandle"), props(t.node("/n").orElseThrow()));
        CompileOptions both = legacy.withChecks(new CheckOptions(0, false, PhandleFormat.BOTH, "-", List.of()));
        assertEquals(List.of("linux,phandle", "phandle"),
            props(Compile.dts("/dts-v1/; / { a: n { }; m { p = <&a>; }; };", both).tree().node("/n").orElseThrow()));
    }

    @Test
    void pathReferencesInsertTheFullPath() {
        DeviceTree t = Compile.ok("/dts-v1/; / { p = \"x\", &l, &{/a/b}; a { l: b { }; }; };");
        assertArrayEquals("x\0/a/b\0/a/b\0".getBytes(StandardCharsets.ISO_8859_1), t.root().propertyOrNull("p").value());
    }

    @Test
    void explicitPhandleProblemsAreErrors() {
        assertEquals("test.dts:1.39-58: ERROR (explicit_phandles): /b: duplicated phandle 0x1 (seen before at /a)\n"
            + "ERROR: Input tree has errors, aborting (use -f to force output)\n",
            Compile.dts("/dts-v1/; / { a { phandle = <1>; }; b { phandle = <1>; }; };").messages());
        assertEquals(2, Compile.dts("/dts-v1/; / { a { phandle = <0>; }; };").exit());
        assertEquals(2, Compile.dts("/dts-v1/; / { a { phandle = <1>; linux,phandle = <2>; }; };").exit());
        assertEquals(2, Compile.dts("/dts-v1/; / { a { phandle = <&b>; }; b: b { }; };").exit());
    }

    @Test
    void symbolsListEveryLabelAndGiveItsNodeAPhandle() {
        CompileOptions symbols = CompileOptions.defaults().withChecks(new CheckOptions(0, false, PhandleFormat.EPAPR, "-",
            List.of(), true, true));
        DeviceTree t = Compile.dts("/dts-v1/; / { a: b: n { }; m { p = <&a>; }; c: k { }; };", symbols).tree();
        Node s = t.node("/__symbols__").orElseThrow();
        assertEquals(List.of("a", "b", "c"), props(s));
        assertEquals("/k", s.string("c").orElseThrow());
        assertEquals(1, t.node("/n").orElseThrow().u32("phandle").getAsLong());
        assertEquals(2, t.node("/k").orElseThrow().u32("phandle").getAsLong(), "allocated after the references");
        assertEquals(List.of("a", "b", "c"), props(t.node("/aliases").orElseThrow()), "-A adds aliases too");
    }

    @Test
    void overlaysGetFragmentsAndFixups() {
        DeviceTree t = Compile.ok("""
            /dts-v1/;
            /plugin/;
            &outside { status = "okay"; user = <&outside &mine>; };
            &{/soc} { mine: node { }; };
            """);
        assertEquals(List.of("fragment@0", "fragment@1", "__fixups__", "__local_fixups__"),
            t.root().children().stream().map(Node::name).toList());
        Node f0 = t.node("/fragment@0").orElseThrow();
        assertEquals(0xffffffffL, f0.u32("target").getAsLong());
        assertEquals("/soc", t.node("/fragment@1").orElseThrow().string("target-path").orElseThrow());
        assertArrayEquals(new long[] {0xffffffffL, 1}, t.node("/fragment@0/__overlay__").orElseThrow().cells("user"));
        assertEquals(List.of("/fragment@0:target:0", "/fragment@0/__overlay__:user:0"),
            t.node("/__fixups__").orElseThrow().strings("outside"));
        assertArrayEquals(new long[] {4}, t.node("/__local_fixups__/fragment@0/__overlay__").orElseThrow().cells("user"));
        assertFalse(t.isPlugin() && t.node("/__symbols__").isPresent());
    }
}
