package dev.mpuworkbench.core.model;

import java.util.function.Function;

/**
 * Remembers the result of a pure function for the last argument, compared by identity. Designs are
 * immutable, and during a drag every view and rule asks for the same facts of the same design, so one slot
 * turns repeated work into a lookup. Safe to share between threads (a lost race only recomputes).
 */
public final class LastResult<K, V> {
    private record Entry<K, V>(K key, V value) {
    }

    private final Function<K, V> function;
    private volatile Entry<K, V> last;

    public LastResult(Function<K, V> function) {
        this.function = function;
    }

    public V apply(K key) {
        Entry<K, V> e = last;
        if (e != null && e.key() == key) return e.value();
        V value = function.apply(key);
        last = new Entry<>(key, value);
        return value;
    }
}
