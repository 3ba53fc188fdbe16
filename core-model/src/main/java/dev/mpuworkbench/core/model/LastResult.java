package dev.mpuworkbench.core.model;

import java.util.function.Function;

/**
 * Remembers, per thread, the result of a pure function for the last argument, compared by identity.
 * Designs are immutable, and during a drag every view and rule asks for the same facts of the same design,
 * so one slot turns repeated work into a lookup. Each thread has its own slot, so work on other designs
 * in the background does not push out the one being edited.
 */
public final class LastResult<K, V> {
    private record Entry<K, V>(K key, V value) {
    }

    private final Function<K, V> function;
    private final ThreadLocal<Entry<K, V>> last = new ThreadLocal<>();

    public LastResult(Function<K, V> function) {
        this.function = function;
    }

    public V apply(K key) {
        Entry<K, V> e = last.get();
        if (e != null && e.key() == key) return e.value();
        V value = function.apply(key);
        last.set(new Entry<>(key, value));
        return value;
    }
}
