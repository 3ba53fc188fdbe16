/**
 * One core driven step by step: {@link dev.mpuworkbench.emulator.machine.Machine} (register writes and reads,
 * barriers, exception-level changes, checked accesses that take aborts), its ordered
 * {@link dev.mpuworkbench.emulator.machine.MachineEvent events} (sysreg-write, barrier, exception-level, fault,
 * hazard) with {@link dev.mpuworkbench.emulator.machine.HazardCode stable hazard codes}, and
 * {@link dev.mpuworkbench.emulator.machine.MachineSnapshot snapshots} for stepping back.
 */
package dev.mpuworkbench.emulator.machine;
