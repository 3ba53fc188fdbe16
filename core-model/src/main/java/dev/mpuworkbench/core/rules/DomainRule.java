package dev.mpuworkbench.core.rules;

import dev.mpuworkbench.core.edit.Edit;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.El1Msa;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Fix;
import dev.mpuworkbench.core.validation.Rule;
import dev.mpuworkbench.core.validation.Severity;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@code xen,domain} node's memory and EL1 settings (xen_mpu.md §4.3): {@code memory} equals the sum of
 * the static-memory banks, {@code direct-map} needs static memory, {@code v8r_el1_msa = "mpu"} needs both,
 * {@code "mmu"} needs VMSA at EL1 (never on AArch32, optional on Cortex-R82).
 */
public final class DomainRule implements Rule {
    public static final String MEMORY_SIZE_MISMATCH = "MEMORY_SIZE_MISMATCH";
    public static final String DIRECT_MAP_WITHOUT_STATIC_MEM = "DIRECT_MAP_WITHOUT_STATIC_MEM";
    public static final String EL1_MPU_NEEDS_STATIC_MEM = "EL1_MPU_NEEDS_STATIC_MEM";
    public static final String EL1_MPU_NEEDS_DIRECT_MAP = "EL1_MPU_NEEDS_DIRECT_MAP";
    public static final String EL1_MMU_UNSUPPORTED = "EL1_MMU_UNSUPPORTED";
    public static final String EL1_MMU_OPTIONAL = "EL1_MMU_OPTIONAL";
    public static final String DOMAIN_WITHOUT_STATIC_MEM = "DOMAIN_WITHOUT_STATIC_MEM";
    public static final String STAGE2_NOT_IDENTITY = "STAGE2_NOT_IDENTITY";

    /** {@code GUEST_RAM0_BASE} in Xen's public arch-arm.h: where a non-direct-mapped guest's RAM starts. */
    static final long GUEST_RAM0_BASE = 0x4000_0000L;

    @Override
    public List<String> codes() {
        return List.of(MEMORY_SIZE_MISMATCH, DIRECT_MAP_WITHOUT_STATIC_MEM, EL1_MPU_NEEDS_STATIC_MEM,
            EL1_MPU_NEEDS_DIRECT_MAP, EL1_MMU_UNSUPPORTED, EL1_MMU_OPTIONAL, DOMAIN_WITHOUT_STATIC_MEM, STAGE2_NOT_IDENTITY);
    }

    @Override
    public void check(Design design, Consumer<Diagnostic> report) {
        CpuKind cpu = design.board().cpu();
        for (Domain d : design.domains()) {
            SubjectPath subject = SubjectPath.domain(d.name());
            boolean staticMem = !d.staticMem().isEmpty();
            AddressRange first = staticMem ? d.staticMem().get(0) : null;
            long bytes = d.staticMemBytes();
            if (staticMem && d.memoryKib() * 1024 != bytes) {
                report.accept(Diagnostic.error(MEMORY_SIZE_MISMATCH, subject, first,
                        d.name() + " memory = " + d.memoryKib() + " KiB (" + Hex.of(d.memoryKib() * 1024) + " bytes) but its "
                            + "xen,static-mem banks sum to " + bytes / 1024 + " KiB (" + Hex.of(bytes) + "); Xen panics "
                            + "(\"memory\" must match the sum of \"xen,static-mem\"). Set memory to " + bytes / 1024 + " KiB.")
                    .withFix(new Fix("Set memory to " + bytes / 1024 + " KiB", Edit.of("Match " + d.name() + " memory to its banks",
                        x -> x.withDomain(d.name(), dom -> dom.withMemoryKib(dom.staticMemBytes() / 1024))))));
            }
            if (d.directMap() && !staticMem) {
                Diagnostic diag = Diagnostic.error(DIRECT_MAP_WITHOUT_STATIC_MEM, subject, null,
                    d.name() + " asks for direct-map without xen,static-mem; Xen panics (\"direct-map is not valid for domain "
                        + d.name() + " without static allocation\"). Give it static memory (e.g. a bank of "
                        + Hex.of(d.memoryKib() * 1024) + " bytes) or drop direct-map.");
                if (d.el1Msa() == El1Msa.MMU) {
                    diag = diag.withFix(new Fix("Drop direct-map", Edit.of("Drop direct-map of " + d.name(),
                        x -> x.withDomain(d.name(), dom -> DesignEdits.withDirectMap(dom, false)))));
                }
                report.accept(diag);
            }
            if (d.el1Msa() == El1Msa.MPU) checkEl1Mpu(d, staticMem, report);
            else checkEl1Mmu(cpu, d, staticMem, report);
            if (staticMem && !d.directMap() && !(d.el1Msa() == El1Msa.MPU)) {
                report.accept(Diagnostic.warning(STAGE2_NOT_IDENTITY, subject, first,
                        d.name() + " is not direct-mapped, so Xen would place its RAM at guest address "
                            + Hex.of(GUEST_RAM0_BASE) + " (GUEST_RAM0_BASE) while it lives at " + first
                            + "; an MPU stage 2 cannot translate (guest address == host address), so the guest could not "
                            + "run there (not yet enforced by Xen). Set direct-map.")
                    .withFix(new Fix("Set direct-map", Edit.of("Direct-map " + d.name(),
                        x -> x.withDomain(d.name(), dom -> DesignEdits.withDirectMap(dom, true))))));
            }
        }
    }

    private static void checkEl1Mpu(Domain d, boolean staticMem, Consumer<Diagnostic> report) {
        SubjectPath subject = SubjectPath.domain(d.name());
        if (!staticMem) {
            report.accept(Diagnostic.error(EL1_MPU_NEEDS_STATIC_MEM, subject, null,
                d.name() + " runs with the EL1 MPU (v8r_el1_msa = \"mpu\", the default) but has no xen,static-mem; Xen "
                    + "refuses it. Give it a static-memory bank of " + Hex.of(d.memoryKib() * 1024)
                    + " bytes with direct-map, or use \"mmu\" on a core with VMSA at EL1."));
        }
        if (!d.directMap()) {
            AddressRange first = staticMem ? d.staticMem().get(0) : null;
            report.accept(Diagnostic.error(EL1_MPU_NEEDS_DIRECT_MAP, subject, first,
                    d.name() + " runs with the EL1 MPU (v8r_el1_msa = \"mpu\") but is not direct-mapped; Xen refuses it, "
                        + "since the guest's MPU regions hold host addresses" + (first == null
                            ? " (it asks for " + Hex.of(d.memoryKib() * 1024) + " bytes)" : " (its RAM is at " + first + ")")
                        + ". Set direct-map.")
                .withFix(new Fix("Set direct-map", Edit.of("Direct-map " + d.name(),
                    x -> x.withDomain(d.name(), dom -> DesignEdits.withDirectMap(dom, true))))));
        }
    }

    private static void checkEl1Mmu(CpuKind cpu, Domain d, boolean staticMem, Consumer<Diagnostic> report) {
        SubjectPath subject = SubjectPath.domain(d.name());
        if (!cpu.el1VmsaPossible()) {
            Diagnostic diag = Diagnostic.error(EL1_MMU_UNSUPPORTED, subject, staticMem ? d.staticMem().get(0) : null,
                d.name() + " asks for v8r_el1_msa = \"mmu\", which is not supported on AArch32: a " + cpu
                    + " has no VMSA at EL1. Run it with \"mpu\" (static memory, direct-mapped" + (staticMem
                    ? ", its RAM at " + d.staticMem().get(0) : ", " + Hex.of(d.memoryKib() * 1024) + " bytes") + ") instead.");
            if (staticMem) {
                diag = diag.withFix(new Fix("Use the EL1 MPU, direct-mapped", Edit.of("Run " + d.name() + " with the EL1 MPU",
                    x -> x.withDomain(d.name(), dom -> DesignEdits.withDirectMap(DesignEdits.withEl1Msa(dom, El1Msa.MPU), true)))));
            }
            report.accept(diag);
        } else {
            report.accept(new Diagnostic(Severity.INFO, EL1_MMU_OPTIONAL,
                d.name() + " asks for v8r_el1_msa = \"mmu\": VMSA at EL1 is optional on a " + cpu + "; Xen refuses it unless "
                    + "ID_AA64MMFR0_EL1.MSA_frac is 0x2, so check the core (0x1 means PMSA only).", subject, null, null));
        }
        if (!staticMem) {
            report.accept(Diagnostic.warning(DOMAIN_WITHOUT_STATIC_MEM, subject, null,
                d.name() + " has no xen,static-mem: on the MPU static allocation is the design's rule and Xen would take "
                    + Hex.of(d.memoryKib() * 1024) + " bytes from its heap at an address nobody can plan an MPU region for. "
                    + "Give it a static-memory bank."));
        }
    }
}
