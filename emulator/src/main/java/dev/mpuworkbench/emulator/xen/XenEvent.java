package dev.mpuworkbench.emulator.xen;

import dev.mpuworkbench.emulator.guest.Expectation;
import dev.mpuworkbench.emulator.mpu.AccessType;
import java.util.Objects;

/**
 * What Xen (the model above the machine) did: the events besides the machine's register writes, barriers, faults
 * and hazards. {@link #kind()} is the trace name.
 */
public sealed interface XenEvent {
    String kind();

    /** One line for a log view. */
    String summary();

    /** A phase begins. */
    record PhaseStarted(Phase phase) implements XenEvent {
        public String kind() {
            return "phase";
        }

        public String summary() {
            return phase.id() + " " + phase.function() + ": " + phase.description();
        }
    }

    /** A choice Xen made that changed its state, e.g. which region a mapping took or a refcount bump. */
    record Decision(String text) implements XenEvent {
        public Decision {
            Objects.requireNonNull(text, "text");
        }

        public String kind() {
            return "decision";
        }

        public String summary() {
            return text;
        }
    }

    /** The scheduler switches the CPU from one vCPU (or {@code idle}) to another. */
    record ContextSwitch(String from, String to) implements XenEvent {
        public String kind() {
            return "context-switch";
        }

        public String summary() {
            return "context switch " + from + " -> " + to;
        }
    }

    /** Xen's vGIC emulated a guest access that took a stage-2 fault. */
    record MmioEmulated(String domain, int vcpu, AccessType access, long address, String register)
        implements XenEvent {
        public String kind() {
            return "mmio-emulated";
        }

        public String summary() {
            return String.format("%s.vcpu%d %s 0x%X (%s) emulated by the vGIC", domain, vcpu, access.label(), address,
                register);
        }
    }

    /** Xen crashed a domain after an abort it cannot handle; the other domains keep running. */
    record DomainCrashed(String domain, int vcpu, AccessType access, long address, String reason) implements XenEvent {
        public String kind() {
            return "domain-crashed";
        }

        public String summary() {
            return String.format("%s crashed: vcpu%d %s 0x%X: %s", domain, vcpu, access.label(), address, reason);
        }
    }

    /** A guest's probe access and what came of it. */
    record Probe(String domain, int vcpu, String what, AccessType access, long address, Expectation expected,
                 Expectation actual) implements XenEvent {
        public String kind() {
            return "probe";
        }

        public boolean asExpected() {
            return expected == actual;
        }

        public String summary() {
            return String.format("%s.vcpu%d probe %s: %s 0x%X -> %s%s", domain, vcpu, what, access.label(), address,
                actual.text(), asExpected() ? "" : " (expected " + expected.text() + ")");
        }
    }

    /** The boot ended. */
    record Stop(StopOutcome outcome, String reason) implements XenEvent {
        public String kind() {
            return "stop";
        }

        public String summary() {
            return "stop (" + outcome.traceName() + "): " + reason;
        }
    }
}
