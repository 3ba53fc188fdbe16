package dev.mpuworkbench.core.rules;

import dev.mpuworkbench.core.edit.Edit;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.core.model.Domain;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.SharedMemory;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.validation.Diagnostic;
import dev.mpuworkbench.core.validation.Fix;
import dev.mpuworkbench.core.validation.Rule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Static shared memory (xen_mpu.md §4.4): one id names one host range everywhere, a direct-mapped domain sees
 * it at its host address, and {@code xen,shm-id} fits {@code MAX_SHM_ID_LENGTH} (16 bytes with the NUL).
 */
public final class SharedMemoryRule implements Rule {
    public static final String SHM_HOST_MISMATCH = "SHM_HOST_MISMATCH";
    public static final String SHM_NOT_DIRECT_MAPPED = "SHM_NOT_DIRECT_MAPPED";
    public static final String SHM_ID_TOO_LONG = "SHM_ID_TOO_LONG";

    static final int MAX_ID_CHARS = 15;

    @Override
    public List<String> codes() {
        return List.of(SHM_HOST_MISMATCH, SHM_NOT_DIRECT_MAPPED, SHM_ID_TOO_LONG);
    }

    @Override
    public void check(Design design, Consumer<Diagnostic> report) {
        Map<String, String> firstUser = new HashMap<>();
        Map<String, AddressRange> firstHost = new HashMap<>();
        for (Domain d : design.domains()) {
            for (SharedMemory s : d.sharedMemory()) {
                SubjectPath subject = SubjectPath.sharedMemory(d.name(), s.id());
                AddressRange host = firstHost.putIfAbsent(s.id(), s.host());
                firstUser.putIfAbsent(s.id(), d.name());
                if (host != null && !host.equals(s.host())) {
                    report.accept(Diagnostic.error(SHM_HOST_MISMATCH, subject, s.host(),
                            d.name() + " maps shared memory " + s.id() + " at host " + s.host() + " but "
                                + firstUser.get(s.id()) + " maps the same id at " + host + "; Xen requires one id to name "
                                + "exactly one host range. Use " + host + ".")
                        .withFix(new Fix("Use host range " + host, Edit.of("Align " + s.id() + " of " + d.name(),
                            x -> x.withDomain(d.name(), dom -> DesignEdits.withSharedMemory(dom, s.id(), s.withHost(host)))))));
                }
                if (d.directMap() && s.guestAddress() != s.host().base()) {
                    SharedMemory fixed = new SharedMemory(s.id(), s.host(), s.host().base(), s.role());
                    report.accept(Diagnostic.error(SHM_NOT_DIRECT_MAPPED, subject, s.host(),
                            d.name() + " is direct-mapped but sees shared memory " + s.id() + " at guest address "
                                + Hex.of(s.guestAddress()) + " instead of its host address " + Hex.of(s.host().base())
                                + "; Xen refuses it. Set the guest address to " + Hex.of(s.host().base()) + ".")
                        .withFix(new Fix("Set the guest address to " + Hex.of(s.host().base()), Edit.of(
                            "Direct-map " + s.id() + " of " + d.name(),
                            x -> x.withDomain(d.name(), dom -> DesignEdits.withSharedMemory(dom, s.id(), fixed))))));
                }
                if (s.id().length() > MAX_ID_CHARS) {
                    report.accept(Diagnostic.error(SHM_ID_TOO_LONG, subject, s.host(),
                        "shared-memory id \"" + s.id() + "\" (at " + s.host() + ") has " + s.id().length()
                            + " characters; xen,shm-id holds at most " + MAX_ID_CHARS + " plus the NUL. Shorten it."));
                }
            }
        }
    }
}
