package dev.mpuworkbench.app.gui.model;

import static dev.mpuworkbench.app.gui.model.DesignProperty.Type.BOOLEAN;
import static dev.mpuworkbench.app.gui.model.DesignProperty.Type.HEX;
import static dev.mpuworkbench.app.gui.model.DesignProperty.Type.TEXT;

import dev.mpuworkbench.core.edit.Edit;
import dev.mpuworkbench.core.edit.MoveBlock;
import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.model.SubjectPath;
import dev.mpuworkbench.core.model.XenBuild;
import dev.mpuworkbench.core.model.XenImageSizes;
import dev.mpuworkbench.core.model.XenMode;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Build options of Xen: link address, mode, early UART, command line and the image's section sizes. */
final class XenProperties {
    private static final String BUILD = "Xen build";
    private static final String SIZES = "Image sections";
    private static final String[] SECTION_NAMES = {"text", "rodata", "ro_after_init", "data", "init_text", "init_data", "bss"};

    private XenProperties() {
    }

    static void add(List<DesignProperty> out) {
        out.add(DesignProperty.editable(BUILD, "XEN_START_ADDRESS", "Where Xen is linked and runs (4 KiB aligned)", HEX,
            d -> d.xen().startAddress(), v -> new MoveBlock(SubjectPath.XEN_IMAGE, (Long) v)));
        out.add(DesignProperty.choice(BUILD, "Mode", "Which Xen the design targets", XenMode.class,
            d -> d.xen().mode(), v -> xen("Set Xen mode to " + v, x -> x.withMode((XenMode) v))));
        out.add(DesignProperty.editable(BUILD, "EFI boot", "Not available with the MPU", BOOLEAN, d -> d.xen().efiBoot(),
            v -> xen("Set EFI boot " + v, x -> new XenBuild(x.startAddress(), x.sizes(), x.earlyUart(), x.mode(),
                (Boolean) v, x.bootargs()))));
        out.add(DesignProperty.editable(BUILD, "Early UART base", "Early printk UART window (64 B aligned)", HEX,
            d -> d.xen().earlyUart() == null ? null : d.xen().earlyUart().base(),
            v -> xen("Set early UART base to " + Hex.of((Long) v), x -> x.withEarlyUart(
                AddressRange.of((Long) v, x.earlyUart() == null ? 0x1000 : x.earlyUart().size())))));
        out.add(DesignProperty.editable(BUILD, "Early UART size", "Early printk UART window size (64 B aligned)", HEX,
            d -> d.xen().earlyUart() == null ? null : d.xen().earlyUart().size(),
            v -> xen("Set early UART size to " + Hex.size((Long) v), x -> x.withEarlyUart(
                AddressRange.of(x.earlyUart() == null ? 0 : x.earlyUart().base(), (Long) v)))));
        out.add(DesignProperty.editable(BUILD, "Command line", "xen,xen-bootargs", TEXT, d -> d.xen().bootargs(),
            v -> xen("Set Xen command line", x -> new XenBuild(x.startAddress(), x.sizes(), x.earlyUart(), x.mode(),
                x.efiBoot(), (String) v))));
        for (int i = 0; i < SECTION_NAMES.length; i++) {
            int index = i;
            out.add(DesignProperty.editable(SIZES, SECTION_NAMES[i], "Size of ." + SECTION_NAMES[i] + " in the built image",
                HEX, d -> sizes(d.xen().sizes())[index],
                v -> xen("Set ." + SECTION_NAMES[index] + " size to " + Hex.size((Long) v),
                    x -> withSizes(x, withSize(sizes(x.sizes()), index, (Long) v)))));
        }
    }

    private static Edit xen(String description, UnaryOperator<XenBuild> change) {
        return Edit.of(description, d -> d.withXen(change.apply(d.xen())));
    }

    private static long[] sizes(XenImageSizes s) {
        return new long[] {s.text(), s.rodata(), s.roAfterInit(), s.data(), s.initText(), s.initData(), s.bss()};
    }

    private static long[] withSize(long[] sizes, int index, long value) {
        sizes[index] = value;
        return sizes;
    }

    private static XenBuild withSizes(XenBuild x, long[] s) {
        Function<long[], XenImageSizes> make = a -> new XenImageSizes(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
        return new XenBuild(x.startAddress(), make.apply(s), x.earlyUart(), x.mode(), x.efiBoot(), x.bootargs());
    }
}
