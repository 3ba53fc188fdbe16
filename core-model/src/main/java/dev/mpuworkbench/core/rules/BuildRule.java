package dev.mpuworkbench.core.rules;

import dev.mpuworkbench.core.edit.Edit;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.DeviceKind;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Fix;
import dev.mpuworkbench.core.validation.Rule;
import java.util.List;
import java.util.function.Consumer;

/**
 * Build options that cannot work with the MPU (xen_mpu.md §1.1, §3.4). {@code CONFIG_MPU} needing
 * {@code CONFIG_UNSUPPORTED} is not checked: the design does not model Kconfig symbols, and the Kconfig
 * exporter always writes both.
 */
public final class BuildRule implements Rule {
    public static final String EFI_BOOT_WITH_MPU = "EFI_BOOT_WITH_MPU";
    public static final String EARLY_UART_DT_MISMATCH = "EARLY_UART_DT_MISMATCH";

    @Override
    public List<String> codes() {
        return List.of(EFI_BOOT_WITH_MPU, EARLY_UART_DT_MISMATCH);
    }

    @Override
    public void check(Design design, Consumer<Diagnostic> report) {
        if (design.xen().efiBoot()) {
            report.accept(Diagnostic.error(EFI_BOOT_WITH_MPU, SubjectPath.XEN, design.xen().imageRange(),
                    "EFI boot is requested, but Xen built with CONFIG_MPU has no EFI support (ARM_EFI depends on !MPU); "
                        + "load Xen at " + Hex.of(design.xen().startAddress())
                        + " and start it with booti from U-Boot or from the boot-wrapper.")
                .withFix(new Fix("Boot without EFI", Edit.of("Boot Xen without EFI",
                    d -> d.withXen(DesignEdits.withEfiBoot(d.xen(), false))))));
        }
        AddressRange early = design.xen().earlyUart();
        if (early == null) return;
        for (Device dev : design.board().devices()) {
            if (dev.kind() != DeviceKind.UART) continue;
            for (AddressRange reg : dev.mmio()) {
                if (!reg.overlaps(early) || reg.equals(early)) continue;
                Diagnostic d = Diagnostic.error(EARLY_UART_DT_MISMATCH, SubjectPath.EARLY_UART, early.intersection(reg),
                    "early UART " + early + " (EARLY_UART_BASE_ADDRESS/EARLY_UART_SIZE) overlaps " + dev.name() + " reg "
                        + reg + " without being equal to it: when the PL011 driver maps the device-tree range, Xen's MPU "
                        + "allocator finds a partial overlap with the early UART region and the mapping fails (-EINVAL). "
                        + "Make the early UART exactly " + reg + ".");
                if (reg.isAligned(AddressRange.MPU_GRANULE)) {
                    d = d.withFix(new Fix("Set the early UART to " + reg, Edit.of("Set early UART to " + reg,
                        x -> x.withXen(x.xen().withEarlyUart(reg)))));
                }
                report.accept(d);
            }
        }
    }
}
