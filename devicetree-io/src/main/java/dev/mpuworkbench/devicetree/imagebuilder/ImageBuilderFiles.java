package dev.mpuworkbench.devicetree.imagebuilder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the sizes (and header sizes) of the files a config names, relative to ImageBuilder's {@code -d} directory. */
public final class ImageBuilderFiles {
    private ImageBuilderFiles() {
    }

    /** @throws ImageBuilderException naming, at its variable, every file that is missing or unreadable */
    public static Map<String, ImageSize> sizes(ImageBuilderConfig config, Path directory) throws ImageBuilderException {
        Map<String, ImageSize> out = new LinkedHashMap<>();
        List<ImageBuilderProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> f : namedFiles(config).entrySet()) {
            if (out.containsKey(f.getValue())) continue;
            Path path = directory.resolve(f.getValue());
            try (InputStream in = Files.newInputStream(path)) {
                byte[] head = in.readNBytes(ImageHeaders.BYTES_NEEDED);
                long size = Files.size(path);
                out.put(f.getValue(), new ImageSize(size, ImageHeaders.effectiveSize(head)));
            } catch (IOException e) {
                problems.add(new ImageBuilderProblem(config.fileName(), config.positionOf(f.getKey()),
                    f.getKey() + ": cannot read '" + path + "' (" + (Files.exists(path) ? e.getMessage() : "no such file") + ")"));
            }
        }
        if (!problems.isEmpty()) throw new ImageBuilderException(problems);
        return out;
    }

    /** Every file ImageBuilder would load, by the variable that names it. */
    static Map<String, String> namedFiles(ImageBuilderConfig c) {
        Map<String, String> out = new LinkedHashMap<>();
        c.dom0Kernel().ifPresent(f -> out.put("DOM0_KERNEL", f));
        c.dom0Ramdisk().ifPresent(f -> out.put("DOM0_RAMDISK", f));
        for (DomU d : c.domUs()) {
            if (!d.booted()) continue;
            String i = "[" + d.index() + "]";
            d.kernel().ifPresent(f -> out.put("DOMU_KERNEL" + i, f));
            d.ramdisk().ifPresent(f -> out.put("DOMU_RAMDISK" + i, f));
            d.passthroughDtb().ifPresent(f -> out.put("DOMU_PASSTHROUGH_DTB" + i, f));
        }
        c.xen().ifPresent(f -> out.put("XEN", f));
        c.xenPolicy().ifPresent(f -> out.put("XEN_POLICY", f));
        for (int i = 0; i < c.dtOverlays().size(); i++) out.put("DT_OVERLAY[" + i + "]", c.dtOverlays().get(i));
        c.deviceTree().ifPresent(f -> out.put("DEVICE_TREE", f));
        c.bitstream().ifPresent(f -> out.put("BITSTREAM", f));
        return out;
    }
}
