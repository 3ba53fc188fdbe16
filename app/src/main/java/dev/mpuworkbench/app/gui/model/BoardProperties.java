package dev.mpuworkbench.app.gui.model;

import static dev.mpuworkbench.app.gui.model.DesignProperty.Type.HEX;
import static dev.mpuworkbench.app.gui.model.DesignProperty.Type.INTEGER;
import static dev.mpuworkbench.app.gui.model.DesignProperty.Type.TEXT;

import dev.mpuworkbench.core.edit.Edit;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.MemoryBank;
import dev.mpuworkbench.core.model.ReservedRange;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The hardware: read-only except the MPU region counts, which are a board parameter worth trying out. */
final class BoardProperties {
    private static final String BOARD = "Board";

    private BoardProperties() {
    }

    static void add(Design design, List<String> s, List<DesignProperty> out) {
        if (s.size() <= 2) {
            board(out);
        } else if (s.get(1).equals("memory") && s.size() == 3) {
            bank(s.get(2), out);
        } else if (s.get(1).equals("reserved") && s.size() == 3) {
            reserved(s.get(2), out);
        } else if (s.get(1).equals("devices") && s.size() >= 3) {
            device(s.get(2), out);
        }
    }

    private static void board(List<DesignProperty> out) {
        out.add(DesignProperty.readOnly(BOARD, "Name", TEXT, d -> d.board().name()));
        out.add(DesignProperty.readOnly(BOARD, "CPU", TEXT, d -> d.board().cpu().toString()));
        out.add(DesignProperty.readOnly(BOARD, "Cores", INTEGER, d -> (long) d.board().cpuCount()));
        out.add(DesignProperty.editable(BOARD, "EL2 MPU regions", "MPUIR_EL2.REGION (0..255)", INTEGER,
            d -> (long) d.board().el2MpuRegions(),
            v -> Edit.of("Set EL2 MPU regions to " + v,
                d -> d.withBoard(d.board().withMpuRegions(toInt(v), d.board().el1MpuRegions())))));
        out.add(DesignProperty.editable(BOARD, "EL1 MPU regions", "MPUIR_EL1.REGION (0..255)", INTEGER,
            d -> (long) d.board().el1MpuRegions(),
            v -> Edit.of("Set EL1 MPU regions to " + v,
                d -> d.withBoard(d.board().withMpuRegions(d.board().el2MpuRegions(), toInt(v))))));
    }

    private static void bank(String name, List<DesignProperty> out) {
        String cat = "Memory bank";
        out.add(DesignProperty.readOnly(cat, "Name", TEXT, d -> name));
        out.add(DesignProperty.readOnly(cat, "Base", HEX, d -> bankRange(d, name).base()));
        out.add(DesignProperty.readOnly(cat, "Size", HEX, d -> bankRange(d, name).size()));
        out.add(DesignProperty.readOnly(cat, "Last address", HEX, d -> bankRange(d, name).last()));
    }

    private static void reserved(String name, List<DesignProperty> out) {
        String cat = "Reserved memory";
        out.add(DesignProperty.readOnly(cat, "Name", TEXT, d -> name));
        out.add(DesignProperty.readOnly(cat, "Base", HEX, d -> reservation(d, name).range().base()));
        out.add(DesignProperty.readOnly(cat, "Size", HEX, d -> reservation(d, name).range().size()));
        out.add(DesignProperty.readOnly(cat, "Source", TEXT, d -> reservation(d, name).source() == ReservedRange.Source.MEMRESERVE
            ? "/memreserve/" : "/reserved-memory node"));
    }

    private static void device(String name, List<DesignProperty> out) {
        String cat = "Device";
        out.add(DesignProperty.readOnly(cat, "Name", TEXT, d -> name));
        out.add(DesignProperty.readOnly(cat, "Compatible", TEXT, d -> dev(d, name).compatible()));
        out.add(DesignProperty.readOnly(cat, "Kind", TEXT, d -> dev(d, name).kind().toString().toLowerCase(Locale.ROOT)));
        out.add(DesignProperty.readOnly(cat, "Memory type", TEXT, d -> dev(d, name).memoryType().toString()));
        out.add(DesignProperty.readOnly(cat, "Windows", TEXT, d -> dev(d, name).mmio().stream()
            .map(AddressRange::toString).collect(Collectors.joining(", "))));
        out.add(DesignProperty.readOnly(cat, "Interrupts", TEXT, d -> dev(d, name).interrupts().toString()));
        out.add(DesignProperty.readOnly(cat, "Assigned to", TEXT, d -> DesignBlocks.deviceOwner(d, name)));
    }

    private static AddressRange bankRange(Design d, String name) {
        return d.board().memory().stream().filter(b -> b.name().equals(name)).map(MemoryBank::range).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no bank " + name));
    }

    private static ReservedRange reservation(Design d, String name) {
        return d.board().reserved().stream().filter(r -> r.name().equals(name)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no reservation " + name));
    }

    private static Device dev(Design d, String name) {
        return d.board().device(name).orElseThrow(() -> new IllegalArgumentException("no device " + name));
    }

    static int toInt(Object v) {
        long n = ((Number) v).longValue();
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) throw new IllegalArgumentException(Hex.of(n) + " is too large");
        return (int) n;
    }
}
