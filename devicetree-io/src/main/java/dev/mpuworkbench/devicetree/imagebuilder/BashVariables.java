package dev.mpuworkbench.devicetree.imagebuilder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The variables a bash fragment sets, in first-assignment order. A scalar is element {@code "0"}, as in
 * bash; indexed array keys are decimal numbers without leading zeros; associative keys are as written.
 */
public final class BashVariables {
    private final String fileName;
    private final Map<String, Map<String, BashValue>> elements = new LinkedHashMap<>();
    private final Set<String> associative = new LinkedHashSet<>();

    BashVariables(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(elements.keySet());
    }

    public boolean isSet(String name) {
        return elements.containsKey(name);
    }

    public boolean isAssociative(String name) {
        return associative.contains(name);
    }

    /** The value of {@code NAME}, i.e. {@code NAME[0]}. */
    public Optional<BashValue> scalar(String name) {
        return element(name, "0");
    }

    public Optional<BashValue> element(String name, String key) {
        return Optional.ofNullable(elements.getOrDefault(name, Map.of()).get(key));
    }

    /** Every element of {@code NAME} in assignment order (a scalar has the one key "0"). */
    public Map<String, BashValue> elements(String name) {
        return Collections.unmodifiableMap(elements.getOrDefault(name, Map.of()));
    }

    void declare(String name, boolean asAssociative) {
        elements.computeIfAbsent(name, n -> new LinkedHashMap<>());
        if (asAssociative) associative.add(name);
    }

    void set(String name, String key, BashValue value) {
        elements.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(key, value);
    }

    void replace(String name, Map<String, BashValue> values) {
        elements.put(name, new LinkedHashMap<>(values));
    }
}
