package dev.mpuworkbench.emulator.guest;

import java.util.List;

/**
 * What one vCPU does, slice by slice: each slice runs from the moment Xen enters the guest until the next timer
 * interrupt. Slices past the end run without touching anything Xen sees (the guest computes).
 */
public record GuestScript(List<List<GuestAction>> slices) {
    public GuestScript {
        slices = slices.stream().map(List::copyOf).toList();
    }

    public List<GuestAction> slice(int index) {
        return index < slices.size() ? slices.get(index) : List.of();
    }

    /** Whether every scripted slice has run once {@code slicesRun} slices have. */
    public boolean doneAfter(int slicesRun) {
        return slicesRun >= slices.size();
    }
}
