package dev.mpuworkbench.core.rules;

import dev.mpuworkbench.core.edit.Edit;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.DeviceKind;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.MemoryType;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.mpu.XenDevices;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Fix;
import dev.mpuworkbench.core.validation.Rule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Devices as guests and Xen map them: a passed-through device exists and goes to one domain; the GIC stays
 * Xen's and is mapped at least as strictly as Device-nGnRE; {@code mmio-sram} is memory, and Device
 * attributes on it make memset/memcpy and unaligned accesses fault.
 */
public final class DeviceRule implements Rule {
    public static final String PASSTHROUGH_UNKNOWN_DEVICE = "PASSTHROUGH_UNKNOWN_DEVICE";
    public static final String PASSTHROUGH_TWICE = "PASSTHROUGH_TWICE";
    public static final String GIC_PASSTHROUGH = "GIC_PASSTHROUGH";
    public static final String GIC_WEAK_ATTRIBUTES = "GIC_WEAK_ATTRIBUTES";
    public static final String MMIO_SRAM_AS_DEVICE = "MMIO_SRAM_AS_DEVICE";

    @Override
    public List<String> codes() {
        return List.of(PASSTHROUGH_UNKNOWN_DEVICE, PASSTHROUGH_TWICE, GIC_PASSTHROUGH, GIC_WEAK_ATTRIBUTES,
            MMIO_SRAM_AS_DEVICE);
    }

    @Override
    public void check(Design design, Consumer<Diagnostic> report) {
        Map<String, Device> byName = new HashMap<>();
        for (Device d : design.board().devices()) byName.putIfAbsent(d.name(), d);
        Map<String, String> assigned = new HashMap<>();
        for (Domain dom : design.domains()) {
            for (String name : dom.passthrough()) {
                SubjectPath subject = SubjectPath.of("domains", dom.name(), "passthrough", name);
                Fix drop = new Fix("Remove " + name + " from " + dom.name(), Edit.of("Stop passing " + name + " to " + dom.name(),
                    x -> x.withDomain(dom.name(), d -> DesignEdits.withoutPassthrough(d, name))));
                Device dev = byName.get(name);
                if (dev == null) {
                    report.accept(Diagnostic.error(PASSTHROUGH_UNKNOWN_DEVICE, subject, null,
                        dom.name() + " passes through \"" + name + "\", but the board has no such device (devices: "
                            + String.join(", ", byName.values().stream().map(x -> x.name() + " " + windows(x)).sorted().toList())
                            + "); name an existing device.")
                        .withFix(drop));
                    continue;
                }
                String earlier = assigned.putIfAbsent(name, dom.name());
                if (earlier != null) {
                    report.accept(Diagnostic.error(PASSTHROUGH_TWICE, subject, dev.mmio().isEmpty() ? null : dev.mmio().get(0),
                        name + " " + windows(dev) + " is passed through to both " + earlier + " and " + dom.name()
                            + "; a device belongs to one domain. Remove it from one of them.").withFix(drop));
                }
                if (dev.kind().isGic()) {
                    report.accept(Diagnostic.error(GIC_PASSTHROUGH, subject, dev.mmio().isEmpty() ? null : dev.mmio().get(0),
                        "the interrupt controller " + name + " " + windows(dev) + " is passed through to " + dom.name()
                            + "; Xen owns the GIC and gives guests a virtual one. Remove it from the passthrough list.")
                        .withFix(drop));
                }
            }
        }
        Set<String> mapped = XenDevices.mapped(design).keySet();
        for (Device dev : design.board().devices()) {
            if (dev.kind().isGic() && dev.memoryType().strictness() < MemoryType.DEVICE_nGnRE.strictness()) {
                report.accept(Diagnostic.error(GIC_WEAK_ATTRIBUTES, SubjectPath.device(dev.name()),
                        dev.mmio().isEmpty() ? null : dev.mmio().get(0),
                        "the interrupt controller " + dev.name() + " " + windows(dev) + " is mapped as " + dev.memoryType()
                            + "; GIC registers need Device-nGnRE or stricter (no gathering, no reordering). Use DEVICE_nGnRE.")
                    .withFix(typeFix(dev, MemoryType.DEVICE_nGnRE)));
            }
            if (dev.kind() == DeviceKind.MMIO_SRAM && dev.memoryType().isDevice() && mapped.contains(dev.name())) {
                report.accept(Diagnostic.warning(MMIO_SRAM_AS_DEVICE, SubjectPath.device(dev.name()),
                        dev.mmio().isEmpty() ? null : dev.mmio().get(0),
                        "mmio-sram " + dev.name() + " " + windows(dev) + " is mapped as " + dev.memoryType()
                            + ": memset, memcpy and unaligned accesses on Device memory raise alignment faults. Map it as "
                            + "Normal memory (NORMAL_NC).")
                    .withFix(typeFix(dev, MemoryType.NORMAL_NC)));
            }
        }
    }

    private static Fix typeFix(Device dev, MemoryType type) {
        return new Fix("Map " + dev.name() + " as " + type, Edit.of("Map " + dev.name() + " as " + type,
            x -> DesignEdits.withDeviceType(x, dev.name(), type)));
    }

    private static String windows(Device dev) {
        return dev.mmio().isEmpty() ? "(no registers)" : dev.mmio().toString();
    }
}
