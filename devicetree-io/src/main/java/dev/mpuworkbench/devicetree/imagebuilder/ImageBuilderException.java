package dev.mpuworkbench.devicetree.imagebuilder;

import java.util.List;
import java.util.stream.Collectors;

/** An ImageBuilder config that cannot be read, placed or imported; every problem names its place. */
public final class ImageBuilderException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<ImageBuilderProblem> problems;

    public ImageBuilderException(List<ImageBuilderProblem> problems) {
        super(problems.stream().map(ImageBuilderProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) throw new IllegalArgumentException("an ImageBuilder exception needs a problem");
        this.problems = List.copyOf(problems);
    }

    public static ImageBuilderException at(String file, SourcePosition position, String message) {
        return new ImageBuilderException(List.of(new ImageBuilderProblem(file, position, message)));
    }

    public List<ImageBuilderProblem> problems() {
        return problems;
    }
}
