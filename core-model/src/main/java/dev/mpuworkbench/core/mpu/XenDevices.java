package dev.mpuworkbench.core.mpu;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.DeviceKind;
import dev.mpuworkbench.core.model.Domain;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which board devices Xen maps for itself, and which devices anybody maps at all. */
public final class XenDevices {
    private XenDevices() {
    }

    /**
     * Xen's console UART: the UART whose window meets the early UART when early printk is on, else the
     * first UART not passed through to a domain (the one {@code dtuart=serial0} would name).
     */
    public static Optional<Device> consoleUart(Design design) {
        AddressRange early = design.xen().earlyUart();
        if (early != null) {
            for (Device d : design.board().devices()) {
                if (d.kind() == DeviceKind.UART && d.mmio().stream().anyMatch(w -> w.overlaps(early))) return Optional.of(d);
            }
        }
        Set<String> passedThrough = passedThrough(design);
        return design.board().devices().stream()
            .filter(d -> d.kind() == DeviceKind.UART && !passedThrough.contains(d.name()))
            .findFirst();
    }

    /** The interrupt controller devices (Xen's GIC driver maps every window of each). */
    public static List<Device> gics(Design design) {
        return design.board().devices().stream().filter(d -> d.kind().isGic()).toList();
    }

    /** The devices Xen maps for itself: its console UART and the GIC, in that order. */
    public static List<Device> ownedByXen(Design design) {
        List<Device> out = new ArrayList<>();
        consoleUart(design).ifPresent(out::add);
        for (Device g : gics(design)) {
            if (!out.contains(g)) out.add(g);
        }
        return out;
    }

    /** Every device Xen or a guest maps, by name, in board order. */
    public static Map<String, Device> mapped(Design design) {
        Set<String> names = new HashSet<>(passedThrough(design));
        for (Device d : ownedByXen(design)) names.add(d.name());
        Map<String, Device> out = new LinkedHashMap<>();
        for (Device d : design.board().devices()) {
            if (names.contains(d.name())) out.put(d.name(), d);
        }
        return out;
    }

    private static Set<String> passedThrough(Design design) {
        Set<String> out = new HashSet<>();
        for (Domain d : design.domains()) out.addAll(d.passthrough());
        return out;
    }
}
