package dev.mpuworkbench.core.project;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;

/** Formats Jackson's reference chain as a JSON path such as {@code $.design.domains[1].name}. */
final class JsonPaths {
    private JsonPaths() {
    }

    static JsonPointer pointer(List<Reference> path, int dropLast) {
        JsonPointer p = JsonPointer.empty();
        for (int i = 0; i < path.size() - dropLast; i++) {
            Reference r = path.get(i);
            p = r.getFieldName() != null ? p.appendProperty(r.getFieldName()) : p.appendIndex(r.getIndex());
        }
        return p;
    }

    static String of(List<Reference> path, int dropLast) {
        StringBuilder sb = new StringBuilder("$");
        for (int i = 0; i < path.size() - dropLast; i++) {
            Reference r = path.get(i);
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
