package dev.mpuworkbench.core.rules;

import dev.mpuworkbench.core.edit.ResizeBlock;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BlockClass;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.MemoryBlock;
import dev.mpuworkbench.core.model.Sections;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.model.XenMode;
import dev.mpuworkbench.core.mpu.XenDevices;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Fix;
import dev.mpuworkbench.core.validation.Rule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The {@code mpu,*-section} properties of the partitioned design (xen_mpu.md §4.6): every boot module inside
 * {@code mpu,boot-module-section}, every static-memory bank inside {@code mpu,guest-memory-section}, every
 * device Xen or a guest maps inside {@code mpu,device-memory-section}, and nothing else inside a section
 * (Xen maps the boot-module section as one PART_A region, so a foreign block there collides with it).
 * Upstream Xen does not parse these properties, so in UPSTREAM mode the rule stays silent.
 */
public final class SectionRule implements Rule {
    public static final String SECTION_MISSING = "SECTION_MISSING";
    public static final String MODULE_OUTSIDE_SECTION = "MODULE_OUTSIDE_SECTION";
    public static final String STATIC_MEM_OUTSIDE_SECTION = "STATIC_MEM_OUTSIDE_SECTION";
    public static final String DEVICE_OUTSIDE_SECTION = "DEVICE_OUTSIDE_SECTION";
    public static final String SECTION_HOLDS_FOREIGN_BLOCK = "SECTION_HOLDS_FOREIGN_BLOCK";

    private record Kind(String key, String property, Set<BlockClass> members, String code, String memberWords) {
    }

    private static final List<Kind> KINDS = List.of(
        new Kind("bootModules", "mpu,boot-module-section", Set.of(BlockClass.BOOT_MODULE), MODULE_OUTSIDE_SECTION, "boot module"),
        new Kind("guestMemory", "mpu,guest-memory-section", Set.of(BlockClass.GUEST_RAM, BlockClass.SHARED_MEMORY),
            STATIC_MEM_OUTSIDE_SECTION, "xen,static-mem bank"),
        new Kind("deviceMemory", "mpu,device-memory-section", Set.of(BlockClass.DEVICE), DEVICE_OUTSIDE_SECTION,
            "device window"));

    @Override
    public List<String> codes() {
        return List.of(SECTION_MISSING, MODULE_OUTSIDE_SECTION, STATIC_MEM_OUTSIDE_SECTION, DEVICE_OUTSIDE_SECTION,
            SECTION_HOLDS_FOREIGN_BLOCK);
    }

    @Override
    public void check(Design design, Consumer<Diagnostic> report) {
        if (design.xen().mode() != XenMode.PARTITIONED) return;
        List<MemoryBlock> blocks = DesignBlocks.of(design);
        Map<String, Device> mapped = XenDevices.mapped(design);
        for (Kind kind : KINDS) {
            AddressRange section = rangeOf(design.sections(), kind.key);
            SubjectPath sectionPath = SubjectPath.section(kind.key);
            boolean anyMember = false;
            for (MemoryBlock b : blocks) {
                if (b.range().isEmpty() || b.blockClass() == BlockClass.SECTION) continue;
                boolean member = isMember(kind, b, mapped);
                anyMember |= member;
                if (section == null) continue;
                if (member && !section.contains(b.range())) {
                    AddressRange grown = hull(section, b.range()).alignOutward(AddressRange.MPU_GRANULE);
                    report.accept(Diagnostic.error(kind.code, b.subject(), b.range(),
                            kind.memberWords + " " + b.label() + " " + b.range() + " lies outside " + kind.property + " "
                                + section + "; partitioned Xen maps only the section. Move it inside, or grow the section to "
                                + grown + ".")
                        .withFix(new Fix("Grow the section to " + grown, new ResizeBlock(sectionPath, grown))));
                } else if (!kind.members.contains(b.blockClass()) && b.range().overlaps(section)) {
                    report.accept(Diagnostic.error(SECTION_HOLDS_FOREIGN_BLOCK, b.subject(), b.range().intersection(section),
                        b.label() + " " + b.range() + " lies inside " + kind.property + " " + section + ", which may hold only "
                            + kind.memberWords + "s; the section's mapping would cover it with the wrong owner and "
                            + "attributes. Move it out of " + section + "."));
                }
            }
            if (section == null && anyMember) {
                report.accept(Diagnostic.warning(SECTION_MISSING, sectionPath, null,
                    "the design has no " + kind.property + " although it has " + kind.memberWords + "s; partitioned Xen "
                        + "(Xilinx/Arm design, as the exporter writes it) needs all three sections under /chosen. Add one "
                        + "covering them (auto-placement does), e.g. from " + firstMember(kind, blocks, mapped) + "."));
            }
        }
    }

    private static boolean isMember(Kind kind, MemoryBlock b, Map<String, Device> mapped) {
        if (!kind.members.contains(b.blockClass())) return false;
        if (b.blockClass() == BlockClass.SHARED_MEMORY) return false;
        return b.blockClass() != BlockClass.DEVICE || mapped.containsKey(b.subject().segments().get(2));
    }

    private static String firstMember(Kind kind, List<MemoryBlock> blocks, Map<String, Device> mapped) {
        return blocks.stream().filter(b -> isMember(kind, b, mapped)).map(b -> Hex.of(b.range().base()))
            .findFirst().orElse("?");
    }

    private static AddressRange hull(AddressRange a, AddressRange b) {
        return AddressRange.between(Math.min(a.base(), b.base()), Math.max(a.end(), b.end()));
    }

    private static AddressRange rangeOf(Sections s, String key) {
        return switch (key) {
            case "bootModules" -> s.bootModules();
            case "guestMemory" -> s.guestMemory();
            default -> s.deviceMemory();
        };
    }
}
