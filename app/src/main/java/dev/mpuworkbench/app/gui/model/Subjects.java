package dev.mpuworkbench.app.gui.model;

import dev.mpuworkbench.core.model.SubjectPath;
import java.util.List;

/**
 * How subject paths that name the same thing are matched across views. A domain's view of a shared
 * region ({@code domains/D/sharedMemory/ID}) is the block {@code sharedMemory/ID} on the map.
 */
public final class Subjects {
    private Subjects() {
    }

    /** The path of the map block (or other canonical owner) the subject stands for. */
    public static SubjectPath canonical(SubjectPath subject) {
        List<String> s = subject.segments();
        if (s.size() == 4 && s.get(0).equals("domains") && s.get(2).equals("sharedMemory")) {
            return SubjectPath.of("sharedMemory", s.get(3));
        }
        return subject;
    }

    /** Whether one subject contains the other (or they are the same thing). */
    public static boolean related(SubjectPath a, SubjectPath b) {
        if (a == null || b == null) return false;
        SubjectPath ca = canonical(a);
        SubjectPath cb = canonical(b);
        return ca.startsWith(cb) || cb.startsWith(ca);
    }

    /** Whether {@code block} is the selection or lies inside it (a device's windows when a device is selected). */
    public static boolean selects(SubjectPath selection, SubjectPath block) {
        return selection != null && canonical(block).startsWith(canonical(selection));
    }
}
