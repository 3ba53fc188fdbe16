package dev.mpuworkbench.core.project;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mpuworkbench.core.model.Design;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes project files: {@code {"formatVersion": N, "design": {...}}}. Every field is written
 * and every field is required, so a typo or a missing field is reported with its JSON path and line.
 */
public final class ProjectFile {
    public static final int FORMAT_VERSION = 2;

    private record Document(int formatVersion, Design design) {
    }

    private static final Pattern MISSING = Pattern.compile("Missing (?:required )?creator property '([^']+)'");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .addModule(new HexLongModule())
        .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();

    private ProjectFile() {
    }

    public static Design read(Path file) throws IOException, ProjectFileException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    public static Design parse(String json, String fileName) throws ProjectFileException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw fromJackson(fileName, e, true);
        }
        if (!(tree instanceof ObjectNode document)) {
            throw new ProjectFileException(fileName, "$", 1, 1, "a project file is a JSON object", null);
        }
        int version = formatVersion(document, fileName);
        try {
            if (version == FORMAT_VERSION) {
                return MAPPER.readValue(json, Document.class).design();
            }
            Migrations.upgrade(document, version);
            return MAPPER.treeToValue(document, Document.class).design();
        } catch (JsonProcessingException e) {
            throw fromJackson(fileName, json, document, e, version == FORMAT_VERSION);
        }
    }

    public static String toJson(Design design) {
        try {
            return MAPPER.writeValueAsString(new Document(FORMAT_VERSION, design)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a design could not be written as JSON", e);
        }
    }

    /**
     * Writes atomically: the new content goes to a temporary file beside the target, the previous file
     * is kept as {@code NAME.bak}, and the temporary file is renamed over the target.
     */
    public static void save(Design design, Path file) throws IOException {
        AtomicFiles.write(file, toJson(design).getBytes(StandardCharsets.UTF_8), true);
    }

    private static int formatVersion(ObjectNode document, String fileName) throws ProjectFileException {
        JsonNode v = document.get("formatVersion");
        if (v == null) {
            throw new ProjectFileException(fileName, "$", 0, 0, "missing field \"formatVersion\"", null);
        }
        if (!v.isInt()) {
            throw new ProjectFileException(fileName, "$.formatVersion", 0, 0, "formatVersion must be a whole number", null);
        }
        int version = v.asInt();
        if (version > FORMAT_VERSION) {
            throw new ProjectFileException(fileName, "$.formatVersion", 0, 0, "written by a newer MPU Workbench (format "
                + version + "); this version reads formats 1 to " + FORMAT_VERSION, null);
        }
        if (version < 1) {
            throw new ProjectFileException(fileName, "$.formatVersion", 0, 0, "unknown format " + version, null);
        }
        return version;
    }

    /**
     * Jackson reports a missing record field before an unknown one in the same object; a typo makes both,
     * and the unknown name is the one the user needs to see.
     */
    private static Optional<ProjectFileException> unknownBesideMissing(String fileName, String json, JsonNode tree,
                                                                       JsonMappingException e, boolean locationsValid) {
        if (tree == null || e.getPath().isEmpty()) return Optional.empty();
        Object from = e.getPath().get(e.getPath().size() - 1).getFrom();
        Class<?> owner = from instanceof Class<?> c ? c : from == null ? null : from.getClass();
        if (owner == null || !owner.isRecord()) return Optional.empty();
        String objectPath = JsonPaths.of(e.getPath(), 1);
        JsonPointer pointer = JsonPaths.pointer(e.getPath(), 1);
        JsonNode object = tree.at(pointer);
        Set<String> known = new LinkedHashSet<>();
        for (RecordComponent c : owner.getRecordComponents()) known.add(c.getName());
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (known.contains(name)) continue;
            JsonLocation loc = locationsValid ? JsonLocator.find(json, pointer.appendProperty(name)).orElse(null) : null;
            return Optional.of(new ProjectFileException(fileName, objectPath, loc == null ? 0 : loc.getLineNr(),
                loc == null ? 0 : loc.getColumnNr(), "unknown field \"" + name + "\"; expected one of " + known, e));
        }
        return Optional.empty();
    }

    private static ProjectFileException fromJackson(String fileName, JsonProcessingException e, boolean locationsValid) {
        return fromJackson(fileName, null, null, e, locationsValid);
    }

    private static ProjectFileException fromJackson(String fileName, String json, JsonNode tree,
                                                    JsonProcessingException e, boolean locationsValid) {
        JsonLocation loc = e.getLocation();
        int line = locationsValid && loc != null ? loc.getLineNr() : 0;
        int column = locationsValid && loc != null ? loc.getColumnNr() : 0;
        if (!(e instanceof JsonMappingException m)) {
            return new ProjectFileException(fileName, "", line, column, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        String path = JsonPaths.of(m.getPath(), e instanceof UnrecognizedPropertyException ? 1 : 0);
        String problem;
        if (e instanceof UnrecognizedPropertyException u) {
            problem = "unknown field \"" + u.getPropertyName() + "\"; expected one of " + u.getKnownPropertyIds();
        } else if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() != null ? v.getCause() : v;
            problem = "invalid value: " + cause.getMessage();
        } else {
            Matcher missing = MISSING.matcher(e.getOriginalMessage());
            if (missing.find()) {
                Optional<ProjectFileException> typo = unknownBesideMissing(fileName, json, tree, m, locationsValid);
                if (typo.isPresent()) return typo.get();
                problem = "missing field \"" + missing.group(1) + "\"";
            } else if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
                problem = "wrong type: expected " + describe(mi.getTargetType()) + " — " + firstLine(e.getOriginalMessage());
            } else {
                problem = firstLine(e.getOriginalMessage());
            }
        }
        return new ProjectFileException(fileName, path, line, column, problem, e);
    }

    private static String describe(Class<?> type) {
        if (type == long.class || type == Long.class) return "an address or size";
        if (type == int.class || type == Integer.class) return "a whole number";
        if (type == boolean.class || type == Boolean.class) return "true or false";
        if (type == String.class) return "a string";
        if (type.isEnum()) return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        if (java.util.List.class.isAssignableFrom(type)) return "a list";
        return "an object (" + type.getSimpleName() + ")";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
