package dev.mpuworkbench.core.rules;

import dev.mpuworkbench.core.TestDesigns;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.El1Msa;

/** The test design every rule is silent on: the two-guest design with both guests direct-mapped on the EL1 MPU. */
final class RuleDesigns {
    private RuleDesigns() {
    }

    static Design clean() {
        Design d = TestDesigns.valid();
        return d.withDomain("domU2", dom -> DesignEdits.withDirectMap(DesignEdits.withEl1Msa(dom, El1Msa.MPU), true));
    }
}
