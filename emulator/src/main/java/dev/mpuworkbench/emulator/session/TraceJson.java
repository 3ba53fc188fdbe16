package dev.mpuworkbench.emulator.session;

import dev.mpuworkbench.emulator.machine.BarrierEvent;
import dev.mpuworkbench.emulator.machine.FaultEvent;
import dev.mpuworkbench.emulator.machine.HazardEvent;
import dev.mpuworkbench.emulator.machine.LevelChangeEvent;
import dev.mpuworkbench.emulator.machine.SysRegWriteEvent;
import dev.mpuworkbench.emulator.xen.XenEvent;
import java.util.Locale;

/**
 * One JSON object per event, as {@code mpuwb boot --trace} writes them (ARCHITECTURE.md):
 * {@code {"step":n,"phase":"P7","event":"sysreg-write","reg":"PRBAR_EL2","value":"0x…"}}. Every object has
 * {@code step}, {@code phase} and {@code event}; the other fields depend on the kind. Numbers that are addresses or
 * register values are hex strings.
 */
public final class TraceJson {
    private TraceJson() {
    }

    public static String line(BootEvent e) {
        Obj o = new Obj();
        o.num("step", e.step()).str("phase", e.phase().id()).str("event", e.kind());
        if (e.machine() instanceof SysRegWriteEvent w) {
            o.str("reg", w.register()).hex("value", w.value());
            if (w.region() >= 0) o.num("region", w.region());
            if (w.ignored()) o.bool("ignored", true);
        } else if (e.machine() instanceof BarrierEvent b) {
            o.str("barrier", b.barrier().label()).num("committed", b.committed());
        } else if (e.machine() instanceof FaultEvent f) {
            o.str("el", f.level().name()).str("access", f.access().label()).hex("address", f.address())
                .str("fault", f.fault().name().toLowerCase(Locale.ROOT)).num("stage", f.stage())
                .str("target", f.target().name()).hex("esr", f.esr()).hex("far", f.far()).hex("hpfar", f.hpfar());
        } else if (e.machine() instanceof HazardEvent h) {
            o.str("code", h.code().name()).str("severity", h.severity().name().toLowerCase(Locale.ROOT))
                .str("message", h.message());
            if (h.mpu() != null) o.str("mpu", h.mpu().name());
            if (h.region() >= 0) o.num("region", h.region());
        } else if (e.machine() instanceof LevelChangeEvent l) {
            o.str("from", l.from().name()).str("to", l.to().name()).num("committed", l.committed());
        } else if (e.xen() != null) {
            xen(o, e.xen());
        }
        return o.close();
    }

    private static void xen(Obj o, XenEvent x) {
        if (x instanceof XenEvent.PhaseStarted p) {
            o.str("name", p.phase().function()).str("description", p.phase().description());
        } else if (x instanceof XenEvent.Decision d) {
            o.str("text", d.text());
        } else if (x instanceof XenEvent.ContextSwitch s) {
            o.str("from", s.from()).str("to", s.to());
        } else if (x instanceof XenEvent.MmioEmulated m) {
            o.str("domain", m.domain()).num("vcpu", m.vcpu()).str("access", m.access().label())
                .hex("address", m.address()).str("register", m.register());
        } else if (x instanceof XenEvent.DomainCrashed c) {
            o.str("domain", c.domain()).num("vcpu", c.vcpu()).str("access", c.access().label())
                .hex("address", c.address()).str("reason", c.reason());
        } else if (x instanceof XenEvent.Probe p) {
            o.str("domain", p.domain()).num("vcpu", p.vcpu()).str("what", p.what()).str("access", p.access().label())
                .hex("address", p.address()).str("expected", p.expected().name().toLowerCase(Locale.ROOT))
                .str("actual", p.actual().name().toLowerCase(Locale.ROOT));
        } else if (x instanceof XenEvent.Stop s) {
            o.str("outcome", s.outcome().traceName()).str("reason", s.reason());
        }
    }

    /** A flat JSON object written field by field. */
    private static final class Obj {
        private final StringBuilder sb = new StringBuilder(96).append('{');

        private Obj key(String k) {
            if (sb.length() > 1) sb.append(',');
            quote(k);
            sb.append(':');
            return this;
        }

        Obj str(String k, String v) {
            key(k).quote(v);
            return this;
        }

        Obj num(String k, long v) {
            key(k).sb.append(v);
            return this;
        }

        Obj bool(String k, boolean v) {
            key(k).sb.append(v);
            return this;
        }

        Obj hex(String k, long v) {
            return str(k, "0x" + Long.toHexString(v).toUpperCase(Locale.ROOT));
        }

        private Obj quote(String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                        else sb.append(c);
                    }
                }
            }
            sb.append('"');
            return this;
        }

        String close() {
            return sb.append('}').toString();
        }
    }
}
