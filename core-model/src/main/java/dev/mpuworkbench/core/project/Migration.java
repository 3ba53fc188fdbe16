package dev.mpuworkbench.core.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Rewrites a project document of {@link #fromVersion()} into the next version, in place. */
interface Migration {
    int fromVersion();

    void migrate(ObjectNode document);
}
