package dev.mpuworkbench.devicetree.cpp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Reads a file's tokens for the expander; pushed-back expansion results come first. */
final class FileTokenReader implements TokenReader {
    private final Preprocessor.FileState f;
    private final Deque<CppToken> pending = new ArrayDeque<>();

FileTokenReader(Preprocessor.FileState f) {
        this.f = f;
    }

    @Override
    public CppToken next() {
        if (!pending.isEmpty()) {
            return pending.pop();
        }
        CppToken t = f.tokens.get(f.index);
        if (t.kind != CppToken.Kind.EOF) {
            f.index++;
        }
        return t;
    }

    @Override
    public Object mark() {
        return new Object[] {f.index, new ArrayList<>(pending)};
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object mark) {
        Object[] m = (Object[]) mark;
        f.index = (Integer) m[0];
        pending.clear();
        pending.addAll((List<CppToken>) m[1]);
    }

    @Override
    public void pushFront(List<CppToken> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            pending.push(tokens.get(i));
        }
    }

    @Override
    public boolean mayCrossLine() {
        CppToken n = f.tokens.get(f.index);
        return n.kind != CppToken.Kind.EOF && !n.is("#");
    }
}
