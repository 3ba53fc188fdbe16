package dev.mpuworkbench.app.cli;

import dev.mpuworkbench.app.service.DesignLoadException;
import dev.mpuworkbench.app.service.DesignLoader;
import dev.mpuworkbench.app.service.ImageBuilderImporter;
import dev.mpuworkbench.app.service.LoadedDesign;
import dev.mpuworkbench.core.model.Board;
import dev.mpuworkbench.core.model.Hex;
import dev.mpuworkbench.core.project.ProjectFile;
import dev.mpuworkbench.devicetree.imagebuilder.ImageBuilderException;
import dev.mpuworkbench.devicetree.imagebuilder.ImageSize;
import dev.mpuworkbench.devicetree.imagebuilder.PlacementFlavour;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-imagebuilder", description = "Read an ImageBuilder config (never run it), place its files as "
    + "ImageBuilder would, and write a design on the given board.")
final class ImportImageBuilderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "ImageBuilder config (bash fragment)")
    Path config;

    @Option(names = "--board", required = true, paramLabel = "BOARD", description = "board device tree (.dts/.dtb) or sample:NAME")
    String board;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DESIGN.json", description = "project file to write")
    Path output;

    @Option(names = "--dir", paramLabel = "DIR", description = "where the files are (ImageBuilder's -d; default: the config's folder)")
    Path dir;

    @Option(names = "--size", paramLabel = "FILE=BYTES", description = "size of a file instead of measuring it; "
        + "FILE=BYTES:HEADERBYTES adds the size its kernel header declares. Give every file, or none.")
    Map<String, String> sizes = new LinkedHashMap<>();

    @Option(names = "--flavour", paramLabel = "2023.2|current", description = "ImageBuilder's arithmetic: 2023.2 "
        + "(file sizes) or current (kernel header sizes, since Sep 2023; default)")
    String flavour = "current";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlacementFlavour placement = switch (flavour) {
            case "2023.2" -> PlacementFlavour.FILE_SIZE_2023_2;
            case "current" -> PlacementFlavour.HEADER_SIZE_SINCE_2023_09;
            default -> throw new ParameterException(spec.commandLine(), "--flavour is 2023.2 or current, not " + flavour);
        };
        Map<String, ImageSize> given = parseSizes();
        try {
            Board b = loadBoard(err);
            if (b == null) return 1;
            ImageBuilderImporter.Imported imported = ImageBuilderImporter.read(config, b, dir, given, placement);
            imported.notes().forEach(n -> err.println("note: " + n));
            ProjectFile.save(imported.design(), output);
            out.println("wrote " + output + ": " + imported.design().domains().size() + " domain(s) on " + b.name()
                + ", boot script at " + Hex.of(imported.scriptAddress()));
            return 0;
        } catch (NoSuchFileException e) {
            err.println(e.getFile() + ": no such file");
        } catch (IOException e) {
            err.println(config + ": " + e.getMessage());
        } catch (ImageBuilderException e) {
            err.println(e.getMessage());
        }
        return 1;
    }

    private Board loadBoard(PrintWriter err) {
        try {
            LoadedDesign loaded = DesignLoader.open(board, null);
            return loaded.design().board();
        } catch (DesignLoadException e) {
            err.println(e.getMessage());
            return null;
        }
    }

    private Map<String, ImageSize> parseSizes() {
        Map<String, ImageSize> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : sizes.entrySet()) {
            List<String> parts = List.of(e.getValue().split(":", -1));
            try {
                long file = Hex.parse(parts.get(0));
                out.put(e.getKey(), parts.size() == 2 ? ImageSize.withHeader(file, Hex.parse(parts.get(1))) : ImageSize.ofFile(file));
            } catch (NumberFormatException | IndexOutOfBoundsException ex) {
                throw new ParameterException(spec.commandLine(), "--size " + e.getKey() + "=" + e.getValue()
                    + ": expected BYTES or BYTES:HEADERBYTES (decimal or 0x hex)");
            }
        }
        return out;
    }
}
