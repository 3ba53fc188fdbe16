package dev.mpuworkbench.devicetree.conformance;

import java.util.ArrayList;
import java.util.List;

/** Rows of a conformance run (case, expected, ours, verdict), printed as an aligned table with a summary. */
final class ConformanceTable {
    enum Verdict { PASS, FAIL, KNOWN }

    record Row(String item, String expected, String ours, Verdict verdict, String note) {
    }

    private final String title;
    private final List<Row> rows = new ArrayList<>();

    ConformanceTable(String title) {
        this.title = title;
    }

    void add(String item, String expected, String ours, Verdict verdict, String note) {
        rows.add(new Row(item, expected, ours, verdict, note));
    }

    void pass(String item, String expected, String ours) {
        add(item, expected, ours, Verdict.PASS, "");
    }

    void check(String item, String expected, String ours, boolean ok, String failureNote) {
        add(item, expected, ours, ok ? Verdict.PASS : Verdict.FAIL, ok ? "" : failureNote);
    }

    List<Row> failures() {
        return rows.stream().filter(r -> r.verdict() == Verdict.FAIL).toList();
    }

    long count(Verdict v) {
        return rows.stream().filter(r -> r.verdict() == v).count();
    }

    String render() {
        int w0 = 4;
        int w1 = 8;
        int w2 = 4;
        for (Row r : rows) {
            w0 = Math.max(w0, r.item().length());
            w1 = Math.max(w1, r.expected().length());
            w2 = Math.max(w2, r.ours().length());
        }
        StringBuilder sb = new StringBuilder("\n=== ").append(title).append(" ===\n");
        String fmt = "%-" + w0 + "s  %-" + w1 + "s  %-" + w2 + "s  %s%n";
        sb.append(String.format(fmt, "case", "expected", "ours", "verdict"));
        for (Row r : rows) {
            sb.append(String.format(fmt, r.item(), r.expected(), r.ours(),
                r.verdict() + (r.note().isEmpty() ? "" : " (" + r.note() + ")")));
        }
        sb.append(String.format("SUMMARY %s: %d cases, %d pass, %d known differences, %d fail%n", title, rows.size(),
            count(Verdict.PASS), count(Verdict.KNOWN), count(Verdict.FAIL)));
        return sb.toString();
    }
}
