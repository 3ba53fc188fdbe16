package dev.mpuworkbench.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Each module's pom may depend (at compile scope) only on the modules below it. */
class ModuleDependenciesTest {
    private static final Map<String, Set<String>> ALLOWED = Map.of(
        "core-model", Set.of(),
        "devicetree-io", Set.of("core-model"),
        "emulator", Set.of("core-model", "devicetree-io"),
        "sample-boards", Set.of(),
        "icons", Set.of(),
        "app", Set.of("core-model", "devicetree-io", "emulator", "sample-boards", "icons"));

    @Test
    void modulesDependOnlyDownwards() throws Exception {
        Path root = RepoRoot.find();
        List<String> modules = modulesOf(root.resolve("pom.xml"));
        assertEquals(new TreeSet<>(ALLOWED.keySet()), new TreeSet<>(modules.stream()
            .filter(ALLOWED::containsKey).toList()), "every module has its place in the layering");
        for (String module : modules) {
            if (!ALLOWED.containsKey(module)) continue;
            for (String dep : compileDependenciesOn(root.resolve(module).resolve("pom.xml"))) {
                assertTrue(ALLOWED.get(module).contains(dep), module + " must not depend on " + dep);
            }
        }
    }

    private static List<String> modulesOf(Path pom) throws Exception {
        NodeList nodes = parse(pom).getElementsByTagName("module");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add(nodes.item(i).getTextContent().trim());
        return out;
    }

    private static List<String> compileDependenciesOn(Path pom) throws Exception {
        NodeList deps = parse(pom).getElementsByTagName("dependency");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            if (!text(d, "groupId").equals("dev.mpuworkbench")) continue;
            String scope = text(d, "scope");
            if (scope.isEmpty() || scope.equals("compile") || scope.equals("runtime")) out.add(text(d, "artifactId"));
        }
        return out;
    }

    private static Element parse(Path file) throws Exception {
        assertTrue(Files.exists(file), file + " exists");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    private static String text(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().trim();
    }
}
