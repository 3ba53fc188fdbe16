package dev.mpuworkbench.core.validation;

import dev.mpuworkbench.core.model.AddressRange;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding of the validator.
 *
 * @param code    stable identifier such as {@code MODULE_OVERLAP}; tests, the CLI and suppressions use it
 * @param message what is wrong, where (addresses in hex) and how to fix it
 * @param subject the thing the finding is about (selecting it in the views)
 * @param range   the addresses concerned, or null
 * @param fix     an automatic repair, or null
 */
public record Diagnostic(Severity severity, String code, String message, SubjectPath subject, AddressRange range,
                         Fix fix) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(subject, "subject");
    }

    public static Diagnostic error(String code, SubjectPath subject, AddressRange range, String message) {
        return new Diagnostic(Severity.ERROR, code, message, subject, range, null);
    }

    public static Diagnostic warning(String code, SubjectPath subject, AddressRange range, String message) {
        return new Diagnostic(Severity.WARNING, code, message, subject, range, null);
    }

    public Diagnostic withFix(Fix f) {
        return new Diagnostic(severity, code, message, subject, range, f);
    }

    public Optional<Fix> optionalFix() {
        return Optional.ofNullable(fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line as the CLI prints it: {@code error MODULE_OVERLAP modules/dtb: message}. */
    public String format() {
        return severity.label() + " " + code + " " + subject + ": " + message;
    }
}
