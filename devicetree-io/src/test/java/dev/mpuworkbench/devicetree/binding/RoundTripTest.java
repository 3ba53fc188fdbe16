package dev.mpuworkbench.devicetree.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.mpuworkbench.core.model.Design;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample design survives export to a runtime tree and import back, record for record. */
class RoundTripTest {
    static List<String> samples() {
        List<String> names = BindingFixtures.sampleDesigns();
        assertFalse(names.isEmpty(), "no sample designs found");
        return names;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void importOfExportIsTheSameDesign(String sample) throws Exception {
        Design design = BindingFixtures.sampleDesign(sample);
        ImportResult back = DesignImporter.read(RuntimeTreeExporter.toTree(design), sample + ".dtb", null);
        assertEquals(design, back.design());
        assertEquals(List.of(), back.notes(), "an exported tree imports without defaults or left-out parts");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void importOfTheExportedDtbIsTheSameDesign(String sample) throws Exception {
        Design design = BindingFixtures.sampleDesign(sample);
        ImportResult back = DesignImporter.fromDtbBytes(RuntimeTreeExporter.toDtb(design), sample + ".dtb", null);
        assertEquals(design, back.design());
        assertEquals(List.of(), back.notes());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void importOfTheExportedDtsIsTheSameDesign(String sample) throws Exception {
        Design design = BindingFixtures.sampleDesign(sample);
        ImportResult back = DesignImporter.fromDtsText(RuntimeTreeExporter.toDts(design), sample + ".dts", null);
        assertEquals(design, back.design());
        assertEquals(List.of(), back.notes(), "our DTS compiles without a dtc warning");
    }
}
