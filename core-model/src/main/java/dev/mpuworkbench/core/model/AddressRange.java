package dev.mpuworkbench.core.model;

/**
 * A half-open physical address range [base, base + size). Addresses are unsigned 64-bit values;
 * every design address fits in 48 bits, so plain {@code long} arithmetic is safe.
 */
public record AddressRange(long base, long size) implements Comparable<AddressRange> {

    public static final long MPU_GRANULE = 64;
    public static final long PAGE = 4 * 1024;
    public static final long SECTION_2M = 2 * 1024 * 1024;

    public AddressRange {
        if (base < 0) throw new IllegalArgumentException("base must not be negative: " + base);
        if (size < 0) throw new IllegalArgumentException("size must not be negative: " + size);
        if (base + size < base) throw new IllegalArgumentException("range wraps around: " + Hex.of(base) + " + " + Hex.of(size));
    }

    public static AddressRange of(long base, long size) {
        return new AddressRange(base, size);
    }

    /** The range [base, endExclusive). */
    public static AddressRange between(long base, long endExclusive) {
        return new AddressRange(base, endExclusive - base);
    }

    public long end() {
        return base + size;
    }

    /** The last byte inside the range (inclusive limit, as MPU limit registers hold it). */
    public long last() {
        return end() - 1;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean contains(long address) {
        return address >= base && address < end();
    }

    public boolean contains(AddressRange other) {
        return other.base >= base && other.end() <= end();
    }

    public boolean overlaps(AddressRange other) {
        return !isEmpty() && !other.isEmpty() && base < other.end() && other.base < end();
    }

    public AddressRange intersection(AddressRange other) {
        long b = Math.max(base, other.base);
        long e = Math.min(end(), other.end());
        return e > b ? between(b, e) : new AddressRange(b, 0);
    }

    public boolean isAligned(long alignment) {
        return isAligned(base, alignment) && isAligned(size, alignment);
    }

    public boolean isBaseAligned(long alignment) {
        return isAligned(base, alignment);
    }

    public AddressRange withBase(long newBase) {
        return new AddressRange(newBase, size);
    }

    public AddressRange withSize(long newSize) {
        return new AddressRange(base, newSize);
    }

    /** The smallest range with aligned ends that covers this one. */
    public AddressRange alignOutward(long alignment) {
        return between(alignDown(base, alignment), alignUp(end(), alignment));
    }

    /** The largest range with aligned ends inside this one (empty when none fits). */
    public AddressRange alignInward(long alignment) {
        long b = alignUp(base, alignment);
        long e = alignDown(end(), alignment);
        return e > b ? between(b, e) : new AddressRange(b, 0);
    }

    public static boolean isAligned(long value, long alignment) {
        requirePowerOfTwo(alignment);
        return (value & (alignment - 1)) == 0;
    }

    public static long alignDown(long value, long alignment) {
        requirePowerOfTwo(alignment);
        return value & -alignment;
    }

    public static long alignUp(long value, long alignment) {
        requirePowerOfTwo(alignment);
        return (value + alignment - 1) & -alignment;
    }

    /** Rounds to the nearest multiple of alignment (ties go up), as snapping during a drag does. */
    public static long alignNearest(long value, long alignment) {
        return alignDown(value + alignment / 2, alignment);
    }

    private static void requirePowerOfTwo(long alignment) {
        if (alignment <= 0 || Long.bitCount(alignment) != 1) {
            throw new IllegalArgumentException("alignment must be a power of two: " + alignment);
        }
    }

    @Override
    public int compareTo(AddressRange o) {
        int c = Long.compareUnsigned(base, o.base);
        return c != 0 ? c : Long.compareUnsigned(size, o.size);
    }

    @Override
    public String toString() {
        return isEmpty() ? "[" + Hex.of(base) + ", empty)" : "[" + Hex.of(base) + "-" + Hex.of(last()) + "]";
    }
}
