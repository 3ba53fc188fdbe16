package dev.mpuworkbench.emulator.mpu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The writes not yet effective, oldest first, in parallel arrays so that queueing, a DSB and a commit allocate
 * nothing; {@link PendingWrite} records are made only when someone asks for them.
 */
final class PendingQueue {
    private SysReg[] registers;
    private int[] regions;
    private long[] values;
    private boolean[] dsbDone;
    private int size;

    PendingQueue() {
        this(8);
    }

    private PendingQueue(int capacity) {
        registers = new SysReg[capacity];
        regions = new int[capacity];
        values = new long[capacity];
        dsbDone = new boolean[capacity];
    }

    int size() {
        return size;
    }

    SysReg register(int i) {
        return registers[i];
    }

    int region(int i) {
        return regions[i];
    }

    long value(int i) {
        return values[i];
    }

    /** Region registers and PRENR need DSB + ISB; other system registers only an ISB. */
    boolean committableAtIsb(int i) {
        return dsbDone[i] || !registers[i].kind().regionState();
    }

    void add(SysReg register, int region, long value) {
        if (size == registers.length) grow();
        registers[size] = register;
        regions[size] = region;
        values[size] = value;
        dsbDone[size] = false;
        size++;
    }

    void dsb() {
        Arrays.fill(dsbDone, 0, size, true);
    }

    /** Drops every entry an ISB commits. */
    void removeCommittable() {
        removeIf(null);
    }

    /** Drops the writes of one control register. */
    void removeControl(ControlRegister control) {
        removeIf(control);
    }

    /** Drops the writes of {@code control}, or with null those an ISB commits; keeps the order of the rest. */
    private void removeIf(ControlRegister control) {
        int out = 0;
        for (int i = 0; i < size; i++) {
            if (control == null ? committableAtIsb(i) : registers[i].control() == control) continue;
            registers[out] = registers[i];
            regions[out] = regions[i];
            values[out] = values[i];
            dsbDone[out] = dsbDone[i];
            out++;
        }
        Arrays.fill(registers, out, size, null);
        size = out;
    }

    List<PendingWrite> toList() {
        List<PendingWrite> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) out.add(new PendingWrite(registers[i], regions[i], values[i], dsbDone[i]));
        return out;
    }

    PendingQueue copy() {
        PendingQueue q = new PendingQueue(Math.max(1, size));
        q.copyFrom(this);
        return q;
    }

    void copyFrom(PendingQueue other) {
        while (registers.length < other.size) grow();
        System.arraycopy(other.registers, 0, registers, 0, other.size);
        System.arraycopy(other.regions, 0, regions, 0, other.size);
        System.arraycopy(other.values, 0, values, 0, other.size);
        System.arraycopy(other.dsbDone, 0, dsbDone, 0, other.size);
        Arrays.fill(registers, other.size, Math.max(other.size, size), null);
        size = other.size;
    }

    private void grow() {
        int capacity = registers.length * 2;
        registers = Arrays.copyOf(registers, capacity);
        regions = Arrays.copyOf(regions, capacity);
        values = Arrays.copyOf(values, capacity);
        dsbDone = Arrays.copyOf(dsbDone, capacity);
    }
}
