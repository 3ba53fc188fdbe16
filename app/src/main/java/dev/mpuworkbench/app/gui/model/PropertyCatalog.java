package dev.mpuworkbench.app.gui.model;

import static dev.mpuworkbench.app.gui.model.DesignProperty.Type.BOOLEAN;
import static dev.mpuworkbench.app.gui.model.DesignProperty.Type.HEX;
import static dev.mpuworkbench.app.gui.model.DesignProperty.Type.INTEGER;
import static dev.mpuworkbench.app.gui.model.DesignProperty.Type.TEXT;

import dev.mpuworkbench.core.edit.Edit;
import dev.mpuworkbench.core.edit.MoveBlock;
import dev.mpuworkbench.core.edit.ResizeBlock;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.DesignBlocks;
import dev.mpuworkbench.core.model.DesignPlacement;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.MemoryBlock;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.ArrayList;
import java.util.List;

/** The property rows for whatever is selected: placement first, then what the thing itself has. */
public final class PropertyCatalog {
    static final String PLACEMENT = "Placement";

    private PropertyCatalog() {
    }

    public static List<DesignProperty> forSubject(Design design, SubjectPath subject) {
        List<DesignProperty> out = new ArrayList<>();
        if (subject == null) return out;
        SubjectPath block = Subjects.canonical(subject);
        DesignBlocks.of(design).stream().filter(b -> b.subject().equals(block)).findFirst()
            .ifPresent(b -> placement(b, out));
        List<String> s = subject.segments();
        switch (s.get(0)) {
            case "design" -> out.add(DesignProperty.editable("Design", "Name", "Shown in the title bar", TEXT,
                Design::name, v -> Edit.of("Rename design to " + v, d -> d.withName((String) v))));
            case "xen" -> XenProperties.add(out);
            case "board" -> BoardProperties.add(design, s, out);
            case "domains" -> DomainProperties.add(s, out);
            case "modules" -> {
                if (s.size() == 2) DomainProperties.addModule(null, s.get(1), out);
            }
            default -> {
            }
        }
        return out;
    }

    private static void placement(MemoryBlock b, List<DesignProperty> out) {
        SubjectPath subject = b.subject();
        boolean movable = DesignPlacement.isMovable(subject);
        boolean resizable = DesignPlacement.isResizable(subject);
        out.add(new DesignProperty(PLACEMENT, "Base", "First address (hex or decimal)", HEX, null,
            d -> range(d, subject).base(), movable ? v -> new MoveBlock(subject, (Long) v) : null));
        out.add(new DesignProperty(PLACEMENT, "Size", "Bytes (hex or decimal)", HEX, null,
            d -> range(d, subject).size(), resizable ? v -> resize(subject, (Long) v) : null));
        out.add(DesignProperty.readOnly(PLACEMENT, "Last address", HEX, d -> range(d, subject).last()));
        out.add(DesignProperty.readOnly(PLACEMENT, "Kind", TEXT, d -> b.blockClass().name().toLowerCase(java.util.Locale.ROOT)
            .replace('_', ' ')));
        out.add(DesignProperty.readOnly(PLACEMENT, "Owner", TEXT, d -> b.owner()));
        if (movable) {
            out.add(DesignProperty.editable(PLACEMENT, "Locked", "The auto-placer leaves locked blocks where they are",
                BOOLEAN, d -> d.isLocked(subject), v -> lock(subject, (Boolean) v)));
        }
    }

    static AddressRange range(Design design, SubjectPath subject) {
        return DesignPlacement.rangeOf(design, subject)
            .orElseThrow(() -> new IllegalArgumentException("nothing at " + subject));
    }

    private static Edit resize(SubjectPath subject, long size) {
        return Edit.of("Resize " + subject + " to " + Hex.size(size),
            d -> new ResizeBlock(subject, range(d, subject).withSize(size)).apply(d));
    }

    private static Edit lock(SubjectPath subject, boolean locked) {
        return Edit.of((locked ? "Lock " : "Unlock ") + subject, d -> {
            List<SubjectPath> l = new ArrayList<>(d.locked());
            l.remove(subject);
            if (locked) l.add(subject);
            return d.withLocked(l);
        });
    }
}
