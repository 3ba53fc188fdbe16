package dev.mpuworkbench.devicetree.binding;

import dev.mpuworkbench.core.model.CpuKind;
import dev.mpuworkbench.core.model.Design;
import dev.mpuworkbench.devicetree.dtb.DtbWriter;
import dev.mpuworkbench.devicetree.dts.DtsPrinter;
import dev.mpuworkbench.devicetree.tree.DeviceTree;
import dev.mpuworkbench.devicetree.tree.Node;

/**
 * The runtime device tree of a design: the board tree generated from the Board (cells 2/2 on Cortex-R82,
 * 1/1 on Cortex-R52) plus {@code /chosen} with Xen's dom0less bindings, the {@code mpu,*} sections
 * (partitioned mode) and the {@code mpuwb,*} extension properties ({@link Extensions}) that let
 * {@link DesignImporter} read the same design back.
 */
public final class RuntimeTreeExporter {
    private RuntimeTreeExporter() {
    }

    /**
     * The tree.
     *
     * @throws BindingException when a value does not fit the board's cells (an address above 4 GiB on a
     *                          32-bit board)
     */
    public static DeviceTree toTree(Design design) throws BindingException {
        int cells = design.board().cpu() == CpuKind.CORTEX_R52 ? 1 : 2;
        CellEncoder encoder = new CellEncoder(design.name());
        DeviceTree tree = DeviceTree.empty();
        Node chosen = new Node(XenNames.CHOSEN);
        BoardTreeWriter board = new BoardTreeWriter(design, encoder, cells, cells);
        board.write(tree, chosen);
        new ChosenWriter(design, encoder, cells, cells).write(chosen, board.pathByDevice(), board.hasConsole());
        return tree;
    }

    /** The tree as DTS text, printed the way {@code dtc -O dts} prints it. */
    public static String toDts(Design design) throws BindingException {
        return DtsPrinter.print(toTree(design));
    }

    /** The tree as a DTB laid out the way {@code dtc -I dts -O dtb} writes it. */
    public static byte[] toDtb(Design design) throws BindingException {
        return DtbWriter.write(toTree(design));
    }
}
