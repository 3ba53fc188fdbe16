package dev.mpuworkbench.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.project.ProjectFile;
import dev.mpuworkbench.core.validation.Validator;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SampleDesignsTest {
    @TempDir
    Path dir;

    static java.util.List<String> samples() {
        return Samples.designs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void saveThenOpenGivesTheSameDesign(String name) throws Exception {
        Design design = ProjectFile.parse(Samples.designJson(name), Samples.designFileName(name));
        Path file = dir.resolve(name + ".json");
        ProjectFile.save(design, file);
        assertEquals(design, ProjectFile.read(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theSampleIsStoredInTheCurrentFormat(String name) throws Exception {
        Design design = ProjectFile.parse(Samples.designJson(name), Samples.designFileName(name));
        assertEquals(ProjectFile.FORMAT_VERSION, com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
            .readTree(Samples.designJson(name)).get("formatVersion").asInt());
        assertFalse(design.domains().isEmpty());
    }

    @org.junit.jupiter.api.Test
    void theDefaultDesignIsStructurallyValid() throws Exception {
        String name = Samples.DEFAULT_DESIGN;
        Design design = ProjectFile.parse(Samples.designJson(name), Samples.designFileName(name));
        assertEquals(java.util.List.of(), Validator.structural().validate(design));
    }

    @org.junit.jupiter.api.Test
    void theMistakesDesignShowsEachMistake() throws Exception {
        String name = Samples.MISTAKES_DESIGN;
        Design design = ProjectFile.parse(Samples.designJson(name), Samples.designFileName(name));
        java.util.Set<String> codes = new java.util.TreeSet<>();
        Validator.structural().validate(design).forEach(d -> codes.add(d.code()));
        assertEquals(java.util.Set.of("MODULE_OVERLAP", "STATIC_MEM_UNALIGNED"), codes);
        assertEquals(java.util.List.of(), design.staticHeap(), "the static heap is missing on purpose");
    }
}
