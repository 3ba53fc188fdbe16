package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.core.model.Board;
import dev.mpuworkbench.core.model.Device;
import dev.mpuworkbench.devicetree.tree.Node;
import java.util.List;
import java.util.Optional;

/** The board half of a system tree: processor, RAM, reservations, devices, and the console UART. */
final class BoardReader {
    /** The board, where each device came from, and the UART {@code stdout-path} names. */
    record BoardParts(Board board, DeviceReader.Devices devices, Optional<Device> stdoutUart) {
    }

    private BoardReader() {
    }

    static BoardParts read(ImportContext ctx, String fileBaseName) throws BindingException {
        CpuReader.Cpus cpus = CpuReader.read(ctx);
        DeviceReader.Devices devices = DeviceReader.read(ctx);
        Board board = new Board(name(ctx, fileBaseName), cpus.kind(), cpus.count(), cpus.el2Regions(),
            cpus.el1Regions(), MemoryReader.banks(ctx), MemoryReader.reserved(ctx), devices.devices());
        return new BoardParts(board, devices, stdoutUart(ctx, board, devices));
    }

    private static String name(ImportContext ctx, String fileBaseName) throws BindingException {
        Node root = ctx.tree.root();
        String given = ctx.cells.string(root, Extensions.BOARD_NAME);
        if (given != null) return given;
        List<String> compatibles = root.strings("compatible");
        if (!compatibles.isEmpty() && !compatibles.get(0).isBlank()) {
            String c = compatibles.get(0);
            return c.substring(c.indexOf(',') + 1);
        }
        return root.string("model").filter(m -> !m.isBlank()).orElse(fileBaseName);
    }

    private static Optional<Device> stdoutUart(ImportContext ctx, Board board, DeviceReader.Devices devices) {
        Optional<Node> chosen = ctx.chosen();
        if (chosen.isEmpty()) return Optional.empty();
        String property = chosen.get().hasProperty("stdout-path") ? "stdout-path" : "linux,stdout-path";
        if (!chosen.get().hasProperty(property)) return Optional.empty();
        Optional<Node> node = ctx.references.pathProperty(chosen.get(), property);
        if (node.isEmpty()) {
            ctx.note(chosen.get(), property + " names no node");
            return Optional.empty();
        }
        String name = devices.nameByPath().get(node.get().path());
        return name == null ? Optional.empty() : board.device(name);
    }
}
