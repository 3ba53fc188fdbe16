package dev.mpuworkbench.emulator.guest;

/** What a guest's probe access should lead to. */
public enum Expectation {
    /** Both stages allow it. */
    ALLOWED("allowed"),
    /** A stage-2 fault that Xen's vGIC emulates; the guest resumes. */
    EMULATED("emulated by Xen"),
    /** A stage-2 fault on memory the guest does not own: Xen crashes the domain. */
    CRASH("domain crashed"),
    /** Outcome only: the guest's own EL1 MPU refused the access (a stage-1 fault the guest takes itself). */
    STAGE1_FAULT("stage-1 fault in the guest");

    private final String text;

    Expectation(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
