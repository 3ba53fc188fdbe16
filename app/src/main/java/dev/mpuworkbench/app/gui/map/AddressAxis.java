package dev.mpuworkbench.app.gui.map;

import dev.mpuworkbench.core.model.AddressRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The address axis of the memory map: piecewise linear between the boundaries of everything drawn.
 * An interval that some block covers gets a height that grows with the logarithm of its size, so a
 * 4 KiB module and 2 GiB of RAM are both readable; an interval nothing covers is a gap, collapsed to a
 * fixed height and drawn with a break mark. Address 0 is at the top.
 */
public final class AddressAxis {
    /** A stretch of addresses and where it is drawn. */
    public record Segment(long base, long end, double top, double height, boolean gap) {
        public double bottom() {
            return top + height;
        }

        public long size() {
            return end - base;
        }
    }

    static final double MIN_HEIGHT = 22;
    static final double PER_DOUBLING = 9;
    static final double GAP_HEIGHT = 26;
    private static final double MIN_SIZE_LOG = Math.log(4096) / Math.log(2);

    private final List<Segment> segments;
    private final double[] tops;
    private final double zoom;

    private AddressAxis(List<Segment> segments, double zoom) {
        this.segments = List.copyOf(segments);
        this.tops = segments.stream().mapToDouble(Segment::top).toArray();
        this.zoom = zoom;
    }

    /**
     * @param content    what the map draws as blocks; intervals they cover are shown, the rest collapsed
     * @param boundaries further ranges whose edges become boundaries (containers such as banks and sections)
     * @param limit      one past the highest address the axis reaches
     * @param zoom       multiplies every height
     */
    public static AddressAxis build(Collection<AddressRange> content, Collection<AddressRange> boundaries, long limit,
                                    double zoom) {
        TreeSet<Long> edges = new TreeSet<>(Long::compareUnsigned);
        edges.add(0L);
        edges.add(limit);
        for (AddressRange r : content) addEdges(edges, r, limit);
        for (AddressRange r : boundaries) addEdges(edges, r, limit);
        long[] points = edges.stream().mapToLong(Long::longValue).toArray();
        boolean[] covered = coverage(points, content);
        List<Segment> out = new ArrayList<>(points.length);
        double y = 0;
        for (int i = 0; i + 1 < points.length; i++) {
            long size = points[i + 1] - points[i];
            double h = covered[i] ? heightOf(size) : Math.min(GAP_HEIGHT, heightOf(size));
            out.add(new Segment(points[i], points[i + 1], y, h * zoom, !covered[i]));
            y += h * zoom;
        }
        return new AddressAxis(out, zoom);
    }

    private static void addEdges(TreeSet<Long> edges, AddressRange r, long limit) {
        if (r.isEmpty()) return;
        edges.add(Math.min(r.base(), limit));
        edges.add(Math.min(r.end(), limit));
    }

    /** Whether some content range covers each interval [points[i], points[i+1]), by a sweep over the edges. */
    private static boolean[] coverage(long[] points, Collection<AddressRange> content) {
        int[] delta = new int[points.length + 1];
        for (AddressRange r : content) {
            if (r.isEmpty()) continue;
            delta[indexOf(points, r.base())]++;
            delta[indexOf(points, Math.min(r.end(), points[points.length - 1]))]--;
        }
        boolean[] covered = new boolean[Math.max(0, points.length - 1)];
        int depth = 0;
        for (int i = 0; i < covered.length; i++) {
            depth += delta[i];
            covered[i] = depth > 0;
        }
        return covered;
    }

    private static int indexOf(long[] points, long value) {
        int i = Arrays.binarySearch(points, value);
        return i >= 0 ? i : Math.min(points.length - 1, -i - 1);
    }

    /** Height of an interval of {@code size} bytes at zoom 1. */
    static double heightOf(long size) {
        double log = Math.log(Math.max(size, 1)) / Math.log(2);
        return MIN_HEIGHT + PER_DOUBLING * Math.max(0, log - MIN_SIZE_LOG);
    }

    public List<Segment> segments() {
        return segments;
    }

    public double zoom() {
        return zoom;
    }

    public double height() {
        return segments.isEmpty() ? 0 : segments.get(segments.size() - 1).bottom();
    }

    public long limit() {
        return segments.isEmpty() ? 0 : segments.get(segments.size() - 1).end();
    }

    /** The y coordinate of an address (content coordinates, before scrolling). */
    public double y(long address) {
        Segment s = segmentOfAddress(address);
        if (s == null) return address <= 0 ? 0 : height();
        return s.top() + (double) (address - s.base()) / s.size() * s.height();
    }

    /** The address drawn at {@code y}, clamped to the axis. */
    public long address(double y) {
        if (segments.isEmpty() || y <= 0) return 0;
        if (y >= height()) return limit();
        int i = Arrays.binarySearch(tops, y);
        if (i < 0) i = -i - 2;
        Segment s = segments.get(Math.max(0, i));
        double fraction = (y - s.top()) / s.height();
        return s.base() + Math.min(s.size(), Math.round(fraction * s.size()));
    }

    /** Bytes per pixel where {@code address} is drawn. */
    public double bytesPerPixel(long address) {
        Segment s = segmentOfAddress(address);
        return s == null ? 1 : s.size() / s.height();
    }

    public Segment segmentOfAddress(long address) {
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Segment s = segments.get(mid);
            if (address < s.base()) hi = mid - 1;
            else if (address >= s.end()) lo = mid + 1;
            else return s;
        }
        return null;
    }
}
