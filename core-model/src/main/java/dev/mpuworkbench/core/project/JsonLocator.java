package dev.mpuworkbench.core.project;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/** Finds where in a JSON text the value at a JSON pointer starts, by streaming through the tokens. */
final class JsonLocator {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonLocator() {
    }

    static Optional<JsonLocation> find(String json, JsonPointer pointer) {
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) continue;
                boolean opensContainer = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
                JsonPointer here = opensContainer ? p.getParsingContext().getParent().pathAsPointer()
                    : p.getParsingContext().pathAsPointer();
                if (here.equals(pointer)) return Optional.of(p.currentTokenLocation());
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
