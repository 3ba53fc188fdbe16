package dev.mpuworkbench.core.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The chain that brings any older project document up to {@link ProjectFile#FORMAT_VERSION}. */
final class Migrations {
    private static final List<Migration> CHAIN = List.of(new RangesAsBaseAndSize());

    private Migrations() {
    }

    /** Upgrades in place; returns the version the document had. */
    static int upgrade(ObjectNode document, int version) {
        int v = version;
        while (v < ProjectFile.FORMAT_VERSION) {
            int from = v;
            Migration m = CHAIN.stream().filter(x -> x.fromVersion() == from).findFirst()
                .orElseThrow(() -> new IllegalStateException("no migration from format " + from));
            m.migrate(document);
            v++;
            document.put("formatVersion", v);
        }
        return version;
    }
}
