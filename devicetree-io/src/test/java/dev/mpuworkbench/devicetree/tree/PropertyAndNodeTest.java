package dev.mpuworkbench.devicetree.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyAndNodeTest {

    @Test
    void cellsAreBigEndianUnsignedAndRemembersHowTheyWereWritten() {
        Property p = Property.cells("reg", 0x80000000L, 0x10, -1);
        assertArrayEquals(new byte[] {(byte) 0x80, 0, 0, 0, 0, 0, 0, 0x10, -1, -1, -1, -1}, p.value());
        assertArrayEquals(new long[] {0x80000000L, 0x10, 0xffffffffL}, p.cells());
        assertEquals(List.of(new Marker(MarkerKind.TYPE_UINT32, 0, null)), p.markers());
        assertEquals(0x8000000000000010L, p.joinedCells(0, 2));
        assertThrows(IllegalArgumentException.class, () -> Property.cells("x", 0x1_0000_0000L));
        assertThrows(IllegalStateException.class, () -> p.cell(3));
    }

    @Test
    void singleValueReadersRefuseTheWrongLength() {
        assertEquals(0xdeadbeefL, Property.cells("a", 0xdeadbeefL).u32());
        assertEquals(0x0123456789abcdefL, Property.u64s("b", 0x0123456789abcdefL).u64());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Property.cells("c", 1, 2).u32());
        assertEquals("property c is 8 bytes, not one cell", e.getMessage());
        assertThrows(IllegalStateException.class, () -> Property.cells("d", 1).u64());
    }

    @Test
    void stringsAndStringLists() {
        Property one = Property.strings("compatible", "arm,pl011");
        assertTrue(one.isString());
        assertEquals("arm,pl011", one.string());
        Property two = Property.strings("compatible", "arm,pl011", "arm,primecell");
        assertFalse(two.isString());
        assertTrue(two.isStringList());
        assertEquals(List.of("arm,pl011", "arm,primecell"), two.strings());
        assertEquals(List.of(new Marker(MarkerKind.TYPE_STRING, 0, null), new Marker(MarkerKind.TYPE_STRING, 10, null)),
            two.markers());
        assertTrue(Property.cells("x", 0x41424300L).isString(), "\"ABC\" is a string whatever it was written as");
        assertFalse(Property.cells("x", 0x41004300L).isString());
        assertThrows(IllegalArgumentException.class, () -> Property.strings("bad", "a\0b"));
    }

    @Test
    void propertiesAreImmutable() {
        byte[] raw = {1, 2, 3};
        Property p = Property.of("x", raw);
        raw[0] = 9;
        assertEquals(1, p.byteAt(0));
        p.value()[1] = 9;
        assertEquals(2, p.byteAt(1));
    }

    @Test
    void nodesKnowNamesPathsLabelsAndChildren() {
        Node root = Node.newRoot();
        Node soc = root.addChild("soc");
        Node uart = soc.addChild("serial@9c090000");
        uart.addLabel("uart0").addLabel("console").addLabel("uart0");
        assertEquals("/", root.path());
        assertEquals("/soc/serial@9c090000", uart.path());
        assertEquals("serial", uart.baseName());
        assertEquals("9c090000", uart.unitAddress());
        assertEquals(List.of("console", "uart0"), uart.labels());
        assertEquals(uart, root.find("soc/serial@9c090000").orElseThrow());
        assertTrue(root.find("soc/serial").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> root.addChild(uart));
        assertTrue(soc.removeChild(uart));
        assertEquals(null, uart.parent());
    }

    @Test
    void setPropertyReplacesInPlaceAndAddPropertyAppends() {
        Node n = new Node("n");
        n.setProperty(Property.cells("a", 1)).setProperty(Property.cells("b", 2)).setProperty(Property.cells("a", 3));
        assertEquals(List.of("a", "b"), n.properties().stream().map(Property::name).toList());
        assertEquals(3, n.u32("a").getAsLong());
        n.addProperty(Property.cells("a", 4));
        assertEquals(3, n.properties().size());
        assertEquals(3, n.propertyOrNull("a").u32());
        assertTrue(n.removeProperty("a"));
        assertEquals(4, n.u32("a").getAsLong());
    }

    @Test
    void typedReadersOnNodes() {
        Node n = new Node("cpu@0");
        n.setProperty(Property.cells("reg", 0)).setProperty(Property.strings("status", "okay"))
            .setProperty(Property.u64s("big", 0x880000000L));
        assertEquals(0, n.u32("reg").getAsLong());
        assertTrue(n.u32("big").isEmpty());
        assertEquals(0x880000000L, n.u64("big").getAsLong());
        assertEquals("okay", n.string("status").orElseThrow());
        assertTrue(n.string("missing").isEmpty());
        assertEquals(0, n.cells("missing").length);
    }
}
