package dev.mpuworkbench.devicetree.export;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.DeviceKind;
import dev.mpuworkbench.core.model.ModuleKind;
import java.util.List;
import java.util.Optional;

/** Facts several exporters read off a design. */
final class DesignLookups {
    private DesignLookups() {
    }

    /** The board device whose register window holds the early UART window, if any. */
    static Optional<Device> earlyUartDevice(Design design) {
        AddressRange uart = design.xen().earlyUart();
        if (uart == null) return Optional.empty();
        for (Device d : design.board().devices()) {
            for (AddressRange w : d.mmio()) {
                if (w.contains(uart) || w.overlaps(uart)) return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The GIC distributor window: the first window of the GIC distributor device. */
    static Optional<AddressRange> gicDistributor(Design design) {
        return firstOfKind(design, DeviceKind.GIC_DISTRIBUTOR).map(d -> d.mmio().get(0));
    }

    /**
     * The GIC redistributor window: a redistributor device's first window, else the second window of a
     * GICv3 distributor device (the {@code arm,gic-v3} binding lists GICD then GICR in {@code reg}).
     */
    static Optional<AddressRange> gicRedistributor(Design design) {
        Optional<Device> redist = firstOfKind(design, DeviceKind.GIC_REDISTRIBUTOR);
        if (redist.isPresent()) return Optional.of(redist.get().mmio().get(0));
        return firstOfKind(design, DeviceKind.GIC_DISTRIBUTOR).filter(d -> d.mmio().size() > 1)
            .map(d -> d.mmio().get(1));
    }

    private static Optional<Device> firstOfKind(Design design, DeviceKind kind) {
        return design.board().devices().stream().filter(d -> d.kind() == kind && !d.mmio().isEmpty()).findFirst();
    }

    /** The host device tree Xen boots with: the only host module of kind DEVICE_TREE. */
    static BootModule hostDeviceTree(Design design) throws ExportException {
        List<BootModule> dtbs = design.modules().stream().filter(m -> m.kind() == ModuleKind.DEVICE_TREE).toList();
        if (dtbs.isEmpty()) {
            throw new ExportException("the design has no host device tree module (a host module of kind DEVICE_TREE),"
                + " so there is no DTB to pass to Xen; add one");
        }
        if (dtbs.size() > 1) {
            throw new ExportException("the design has " + dtbs.size() + " host device tree modules ("
                + String.join(", ", dtbs.stream().map(BootModule::name).toList()) + "); Xen boots with exactly one");
        }
        return dtbs.get(0);
    }

    /** Text that is safe inside a one-line comment: line breaks become spaces. */
    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
