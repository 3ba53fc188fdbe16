package dev.mpuworkbench.app.gui.boot.model;

import dev.mpuworkbench.emulator.mpu.RegionDescription;
import dev.mpuworkbench.emulator.session.MpuView;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One row of an MPU register table: the region's registers as software reads them (architectural), what access
 * checks use (effective, until DSB + ISB commit a write), the decoded fields, its part of the runtime configuration
 * and which cells changed with the last move.
 *
 * @param part    {@code A}, {@code B} or empty: the part of the runtime configuration this live region is
 * @param changed the columns whose text differs from the state shown before
 */
public record RegionLine(MpuView.Row row, String part, Set<Column> changed) {
    /** The columns of the table; {@link #text(Column)} is what each shows. */
    public enum Column {
        INDEX("#"), PRBAR("PRBAR"), PRLAR("PRLAR"), ENABLED("EN"), BASE("Base"), LIMIT("Limit"), AP("AP"),
        XN("XN"), ATTRIBUTE("Attribute (MAIR)"), PART("Part"), PENDING("Pending (effective)");

        private final String title;

        Column(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public RegionLine {
        Objects.requireNonNull(row, "row");
        part = part == null ? "" : part;
        changed = changed.isEmpty() ? Set.of() : Set.copyOf(changed);
    }

    public int index() {
        return row.index();
    }

    /** Written and not yet effective: reads return new values the MPU does not use yet. */
    public boolean pending() {
        return row.pending();
    }

    /** Enabled for access checks now (effective). */
    public boolean enabled() {
        return row.enabled();
    }

    /** Enabled in what software wrote (takes effect at the next DSB + ISB when pending). */
    public boolean writtenEnabled() {
        return row.description().enabled();
    }

    /** Whether the region means anything: live now or about to be. */
    public boolean decoded() {
        return enabled() || writtenEnabled();
    }

    public boolean changed(Column c) {
        return changed.contains(c);
    }

    public String text(Column c) {
        RegionDescription d = row.description();
        return switch (c) {
            case INDEX -> Integer.toString(row.index());
            case PRBAR -> BootText.reg(row.prbar());
            case PRLAR -> BootText.reg(row.prlar());
            case ENABLED -> enabled() == writtenEnabled() ? yesNo(enabled())
                : yesNo(enabled()) + " \u2192 " + yesNo(writtenEnabled());
            case BASE -> decoded() ? BootText.addr(d.base()) : "";
            case LIMIT -> decoded() ? BootText.addr(d.limit()) : "";
            case AP -> decoded() ? d.access() : "";
            case XN -> decoded() ? d.executeText() : "";
            case ATTRIBUTE -> decoded() ? d.attrIndx() + ": " + d.attribute().text() : "";
            case PART -> part;
            case PENDING -> pending() ? BootText.reg(row.effectivePrbar()) + " / " + BootText.reg(row.effectivePrlar())
                : "";
        };
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    /** The line for {@code row}, with the columns that differ from {@code before} (null: nothing to compare). */
    public static RegionLine of(MpuView.Row row, String part, RegionLine before) {
        RegionLine line = new RegionLine(row, part, Set.of());
        if (before == null) return line;
        EnumSet<Column> diff = EnumSet.noneOf(Column.class);
        for (Column c : Column.values()) {
            if (!line.text(c).equals(before.text(c))) diff.add(c);
        }
        return diff.isEmpty() ? line : new RegionLine(row, part, diff);
    }
}
