/**
 * The generic device tree model: {@link dev.mpuworkbench.devicetree.tree.DeviceTree} (root, memory
 * reservations, boot CPU), {@link dev.mpuworkbench.devicetree.tree.Node} (name with unit address, labels, ordered
 * properties and children, typed readers, {@code reg} decoding) and immutable
 * {@link dev.mpuworkbench.devicetree.tree.Property} values with the markers dtc keeps (references, labels, how a
 * value was written). {@link dev.mpuworkbench.devicetree.tree.DeviceTree#translateToCpu} follows {@code ranges}
 * through every parent; {@link dev.mpuworkbench.devicetree.tree.TreeBuilder} builds trees in code.
 * <p>To read or write files use {@link dev.mpuworkbench.devicetree.compile.DeviceTrees}. Nothing here knows the
 * design model.
 */
package dev.mpuworkbench.devicetree.tree;
