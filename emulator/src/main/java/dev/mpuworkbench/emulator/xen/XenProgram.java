package dev.mpuworkbench.emulator.xen;

import dev.mpuworkbench.emulator.machine.Machine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The boot as a queue of phase ops: each announces its phase, then queues what Xen does in it. */
public final class XenProgram {
    private XenProgram() {
    }

    /** A boot ready to run on a machine fresh from reset. */
    public static XenCpu create(Machine machine, XenInputs inputs, XenCpu.Sink sink) {
        XenCpu cpu = new XenCpu(machine, new XenState(inputs), sink);
        for (Phase p : Phase.values()) {
            if (p.inMode(inputs.mode())) cpu.append(phase(p));
        }
        return cpu;
    }

    private static Op phase(Phase p) {
        Consumer<XenCpu> body = body(p);
        return c -> {
            c.state().phase = p;
            c.emit(new XenEvent.PhaseStarted(p));
            body.accept(c);
        };
    }

    private static Consumer<XenCpu> body(Phase p) {
        return switch (p) {
            case P0 -> EarlyPhases::firmware;
            case P2 -> c -> c.push(EarlyPhases.cpuInit());
            case P3 -> EarlyPhases::enableBootCpuMm;
            case P4 -> c -> c.push(EarlyPhases.enableMpu());
            case P5 -> EarlyPhases::launch;
            case P6 -> c -> c.push(EarlyPhases.initTraps());
            case P7 -> StartXen::earlyFdtMap;
            case P8 -> StartXen::bootFdtInfo;
            case P10 -> StartXen::setupMm;
            case P12 -> StartXen::relocateFdt;
            case P14 -> StartXen::uartInit;
            case P16 -> StartXen::gicInit;
            case P19 -> StartXen::setupVirtPaging;
            case P21 -> StartXen::dom0less;
            case P22 -> DomainBuild::createDomUs;
            case P24 -> LatePhases::discardInitialModules;
            case P26 -> LatePhases::unpause;
            case P27 -> LatePhases::switchStack;
            case P29 -> LatePhases::modifyAfterInitMappings;
            case P30 -> LatePhases::freeInitMemory;
            case R1 -> LatePhases::runtimeConfig;
            case R2 -> LatePhases::deferredUnpause;
            case P31 -> LatePhases::idleLoop;
            default -> c -> { };
        };
    }

    /** The phases a mode goes through, in order. */
    public static List<Phase> phases(XenBootMode mode) {
        List<Phase> out = new ArrayList<>();
        for (Phase p : Phase.values()) if (p.inMode(mode)) out.add(p);
        return out;
    }
}
