package dev.mpuworkbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpuworkbench.core.project.ProjectFile;
import dev.mpuworkbench.app.service.DesignLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultSampleValidates() {
        CliRun run = CliRun.of("validate", "sample:fvp-default");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("0 error(s)"), run.out());
    }

    @Test
    void errorsArePrintedWithTheirCodeAndExitOne() throws Exception {
        String json = ProjectFile.toJson(DesignLoader.defaultDesign())
            .replace("\"base\" : \"0x28000000\"", "\"base\" : \"0x24000000\"");
        Path file = dir.resolve("overlap.json");
        Files.writeString(file, json);
        CliRun run = CliRun.of("validate", file.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("error MEMORY_OVERLAP domains/domU2/staticMem/0:"), run.out());
    }

    @Test
    void aBrokenProjectFileNamesTheFieldAndLine() throws Exception {
        String json = ProjectFile.toJson(DesignLoader.defaultDesign()).replace("\"el1Msa\" : \"MMU\"", "\"el1Mas\" : \"MMU\"");
        Path file = dir.resolve("broken.json");
        Files.writeString(file, json);
        CliRun run = CliRun.of("validate", file.toString());
        assertEquals(1, run.exit());
        int line = (int) json.substring(0, json.indexOf("\"el1Mas\"")).chars().filter(c -> c == '\n').count() + 1;
        assertTrue(run.err().startsWith(file + ":" + line + ":"), run.err());
        assertTrue(run.err().contains("unknown field \"el1Mas\""), run.err());
        assertTrue(run.err().contains("$.design.domains[1]"), run.err());
    }

    @Test
    void aMissingFileIsABadInputNotAUsageError() {
        CliRun run = CliRun.of("validate", dir.resolve("nope.json").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no such file"), run.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.of("validate").exit());
        assertEquals(2, CliRun.of("no-such-command").exit());
        assertEquals(2, CliRun.of("validate", "a.json", "--bogus").exit());
        assertEquals(0, CliRun.of("--help").exit());
    }
}
