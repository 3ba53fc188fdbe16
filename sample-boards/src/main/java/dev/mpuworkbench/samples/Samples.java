package dev.mpuworkbench.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample designs and boards shipped in this module's resources. */
public final class Samples {
    /** The design {@code ./mpuwb} opens when given nothing. */
    public static final String DEFAULT_DESIGN = "fvp-default";

    /** A design with each common mistake, for the problems view and the tests. */
    public static final String MISTAKES_DESIGN = "fvp-mistakes";

    /** The board tree the default design was made for. */
    public static final String DEFAULT_BOARD = "fvp-baser-aemv8r";

    /**
     * The worked-example ImageBuilder config ({@code imagebuilder/two-domus.cfg}) imported onto the FVP board
     * by {@code mpuwb import-imagebuilder}; a test re-imports it and compares.
     */
    public static final String IMAGEBUILDER_DESIGN = "fvp-imagebuilder";

    /** One EL2 region over budget in one context with the partitioned strategy; fits with compact. */
    public static final String OVER_BUDGET_DESIGN = "twobank-over-budget";

    /** A Cortex-R52 (AArch32) design, where the tool says which features do not apply. */
    public static final String R52_DESIGN = "r52-zephyr";

    /** The ImageBuilder configs shipped as samples. */
    public static String imageBuilderConfig(String name) {
        return read("imagebuilder/" + name + ".cfg");
    }

    private static final String DESIGNS = "designs/";
    private static final String BOARDS = "boards/";

    private Samples() {
    }

    /** Names of every sample design, default first. */
    public static List<String> designs() {
        return List.of(DEFAULT_DESIGN, MISTAKES_DESIGN, IMAGEBUILDER_DESIGN, OVER_BUDGET_DESIGN, R52_DESIGN);
    }

    /** The project-file text of a sample design. */
    public static String designJson(String name) {
        return read(DESIGNS + name + ".json");
    }

    /** A name the design can be shown under in messages, as if it were a file. */
    public static String designFileName(String name) {
        return "sample:" + name + ".json";
    }

    /** Names of every sample board tree, default first. */
    public static List<String> boards() {
        return List.of(DEFAULT_BOARD, "r82-twobank-16", "r52-aarch32");
    }

    /** The device-tree source text of a sample board. */
    public static String boardDts(String name) {
        return read(BOARDS + name + ".dts");
    }

    /** A name the board tree can be shown under in messages, as if it were a file. */
    public static String boardFileName(String name) {
        return "sample:" + name + ".dts";
    }

    static String read(String resource) {
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no sample resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
