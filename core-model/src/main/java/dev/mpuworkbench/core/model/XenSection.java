package dev.mpuworkbench.core.model;

/** One section of the linked Xen image at its address. */
public record XenSection(Kind kind, AddressRange range) {
    public enum Kind {
        TEXT("text"), RODATA("rodata"), RO_AFTER_INIT("ro_after_init"), DATA("data"),
        INIT_TEXT("init_text"), INIT_DATA("init_data"), BSS("bss");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean executable() {
            return this == TEXT || this == INIT_TEXT;
        }

        public boolean writable() {
            return this == DATA || this == INIT_DATA || this == BSS || this == RO_AFTER_INIT;
        }
    }
}
