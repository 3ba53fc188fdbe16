package dev.mpuworkbench.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.TestDesigns;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.SubjectPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {
    @TempDir
    Path dir;

    private final Design design = TestDesigns.valid().withLocked(List.of(SubjectPath.XEN_IMAGE));

    @Test
    void saveThenOpenGivesTheSameDesign() throws Exception {
        Path file = dir.resolve("d.json");
        ProjectFile.save(design, file);
        assertEquals(design, ProjectFile.read(file));
    }

    @Test
    void addressesAreWrittenInHex() {
        String json = ProjectFile.toJson(design);
        assertTrue(json.contains("\"startAddress\" : \"0x200000\""), json);
        assertTrue(json.contains("\"formatVersion\" : 2"));
        assertTrue(json.contains("\"locked\" : [ \"xen/image\" ]"), json);
    }

    @Test
    void saveIsAtomicAndKeepsTheOldFileAsBak() throws Exception {
        Path file = dir.resolve("d.json");
        ProjectFile.save(design, file);
        String first = Files.readString(file);
        ProjectFile.save(design.withName("second"), file);
        assertEquals(first, Files.readString(dir.resolve("d.json.bak")));
        assertEquals("second", ProjectFile.read(file).name());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("d.json", "d.json.bak"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                "no temporary file is left behind");
        }
    }

    @Test
    void aFailedSaveLeavesTheOldFileIntact() throws Exception {
        Path file = dir.resolve("d.json");
        ProjectFile.save(design, file);
        String before = Files.readString(file);
        Path blocked = dir.resolve("sub");
        Files.writeString(blocked, "a file where a directory should be");
        assertThrows(IOException.class, () -> ProjectFile.save(design, blocked.resolve("x.json")));
        assertEquals(before, Files.readString(file));
    }

    @Test
    void anUnknownFieldIsNamedWithItsPathAndLine() throws Exception {
        String json = ProjectFile.toJson(design).replace("\"vcpus\" : 2", "\"vcpu\" : 2");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.parse(json, "p.json"));
        assertEquals("$.design.domains[1]", e.jsonPath());
        assertTrue(e.problem().startsWith("unknown field \"vcpu\""), e.problem());
        assertEquals(lineOf(json, "\"vcpu\""), e.line());
        assertTrue(e.getMessage().startsWith("p.json:" + e.line() + ":"), e.getMessage());
    }

    @Test
    void aMissingFieldIsNamedWithItsPath() {
        String json = ProjectFile.toJson(design).replace("\"efiBoot\" : false,", "");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.parse(json, "p.json"));
        assertEquals("missing field \"efiBoot\"", e.problem());
        assertEquals("$.design.xen.efiBoot", e.jsonPath());
        assertTrue(e.line() > 0);
    }

    @Test
    void aWrongTypeIsReportedAtItsPlace() {
        String json = ProjectFile.toJson(design).replace("\"cpuCount\" : 2", "\"cpuCount\" : \"two\"");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.parse(json, "p.json"));
        assertEquals("$.design.board.cpuCount", e.jsonPath());
        assertEquals(lineOf(json, "\"cpuCount\""), e.line());
    }

    @Test
    void aBadAddressIsReportedAtItsPlace() {
        String json = ProjectFile.toJson(design).replace("\"startAddress\" : \"0x200000\"", "\"startAddress\" : \"0xZZ\"");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.parse(json, "p.json"));
        assertEquals("$.design.xen.startAddress", e.jsonPath());
    }

    @Test
    void anImpossibleValueIsReportedWithTheReason() {
        String json = ProjectFile.toJson(design).replace("\"vcpus\" : 2", "\"vcpus\" : 0");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.parse(json, "p.json"));
        assertTrue(e.problem().contains("vcpus must be at least 1"), e.problem());
        assertTrue(e.jsonPath().startsWith("$.design.domains[1]"), e.jsonPath());
    }

    @Test
    void brokenJsonGivesLineAndColumn() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
            () -> ProjectFile.parse("{\n  \"formatVersion\" : 2,\n  \"design\" : {,\n}", "p.json"));
        assertEquals(3, e.line());
        assertTrue(e.problem().startsWith("not valid JSON"), e.problem());
    }

    @Test
    void aNewerFormatIsRefusedClearly() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
            () -> ProjectFile.parse("{\"formatVersion\": 9, \"design\": {}}", "p.json"));
        assertTrue(e.problem().contains("newer MPU Workbench"), e.problem());
        e = assertThrows(ProjectFileException.class, () -> ProjectFile.parse("{\"design\": {}}", "p.json"));
        assertEquals("missing field \"formatVersion\"", e.problem());
    }

    @Test
    void formatOneIsMigrated() throws Exception {
        String v1 = readResource("format1.json");
        Design migrated = ProjectFile.parse(v1, "old.json");
        assertEquals(0x2000_0000, migrated.domain("domU1").orElseThrow().staticMem().get(0).base());
        assertEquals(128 * TestDesigns.MIB, migrated.domain("domU1").orElseThrow().staticMem().get(0).size());
        assertEquals(0x6000_0000, migrated.staticHeap().get(0).base());
        assertEquals(List.of(), migrated.locked());
        Design again = ProjectFile.parse(ProjectFile.toJson(migrated), "new.json");
        assertEquals(migrated, again, "a migrated design saves in the current format");
    }

    @Test
    void errorsInAMigratedFileStillNameThePath() throws Exception {
        String v1 = readResource("format1.json").replace("\"vcpus\": 1", "\"vcpus\": 1, \"colour\": 3");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.parse(v1, "old.json"));
        assertEquals("$.design.domains[0]", e.jsonPath());
        assertFalse(e.problem().isEmpty());
    }

    private static int lineOf(String text, String needle) {
        int idx = text.indexOf(needle);
        return (int) text.substring(0, idx).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String readResource(String name) throws IOException {
        try (var in = ProjectFileTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
