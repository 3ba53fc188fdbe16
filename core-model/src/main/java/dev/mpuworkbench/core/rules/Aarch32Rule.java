package dev.mpuworkbench.core.rules;

import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.model.XenMode;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Rule;
import java.util.List;
import java.util.function.Consumer;

/** A Cortex-R52 (Armv8-R AArch32) board: says which features of the workbench and of Xen do not apply. */
public final class Aarch32Rule implements Rule {
    public static final String AARCH32_LIMITS = "AARCH32_LIMITS";

    @Override
    public List<String> codes() {
        return List.of(AARCH32_LIMITS);
    }

    @Override
    public void check(Design design, Consumer<Diagnostic> report) {
        if (design.board().cpu() != CpuKind.CORTEX_R52) return;
        StringBuilder sb = new StringBuilder("Cortex-R52 (Armv8-R AArch32): physical addresses stop at ")
            .append(Hex.of(CpuKind.CORTEX_R52.addressLimit() - 1))
            .append("; v8r_el1_msa \"mmu\" is not supported (no VMSA at EL1), so every guest uses the EL1 MPU with static, "
                + "direct-mapped memory; regions are HPRBAR/HPRLAR with one XN bit for EL2 and stage 2; arm32 enable_mpu "
                + "does not set WXN; upstream's boot text region is HPRBAR 0x18 (RW, executable).");
        if (design.xen().mode() == XenMode.UPSTREAM && !design.domains().isEmpty()) {
            sb.append(" Upstream's arm32 setup_virt_paging is unimplemented (BUG), so upstream Xen stops before creating "
                + "any of the ").append(design.domains().size()).append(" domain(s).");
        }
        report.accept(Diagnostic.warning(AARCH32_LIMITS, SubjectPath.BOARD, null, sb.toString()));
    }
}
