package dev.mpuworkbench.icons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

/** The SVG sources: one per icon, on the 16x16 grid, in the palette, and the PNGs rendered from these very files. */
class IconsSourcesTest {
    /** The palette render.sh documents. */
    private static final Set<String> PALETTE = Set.of("#37404F", "#262B33", "#FAFBFC", "#FFFFFF", "#2F6FD6", "#2E9E4F",
        "#D0413C", "#E8A317", "#5CD07C", "#D6E4FA", "#D5F0DC", "#FCEBC2");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{3,8}\\b");

    @ParameterizedTest
    @EnumSource(IconName.class)
    void everyIconHasAnSvgSourceOnTheSixteenPixelGrid(IconName name) throws Exception {
        Path svg = IconsModuleDir.svgDir().resolve(name.fileName() + ".svg");
        assertTrue(Files.isRegularFile(svg), "missing source " + svg);
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("0 0 16 16", root.getAttribute("viewBox"));
        assertEquals("1.5", root.getAttribute("stroke-width"), "the house stroke width");
        assertTrue(root.getChildNodes().getLength() > 1, "draws something");
    }

    @Test
    void everySvgSourceBelongsToAnIconName() throws IOException {
        Set<String> names = Arrays.stream(IconName.values()).map(IconName::fileName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(names, svgFileNames());
    }

    @Test
    void sourcesUseOnlyThePaletteColours() throws IOException {
        for (Path svg : svgFiles()) {
            Matcher m = COLOUR.matcher(Files.readString(svg));
            while (m.find()) {
                assertTrue(PALETTE.contains(m.group()), svg.getFileName() + " uses " + m.group() + ", which is not in the palette");
            }
        }
    }

    @Test
    void thePngsWereRenderedFromTheCurrentSources() throws Exception {
        Path manifest = IconsModuleDir.resourceDir().resolve("png/sources.sha256");
        Map<String, String> recorded = new TreeMap<>();
        for (String line : Files.readAllLines(manifest)) {
            String[] parts = line.split("\\s+\\*?", 2);
            recorded.put(parts[1], parts[0]);
        }
        Map<String, String> actual = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Path svg : svgFiles()) actual.put(svg.getFileName().toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(svg))));
        assertEquals(actual, recorded, "an SVG changed since the PNGs were rendered: run icons/render.sh");
    }

    @Test
    void theLicenceFileDedicatesTheIconsToThePublicDomain() throws IOException {
        String licence = Files.readString(IconsModuleDir.find().resolve("LICENSE"));
        assertTrue(licence.contains("CC0-1.0"), "names its SPDX identifier");
        assertTrue(licence.contains("CC0 1.0 Universal") && licence.contains("Statement of Purpose"), "carries the legal code");
    }

    @Test
    void theRenderScriptsAreThereAndExecutable() {
        for (String script : new String[] {"render.sh", "contact-sheet.sh"}) {
            Path path = IconsModuleDir.find().resolve(script);
            assertTrue(Files.isExecutable(path), script + " is executable");
        }
    }

    private static Set<String> svgFileNames() throws IOException {
        return svgFiles().stream().map(p -> p.getFileName().toString().replaceFirst("\\.svg$", ""))
            .collect(Collectors.toCollection(TreeSet::new));
    }

    private static java.util.List<Path> svgFiles() throws IOException {
        try (Stream<Path> files = Files.list(IconsModuleDir.svgDir())) {
            return files.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
    }
}
