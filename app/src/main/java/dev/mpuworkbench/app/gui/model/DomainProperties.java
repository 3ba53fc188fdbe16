package dev.mpuworkbench.app.gui.model;

import static dev.mpuworkbench.app.gui.model.DesignProperty.Type.BOOLEAN;
import static dev.mpuworkbench.app.gui.model.DesignProperty.Type.HEX;
import static dev.mpuworkbench.app.gui.model.DesignProperty.Type.INTEGER;
import static dev.mpuworkbench.app.gui.model.DesignProperty.Type.TEXT;

import dev.mpuworkbench.core.edit.Edit;
import dev.mpuworkbench.core.model.BootModule;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.El1Msa;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.SharedMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** A domain's settings, its boot modules and its view of shared memory. */
final class DomainProperties {
    private static final String DOMAIN = "Domain";

    private DomainProperties() {
    }

    static void add(List<String> s, List<DesignProperty> out) {
        if (s.size() < 2) return;
        String name = s.get(1);
        if (s.size() == 2) {
            domain(name, out);
        } else if (s.size() == 4 && s.get(2).equals("modules")) {
            addModule(name, s.get(3), out);
        } else if (s.size() == 4 && s.get(2).equals("sharedMemory")) {
            shared(name, s.get(3), out);
        }
    }

    private static void domain(String name, List<DesignProperty> out) {
        out.add(DesignProperty.readOnly(DOMAIN, "Name", TEXT, d -> dom(d, name).name()));
        out.add(DesignProperty.editable(DOMAIN, "vCPUs", "cpus", INTEGER, d -> (long) dom(d, name).vcpus(),
            v -> domainEdit(name, "Set " + name + " vCPUs to " + v, x -> new Domain(x.name(), BoardProperties.toInt(v),
                x.memoryKib(), x.staticMem(), x.directMap(), x.el1Msa(), x.passthrough(), x.sharedMemory(), x.modules(),
                x.bootargs()))));
        out.add(DesignProperty.editable(DOMAIN, "Memory (KiB)", "memory; must equal the sum of the static-mem banks",
            INTEGER, d -> dom(d, name).memoryKib(),
            v -> domainEdit(name, "Set " + name + " memory to " + v + " KiB", x -> x.withMemoryKib((Long) v))));
        out.add(DesignProperty.editable(DOMAIN, "Direct map", "direct-map (needs xen,static-mem)", BOOLEAN,
            d -> dom(d, name).directMap(),
            v -> domainEdit(name, ((Boolean) v ? "Direct-map " : "Stop direct-mapping ") + name,
                x -> new Domain(x.name(), x.vcpus(), x.memoryKib(), x.staticMem(), (Boolean) v, x.el1Msa(),
                    x.passthrough(), x.sharedMemory(), x.modules(), x.bootargs()))));
        out.add(DesignProperty.choice(DOMAIN, "EL1 MSA", "v8r_el1_msa: mpu for an RTOS, mmu for Linux", El1Msa.class,
            d -> dom(d, name).el1Msa(),
            v -> domainEdit(name, "Set " + name + " EL1 MSA to " + v, x -> new Domain(x.name(), x.vcpus(),
                x.memoryKib(), x.staticMem(), x.directMap(), (El1Msa) v, x.passthrough(), x.sharedMemory(),
                x.modules(), x.bootargs()))));
        out.add(DesignProperty.readOnly(DOMAIN, "Passthrough", TEXT, d -> String.join(", ", dom(d, name).passthrough())));
        out.add(DesignProperty.editable(DOMAIN, "Command line", "bootargs of the kernel", TEXT,
            d -> dom(d, name).bootargs(),
            v -> domainEdit(name, "Set " + name + " command line", x -> new Domain(x.name(), x.vcpus(),
                x.memoryKib(), x.staticMem(), x.directMap(), x.el1Msa(), x.passthrough(), x.sharedMemory(),
                x.modules(), (String) v))));
    }

    /** A boot module of a domain, or of the host when {@code domain} is null. */
    static void addModule(String domain, String module, List<DesignProperty> out) {
        String cat = "Boot module";
        out.add(DesignProperty.readOnly(cat, "Name", TEXT, d -> module));
        out.add(DesignProperty.readOnly(cat, "Kind", TEXT, d -> mod(d, domain, module).kind().compatible()));
        out.add(DesignProperty.editable(cat, "File", "File name the boot script loads", TEXT,
            d -> mod(d, domain, module).file(), v -> moduleEdit(domain, module, "Set " + module + " file to " + v,
                m -> new BootModule(m.name(), m.kind(), (String) v, m.range(), m.bootargs()))));
    }

    private static void shared(String domain, String id, List<DesignProperty> out) {
        String cat = "Shared memory";
        out.add(DesignProperty.readOnly(cat, "Id", TEXT, d -> id));
        out.add(DesignProperty.readOnly(cat, "Role", TEXT, d -> shm(d, domain, id).role().name().toLowerCase(Locale.ROOT)));
        out.add(DesignProperty.editable(cat, "Guest address", "Where " + domain + " sees the region", HEX,
            d -> shm(d, domain, id).guestAddress(),
            v -> domainEdit(domain, "Set " + id + " guest address in " + domain + " to " + Hex.of((Long) v), x -> {
                List<SharedMemory> list = new ArrayList<>();
                for (SharedMemory m : x.sharedMemory()) {
                    list.add(m.id().equals(id) ? new SharedMemory(m.id(), m.host(), (Long) v, m.role()) : m);
                }
                return x.withSharedMemory(list);
            })));
    }

    private static Edit domainEdit(String name, String description, UnaryOperator<Domain> change) {
        return Edit.of(description, d -> d.withDomain(name, change));
    }

    private static Edit moduleEdit(String domain, String module, String description, UnaryOperator<BootModule> change) {
        return Edit.of(description, d -> {
            if (domain == null) return d.withModules(replace(d.modules(), module, change));
            return d.withDomain(domain, x -> x.withModules(replace(x.modules(), module, change)));
        });
    }

    private static List<BootModule> replace(List<BootModule> modules, String name, UnaryOperator<BootModule> change) {
        List<BootModule> out = new ArrayList<>();
        for (BootModule m : modules) out.add(m.name().equals(name) ? change.apply(m) : m);
        return out;
    }

    private static Domain dom(Design d, String name) {
        return d.domain(name).orElseThrow(() -> new IllegalArgumentException("no domain " + name));
    }

    private static BootModule mod(Design d, String domain, String module) {
        List<BootModule> list = domain == null ? d.modules() : dom(d, domain).modules();
        return list.stream().filter(m -> m.name().equals(module)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no module " + module));
    }

    private static SharedMemory shm(Design d, String domain, String id) {
        return dom(d, domain).sharedMemory().stream().filter(m -> m.id().equals(id)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no shared memory " + id));
    }
}
