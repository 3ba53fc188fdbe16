package dev.mpuworkbench.devicetree.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.devicetree.compile.CompileOptions;
import dev.mpuworkbench.devicetree.testing.Compile;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckMessagesTest {

    private static Compile.Outcome with(String text, int quiet, boolean force, String... switches) {
        return Compile.dts(text, CompileOptions.defaults().withChecks(
            new CheckOptions(quiet, force, PhandleFormat.EPAPR, "out.dtb", List.of(switches))));
    }

    @Test
    void duplicateNamesAreErrorsThatStopTheOtherChecks() {
        Compile.Outcome o = Compile.dts("/dts-v1/;\n/ {\n\tn { };\n\tn { };\n\tp = <&missing>;\n};\n");
        assertEquals(1, o.exit(), "properties after nodes are a parse error");
        Compile.Outcome d = Compile.dts("/dts-v1/;\n/ {\n\tp = <&missing>;\n\tn { };\n\tn { };\n};\n");
        assertEquals(2, d.exit());
        assertEquals("test.dts:5.4-8: ERROR (duplicate_node_names): /n: Duplicate node name\n"
            + "ERROR: Input tree has errors, aborting (use -f to force output)\n", d.messages(),
            "the unresolved reference is not reported: checks stop after the first failing error check");
    }

    @Test
    void aDeleteNodeStatementStillCountsForDuplicateNamesAsInDtc() {
        assertEquals("test.dts:1.22-38: ERROR (duplicate_node_names): (null): Duplicate node name\n"
            + "ERROR: Input tree has errors, aborting (use -f to force output)\n",
            Compile.dts("/dts-v1/; / { a { }; /delete-node/ a; };").messages());
    }

    @Test
    void unresolvedReferencesPrintDtcsBlankLine() {
        assertEquals("test.dts:1.13-30: ERROR (phandle_references): /: Reference to non-existent node or label \"nope\"\n\n"
            + "ERROR: Input tree has errors, aborting (use -f to force output)\n",
            Compile.dts("/dts-v1/; / { p = <&nope>; };").messages());
    }

    @Test
    void warningsDoNotStopCompilationAndNameTheirCheck() {
        Compile.Outcome o = Compile.dts("/dts-v1/; / { #address-cells = <1>; #size-cells = <1>; n@1 { }; m { reg = <1 1>; }; };");
        assertEquals(0, o.exit());
        assertEquals("test.dts:1.60-64: Warning (unit_address_vs_reg): /n@1: node has a unit name, but no reg or ranges"
            + " property\ntest.dts:1.67-84: Warning (unit_address_vs_reg): /m: node has a reg or ranges property, but no"
            + " unit name\n", o.messages());
    }

    @Test
    void nodesDefinedSeveralTimesListEveryDefinition() {
        Compile.Outcome o = Compile.dts("/dts-v1/;\n/ { n@1 { };\n};\n/ { n@1 { x; };\n};\n");
        assertEquals("test.dts:2.9-13: Warning (unit_address_vs_reg): /n@1: node has a unit name, but no reg or ranges"
            + " property\n  also defined at test.dts:4.9-16\n", o.messages());
    }

    @Test
    void failedPrerequisitesAreReportedAgainstTheOutputName() {
        Compile.Outcome o = with("/dts-v1/; / { #address-cells = <1 2>; };", 0, false);
        assertTrue(o.messages().startsWith("test.dts:1.15-38: Warning (address_cells_is_cell): /:#address-cells: property is"
            + " not a single cell\nout.dtb: Warning (addr_size_cells): Failed prerequisite 'address_cells_is_cell'\n"
            + "out.dtb: Warning (reg_format): Failed prerequisite 'addr_size_cells'\n"
            + "out.dtb: Warning (ranges_format): Failed prerequisite 'addr_size_cells'\n"), o.messages());
        assertTrue(o.messages().endsWith("out.dtb: Warning (unique_unit_address): Failed prerequisite"
            + " 'avoid_default_addr_size'\n"), o.messages());
        assertEquals(24, o.messages().lines().count());
    }

    @Test
    void switchesTurnChecksIntoErrorsOrOff() {
        String text = "/dts-v1/; / { n@1 { }; };";
        Compile.Outcome error = with(text, 0, false, "E:unit_address_vs_reg");
        assertEquals(2, error.exit());
        assertTrue(error.messages().startsWith("test.dts:1.19-23: ERROR (unit_address_vs_reg)"), error.messages());
        assertEquals("", with(text, 0, false, "W:no-unit_address_vs_reg").messages());
        assertEquals("", with(text, 1, false).messages(), "-q hides warnings");
        Compile.Outcome forced = with(text, 0, true, "E:unit_address_vs_reg");
        assertEquals(0, forced.exit());
        assertTrue(forced.messages().endsWith("Warning: Input tree has errors, output forced\n"), forced.messages());
        Compile.Outcome unknown = with(text, 0, false, "W:no_bogus");
        assertEquals("FATAL ERROR: Unrecognized check name \"bogus\"\n", unknown.messages());
    }

    @Test
    void busAndPhandleArgumentChecks() {
        Compile.Outcome o = Compile.dts("""
            /dts-v1/;
            / {
                #address-cells = <1>;
                #size-cells = <1>;
                clk: clock { #clock-cells = <1>; };
                dev { clocks = <&clk>; };
                i2c@0 { reg = <0 1>; #address-cells = <1>; #size-cells = <0>; eeprom@50 { reg = <0x51>; }; };
            };
            """);
        assertEquals(0, o.exit());
        assertEquals("test.dts:7.77-95: Warning (i2c_bus_reg): /i2c@0/eeprom@50: I2C bus unit address format error,"
            + " expected \"51\"\n"
            + "test.dts:6.11-27: Warning (clocks_property): /dev:clocks: property size (4) too small for cell size 1\n",
            o.messages());
    }

    @Test
    void checkNamesMatchDtc() {
        List<String> names = CheckRunner.checkNames();
        assertEquals(88, names.size(), "every name is one dtc 1.6.1 accepts for -W");
        assertTrue(names.containsAll(List.of("duplicate_node_names", "phandle_references", "unit_address_vs_reg",
            "interrupt_provider", "graph_child_address", "always_fail")));
    }
}
