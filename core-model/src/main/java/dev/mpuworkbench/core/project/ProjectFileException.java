package dev.mpuworkbench.core.project;

/**
 * A project file that cannot be read, with the place of the problem: the file, the JSON path and,
 * when known, the line and column.
 */
public final class ProjectFileException extends Exception {
    private final String file;
    private final String jsonPath;
    private final int line;
    private final int column;
    private final String problem;

    public ProjectFileException(String file, String jsonPath, int line, int column, String problem, Throwable cause) {
        super(format(file, jsonPath, line, column, problem), cause);
        this.file = file;
        this.jsonPath = jsonPath;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String file, String jsonPath, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(':').append(line).append(':').append(column);
        sb.append(": ").append(problem);
        if (jsonPath != null && !jsonPath.isEmpty()) sb.append(" (at ").append(jsonPath).append(')');
        return sb.toString();
    }

    public String file() {
        return file;
    }

    /** Where in the document, such as {@code $.design.domains[1].staticMem[0]}; empty for syntax errors. */
    public String jsonPath() {
        return jsonPath;
    }

    /** 1-based line, or 0 when unknown (a file migrated from an older format). */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
