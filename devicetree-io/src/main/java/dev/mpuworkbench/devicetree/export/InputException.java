package dev.mpuworkbench.devicetree.export;

import java.util.List;
import java.util.stream.Collectors;

/** A text input (Kconfig fragment, boot script) that cannot be read; every problem names its place. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<InputProblem> problems;

    public InputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) throw new IllegalArgumentException("an input exception needs a problem");
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
