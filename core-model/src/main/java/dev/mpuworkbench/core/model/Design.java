package dev.mpuworkbench.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The immutable root of a design: the board, the Xen build, the sections, the static heap, the domains
 * and the host-level boot modules (the host DTB, an XSM policy).
 *
 * @param name       shown in the title bar
 * @param staticHeap {@code /chosen/xen,static-heap} banks (Xen needs exactly one on the MPU)
 * @param locked     subject paths the auto-placer must not move
 */
public record Design(String name, Board board, XenBuild xen, Sections sections, List<AddressRange> staticHeap,
                     List<Domain> domains, List<BootModule> modules, List<SubjectPath> locked) {
    public Design {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(xen, "xen");
        Objects.requireNonNull(sections, "sections");
        staticHeap = List.copyOf(staticHeap);
        domains = List.copyOf(domains);
        modules = List.copyOf(modules);
        locked = List.copyOf(locked);
    }

    public Optional<Domain> domain(String domainName) {
        return domains.stream().filter(d -> d.name().equals(domainName)).findFirst();
    }

    public Design withName(String n) {
        return new Design(n, board, xen, sections, staticHeap, domains, modules, locked);
    }

    public Design withBoard(Board b) {
        return new Design(name, b, xen, sections, staticHeap, domains, modules, locked);
    }

    public Design withXen(XenBuild x) {
        return new Design(name, board, x, sections, staticHeap, domains, modules, locked);
    }

    public Design withSections(Sections s) {
        return new Design(name, board, xen, s, staticHeap, domains, modules, locked);
    }

    public Design withStaticHeap(List<AddressRange> heap) {
        return new Design(name, board, xen, sections, heap, domains, modules, locked);
    }

    public Design withDomains(List<Domain> d) {
        return new Design(name, board, xen, sections, staticHeap, d, modules, locked);
    }

    public Design withModules(List<BootModule> m) {
        return new Design(name, board, xen, sections, staticHeap, domains, m, locked);
    }

    public Design withLocked(List<SubjectPath> l) {
        return new Design(name, board, xen, sections, staticHeap, domains, modules, l);
    }

    /** Replaces the domain called {@code domainName}; fails when there is none. */
    public Design withDomain(String domainName, UnaryOperator<Domain> change) {
        List<Domain> out = new ArrayList<>(domains.size());
        boolean found = false;
        for (Domain d : domains) {
            if (d.name().equals(domainName)) {
                out.add(change.apply(d));
                found = true;
            } else {
                out.add(d);
            }
        }
        if (!found) throw new IllegalArgumentException("no domain named " + domainName);
        return withDomains(out);
    }

    public boolean isLocked(SubjectPath path) {
        return locked.contains(path);
    }
}
