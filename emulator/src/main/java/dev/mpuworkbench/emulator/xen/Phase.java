package dev.mpuworkbench.emulator.xen;

import java.util.Optional;

/**
 * The boot of Xen on an Armv8-R MPU as an ordered phase list (xen_mpu.md §5), plus the two phases of the partitioned
 * design that upstream does not have: the switch to the runtime MPU configuration and the deferred unpause.
 */
public enum Phase {
    P0("firmware", "the firmware loads what the boot script names and enters Xen at XEN_START_ADDRESS in S-EL2, "
        + "MPU and D-cache off, x0 = DTB"),
    P1("real_start", "mask interrupts, init_uart, check_cpu_mode"),
    P2("cpu_init", "MAIR_EL2, TCR_EL2, SCTLR_EL2 = SET (M = C = WXN = 0)"),
    P3("enable_boot_cpu_mm", "read MPUIR_EL2, program the boot regions, disable the rest"),
    P4("enable_mpu", "SCTLR_EL2: BR off, M, C, WXN on"),
    P5("launch", "zero_bss, start_xen on the boot stack"),
    P6("init_traps", "percpu_init_areas, init_traps (HCR_EL2), smp_prepare_boot_cpu"),
    P7("early_fdt_map", "map the DTB read-only (transient region)"),
    P8("boot_fdt_info", "parse /memory, /reserved-memory, /chosen, modules, xen,domain nodes"),
    P9("cmdline_parse", "command line, setup_pagetables (no-op on the MPU)"),
    P10("setup_mm", "map the static heap, carve the frame table"),
    P11("end_boot_allocator", "heap live, SYS_STATE_boot"),
    P12("relocate_fdt", "copy the DTB into the heap, unflatten it"),
    P13("init_IRQ", "init_IRQ, platform_init, gic_preinit"),
    P14("uart_init", "the console UART driver ioremaps its registers"),
    P15("console_init_preirq", "console, CPU errata and features, init_xen_time"),
    P16("gic_init", "the GICv3 driver ioremaps the distributor and redistributors"),
    P17("timer_init", "tasklets, IRQs, timers, idle domain, system domains"),
    P18("iommu_setup", "no IOMMU on the MPU"),
    P19("setup_virt_paging", "check PMSA at EL1, program VTCR_EL2 and VSTCR_EL2"),
    P20("do_initcalls", "initcalls, errata, CPU features"),
    P21("dom0less", "no dom0 kernel: dom0less mode"),
    P22("create_domUs", "build every xen,domain: VMID, kernel probe, static memory, stage-2 regions, kernel copy"),
    P23("alloc_static_evtchn", "static event channels"),
    P24("discard_initial_modules", "remove_early_mappings: the DTB region is freed"),
    P25("heap_init_late", "constructors, console_endboot, SYS_STATE_active"),
    P26("unpause", "domain_unpause_by_systemcontroller for every domain"),
    P27("switch_stack", "switch_stack_and_jump(idle vCPU stack, init_done)"),
    P28("init_done", "unregister_init_virtual_region"),
    P29("modify_after_init_mappings", "rodata grows over ro_after_init, data starts after it"),
    P30("free_init_memory", "init text becomes RW, is zeroed and unmapped; init data + bss shrinks to bss"),
    R1("runtime_mpu_config", "partitioned: MPU off, PART_A at the low indices and the hypervisor PART_B after them, "
        + "MPU on"),
    R2("deferred_unpause", "partitioned: guests are unpaused only now that the runtime configuration is in place"),
    P31("idle_loop", "startup_cpu_idle_loop: the scheduler runs the vCPUs");

    private final String function;
    private final String description;

    Phase(String function, String description) {
        this.function = function;
        this.description = description;
    }

    /** The Xen function (or step) the phase stands for. */
    public String function() {
        return function;
    }

    public String description() {
        return description;
    }

    /** The phase's id as the trace and {@code --until} write it: {@code P7}, {@code R1}. */
    public String id() {
        return name();
    }

    /** By id ({@code p7}, {@code R1}) or by function name ({@code early_fdt_map}). */
    public static Optional<Phase> parse(String text) {
        String t = text.trim();
        for (Phase p : values()) {
            if (p.name().equalsIgnoreCase(t) || p.function.equalsIgnoreCase(t)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** Whether the phase exists in the mode. */
    public boolean inMode(XenBootMode mode) {
        return mode == XenBootMode.PARTITIONED || (this != R1 && this != R2);
    }

    @Override
    public String toString() {
        return name() + " " + function;
    }
}
