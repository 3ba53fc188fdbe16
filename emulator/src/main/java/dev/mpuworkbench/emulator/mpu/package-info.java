/**
 * The PMSAv8-64 MPUs of an Armv8-R AArch64 core, register-accurate (DOMAIN.md §4, research/pmsa.md).
 *
 * <ul>
 *   <li>{@link dev.mpuworkbench.emulator.mpu.SysRegs} / {@link dev.mpuworkbench.emulator.mpu.SysReg}: every modelled
 *       system register by name ({@code PRLAR5_EL2}) and encoding ({@code S3_4_C6_C10_5}).</li>
 *   <li>{@link dev.mpuworkbench.emulator.mpu.RegisterFile}: architectural and effective values, pending writes
 *       (effective at ISB; region writes only after a DSB), snapshot/restore.</li>
 *   <li>{@link dev.mpuworkbench.emulator.mpu.AccessChecker}: the one- and two-stage access check, filling an
 *       {@link dev.mpuworkbench.emulator.mpu.AccessOutcome} without allocating, through each MPU's
 *       {@link dev.mpuworkbench.emulator.mpu.RegionLookup} (slots found by a bucket table, exact region sets,
 *       permissions precomputed per region), prepared at the commit and reused for configurations that come back.</li>
 *   <li>{@link dev.mpuworkbench.emulator.mpu.RegionFields}: PRBAR/PRLAR built from and decoded into fields, with
 *       {@link dev.mpuworkbench.emulator.mpu.RegionDescription} and
 *       {@link dev.mpuworkbench.emulator.mpu.MemoryAttribute} for views.</li>
 * </ul>
 */
package dev.mpuworkbench.emulator.mpu;
