package dev.mpuworkbench.devicetree.dts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.devicetree.testing.Compile;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.Node;
import dev.mpuworkbench.devicetree.tree.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergeAndDeleteTest {

    private static List<String> props(Node n) {
        return n.properties().stream().map(Property::name).toList();
    }

    private static List<String> children(Node n) {
        return n.children().stream().map(Node::name).toList();
    }

    @Test
    void aRedefinedPropertyKeepsItsPlaceAndNewOnesGoLast() {
        DeviceTree t = Compile.ok("/dts-v1/; / { a = <1>; b = <2>; n { }; }; / { c = <3>; a = <4>; m { }; n { x; }; };");
        assertEquals(List.of("a", "b", "c"), props(t.root()));
        assertEquals(4, t.root().u32("a").getAsLong());
        assertEquals(List.of("n", "m"), children(t.root()));
        assertEquals(List.of("x"), props(t.node("/n").orElseThrow()));
    }

    @Test
    void mergingByLabelAndByPathAddsLabels() {
        DeviceTree t = Compile.ok("""
            /dts-v1/;
            / { soc { uart: serial@1 { status = "disabled"; }; }; };
            &uart { status = "okay"; };
            &{/soc/serial@1} { clock = <1>; };
            console: &uart { speed = <115200>; };
            """);
        Node uart = t.node("/soc/serial@1").orElseThrow();
        assertEquals("okay", uart.string("status").orElseThrow());
        assertEquals(List.of("status", "clock", "speed"), props(uart));
        assertEquals(List.of("console", "uart"), uart.labels());
        assertEquals(4, uart.sources().size(), "each definition is remembered for messages");
    }

    @Test
    void aDeletedPropertyComesBackAtItsOldPlace() {
        DeviceTree t = Compile.ok("/dts-v1/; / { a = <1>; b = <2>; c = <3>; }; / { /delete-property/ b; }; / { b = <9>; };");
        assertEquals(List.of("a", "b", "c"), props(t.root()));
        assertEquals(9, t.root().u32("b").getAsLong());
        DeviceTree gone = Compile.ok("/dts-v1/; / { a = <1>; b = <2>; }; / { /delete-property/ b; };");
        assertEquals(List.of("a"), props(gone.root()));
    }

    @Test
    void aDeletePropertyInTheFirstDefinitionDoesNotDeleteLikeDtc() {
        assertEquals(List.of("p"), props(Compile.ok("/dts-v1/; / { p = <1>; /delete-property/ p; };").root()));
    }

    @Test
    void deletingNodesByNameAndByReferenceTakesTheirLabels() {
        Compile.Outcome o = Compile.dts("""
            /dts-v1/;
            / { a: x { y { }; }; b: z { }; keep { }; };
            / { /delete-node/ x; };
            /delete-node/ &b;
            / { ref = <&a>; };
            """);
        assertEquals(2, o.exit(), "the label went with the node");
        assertTrue(o.messages().contains("Reference to non-existent node or label \"a\""), o.messages());
        DeviceTree t = Compile.ok("/dts-v1/; / { a: x { y { }; }; b: z { }; keep { }; }; / { /delete-node/ x; }; /delete-node/ &b;");
        assertEquals(List.of("keep"), children(t.root()));
    }

    @Test
    void aRedefinedDeletedNodeIsRevivedInPlaceWithoutItsOldContents() {
        DeviceTree t = Compile.ok("""
            /dts-v1/;
            / { first { }; n: mid { old = <1>; kid { }; }; last { }; };
            / { /delete-node/ mid; };
            / { mid { new = <2>; }; };
            """);
        assertEquals(List.of("first", "mid", "last"), children(t.root()));
        Node mid = t.node("/mid").orElseThrow();
        assertEquals(List.of("new"), props(mid));
        assertTrue(mid.children().isEmpty());
        assertTrue(mid.labels().isEmpty());
    }

    @Test
    void omitIfNoRefKeepsOnlyReferencedNodes() {
        DeviceTree t = Compile.ok("""
            /dts-v1/;
            / {
                /omit-if-no-ref/ unused { };
                /omit-if-no-ref/ a: used-by-phandle { };
                b: used-by-path { };
                c: marked-later { };
                d: marked-later-used { };
                users { p = <&a>; q = &d; };
            };
            /omit-if-no-ref/ &b;
            /omit-if-no-ref/ &c;
            /omit-if-no-ref/ &{/marked-later-used};
            / { r = &b; };
            """);
        assertEquals(List.of("used-by-phandle", "used-by-path", "marked-later-used", "users"), children(t.root()));
    }

    @Test
    void unknownReferencesInNodeDefinitionsAreSyntaxErrorsWithTheirPosition() {
        assertEquals("Error: test.dts:1.18-23 Label or path nope not found\nFATAL ERROR: Syntax error parsing input tree\n",
            Compile.dts("/dts-v1/; / { }; &nope { };").messages());
        assertEquals("Error: test.dts:1.23-28 Label or path nope not found\nFATAL ERROR: Syntax error parsing input tree\n",
            Compile.dts("/dts-v1/; / { }; lbl: &nope { };").messages());
        assertEquals("Error: test.dts:1.32-37 Label or path nope not found\nFATAL ERROR: Syntax error parsing input tree\n",
            Compile.dts("/dts-v1/; / { }; /delete-node/ &nope;").messages());
    }

    @Test
    void propertiesMustPrecedeSubnodes() {
        assertEquals("Error: test.dts:1.22-33 Properties must precede subnodes\nFATAL ERROR: Unable to parse input tree\n",
            Compile.dts("/dts-v1/; / { n { }; l: p = <1>; };").messages());
    }

    @Test
    void memreservesAndBootCpuComeFromTheSource() {
        DeviceTree t = Compile.ok("""
            /dts-v1/;
            r: /memreserve/ 0x1000 0x2000;
            /memreserve/ (0x10 << 4) 'a';
            / { cpus { #address-cells = <1>; #size-cells = <0>; cpu@10 { reg = <0x10>; }; cpu@11 { reg = <0x11>; }; }; };
            """);
        assertEquals(List.of("r"), t.reservations().get(0).labels());
        assertEquals(0x100, t.reservations().get(1).address());
        assertEquals('a', t.reservations().get(1).size());
        assertEquals(0x10, t.bootCpuidPhys());
    }
}
