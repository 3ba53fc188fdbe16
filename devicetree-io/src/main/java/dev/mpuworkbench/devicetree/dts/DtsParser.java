package dev.mpuworkbench.devicetree.dts;

import dev.mpuworkbench.devicetree.dts.SourceTree.Label;
import dev.mpuworkbench.devicetree.dts.SourceTree.Prop;
import dev.mpuworkbench.devicetree.dts.SourceTree.SNode;
import dev.mpuworkbench.devicetree.report.Diagnostics;
import dev.mpuworkbench.devicetree.report.FatalError;
import dev.mpuworkbench.devicetree.tree.MarkerKind;
import dev.mpuworkbench.devicetree.tree.MemoryReservation;
import dev.mpuworkbench.devicetree.tree.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser for the grammar of dtc 1.6.1 ({@code dtc-parser.y}), with its semantic actions:
 * node merging, deletion, {@code /omit-if-no-ref/}, overlay fragments for {@code /plugin/} files, and dtc's
 * error reporting (errors in actions let parsing go on, a syntax error stops it).
 */
public final class DtsParser {
    private static final int MAX_NESTING = 1000;

    private final DtsLexer lexer;
    private final ParseErrors errors;
    private final IncludePath includePath;
    private final List<Token> lookahead = new ArrayList<>();
    private SourceSpan previousSpan;
    private boolean plugin;
    private int nextFragment;
    private int nesting;

    private DtsParser(String name, byte[] content, IncludePath includePath, Diagnostics diagnostics) {
        this.errors = new ParseErrors(diagnostics);
        this.includePath = includePath;
        this.lexer = new DtsLexer(includePath, errors, name, content);
    }

    /**
     * Parses DTS text. Errors are reported to {@code diagnostics} as dtc prints them; a {@link FatalError} is
     * thrown when dtc would stop ("Unable to parse input tree", "Syntax error parsing input tree", a missing
     * include file, ...).
     */
    public static ParsedSource parse(String name, byte[] content, IncludePath includePath, Diagnostics diagnostics) {
        DtsParser p = new DtsParser(name, content, includePath, diagnostics);
        ParsedSource result;
        try {
            result = p.sourceFile();
        } catch (ParseErrors.SyntaxError e) {
            throw new FatalError("Unable to parse input tree");
        }
        if (p.errors.any()) {
            throw new FatalError("Syntax error parsing input tree");
        }
        return result;
    }

    // ---- token handling -----------------------------------------------------------------------------------

    private Token peek(int ahead) {
        while (lookahead.size() <= ahead) {
            lookahead.add(lexer.next());
        }
        return lookahead.get(ahead);
    }

    private Token peek() {
        return peek(0);
    }

    private Token advance() {
        Token t = peek();
        lookahead.remove(0);
        previousSpan = t.span();
        return t;
    }

    private boolean atChar(char c) {
        return peek().isChar(c);
    }

    private boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    private Token expectChar(char c) {
        if (!atChar(c)) {
            throw syntaxError(peek());
        }
        return advance();
    }

    private Token expect(TokenKind kind) {
        if (!at(kind)) {
            throw syntaxError(peek());
        }
        return advance();
    }

    private ParseErrors.SyntaxError syntaxError(Token at) {
        errors.error(at.span(), "syntax error");
        return new ParseErrors.SyntaxError();
    }

    // ---- file structure -----------------------------------------------------------------------------------

    private ParsedSource sourceFile() {
        headers();
        List<MemoryReservation> reservations = memreserves();
        SNode root = deviceTree();
        if (!at(TokenKind.EOF)) {
            throw syntaxError(peek());
        }
        long bootCpuid = guessBootCpuid(root);
        return SourceTreeConverter.convert(root, reservations, bootCpuid, plugin);
    }

    private void headers() {
        List<Boolean> flags = new ArrayList<>();
        List<SourceSpan> starts = new ArrayList<>();
        do {
            Token v1 = expect(TokenKind.V1);
            expectChar(';');
            boolean isPlugin = false;
            if (at(TokenKind.PLUGIN)) {
                advance();
                expectChar(';');
                isPlugin = true;
            }
            flags.add(isPlugin);
            starts.add(v1.span());
        } while (at(TokenKind.V1));
        SourceSpan end = previousSpan;
        for (int i = flags.size() - 2; i >= 0; i--) {
            if (!flags.get(i).equals(flags.get(i + 1))) {
                errors.error(SourceSpan.between(starts.get(i + 1), end), "Header flags don't match earlier ones");
            }
        }
        plugin = flags.get(0);
    }

    private List<MemoryReservation> memreserves() {
        List<MemoryReservation> out = new ArrayList<>();
        while (at(TokenKind.LABEL) || at(TokenKind.MEMRESERVE)) {
            List<Label> labels = new ArrayList<>();
            List<String> pending = new ArrayList<>();
            while (at(TokenKind.LABEL)) {
                pending.add(advance().text());
            }
            expect(TokenKind.MEMRESERVE);
            long address = integerPrim().value;
            long size = integerPrim().value;
            expectChar(';');
            for (int i = pending.size() - 1; i >= 0; i--) {
                SourceTree.addLabel(labels, pending.get(i));
            }
            out.add(new MemoryReservation(address, size, SourceTree.liveLabels(labels)));
        }
        return out;
    }

    private SNode deviceTree() {
        SNode root;
        if (atChar('/')) {
            advance();
            root = nodeDef();
            root.name = "";
        } else if (at(TokenKind.LABEL_REF) || at(TokenKind.PATH_REF)) {
            String ref = advance().text();
            SNode def = nodeDef();
            if (!plugin) {
                errors.error(def.sources.get(0), "Label or path " + ref + " not found");
            }
            root = new SNode(List.of(), List.of(), null);
            root.name = "";
            addOrphan(root, def, ref);
        } else {
            throw syntaxError(peek());
        }
        while (!at(TokenKind.EOF)) {
            Token t = peek();
            if (t.isChar('/')) {
                advance();
                root.merge(nodeDef());
            } else if (t.kind() == TokenKind.LABEL) {
                String label = advance().text();
                Token ref = peek();
                if (ref.kind() != TokenKind.LABEL_REF && ref.kind() != TokenKind.PATH_REF) {
                    throw syntaxError(ref);
                }
                advance();
                SNode def = nodeDef();
                SNode target = nodeByRef(root, ref.text());
                if (target != null) {
                    SourceTree.addLabel(target.labels, label);
                    target.merge(def);
                } else {
                    errors.error(ref.span(), "Label or path " + ref.text() + " not found");
                }
            } else if (t.kind() == TokenKind.PATH_REF) {
                advance();
                SNode def = nodeDef();
                if (plugin) {
                    addOrphan(root, def, t.text());
                } else {
                    SNode target = nodeByRef(root, t.text());
                    if (target != null) {
                        target.merge(def);
                    } else {
                        errors.error(t.span(), "Label or path " + t.text() + " not found");
                    }
                }
            } else if (t.kind() == TokenKind.LABEL_REF) {
                advance();
                SNode def = nodeDef();
                SNode target = nodeByRef(root, t.text());
                if (target != null) {
                    target.merge(def);
                } else if (plugin) {
                    addOrphan(root, def, t.text());
                } else {
                    errors.error(t.span(), "Label or path " + t.text() + " not found");
                }
            } else if (t.kind() == TokenKind.DEL_NODE || t.kind() == TokenKind.OMIT_NO_REF) {
                advance();
                Token ref = peek();
                if (ref.kind() != TokenKind.LABEL_REF && ref.kind() != TokenKind.PATH_REF) {
                    throw syntaxError(ref);
                }
                advance();
                expectChar(';');
                SNode target = nodeByRef(root, ref.text());
                if (target == null) {
                    errors.error(ref.span(), "Label or path " + ref.text() + " not found");
                } else if (t.kind() == TokenKind.DEL_NODE) {
                    target.delete();
                } else {
                    target.omitIfUnused = true;
                }
            } else {
                throw syntaxError(t);
            }
        }
        return root;
    }

    /** dtc's {@code add_orphan_node}: wraps a definition for a node outside the overlay in a fragment. */
    private void addOrphan(SNode root, SNode def, String ref) {
        ByteData d = new ByteData();
        Prop target;
        if (ref.startsWith("/")) {
            d.addMarker(MarkerKind.TYPE_STRING, ref);
            byte[] path = ref.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            d.appendBytes(path, 0, path.length).appendByte(0);
            target = new Prop("target-path", d, null);
        } else {
            d.addMarker(MarkerKind.REF_PHANDLE, ref);
            d.appendInteger(0xffffffffL, 32);
            target = new Prop("target", d, null);
        }
        def.name = "__overlay__";
        SNode fragment = new SNode(List.of(target), List.of(def), null);
        fragment.name = "fragment@" + Integer.toUnsignedString(nextFragment++);
        root.addChild(fragment);
    }

    // ---- nodes --------------------------------------------------------------------------------------------

    private SNode nodeDef() {
        if (++nesting > MAX_NESTING) {
            errors.error(peek().span(), "memory exhausted");
            throw new ParseErrors.SyntaxError();
        }
        Token open = expectChar('{');
        List<Prop> props = new ArrayList<>();
        List<SNode> children = new ArrayList<>();
        while (true) {
            int i = 0;
            boolean omit = false;
            while (peek(i).kind() == TokenKind.LABEL || peek(i).kind() == TokenKind.OMIT_NO_REF) {
                omit |= peek(i).kind() == TokenKind.OMIT_NO_REF;
                i++;
            }
            Token head = peek(i);
            if (head.isChar('}')) {
                if (i > 0) {
                    throw syntaxError(head);
                }
                break;
            }
            boolean isProperty;
            if (head.kind() == TokenKind.DEL_PROP) {
                isProperty = true;
            } else if (head.kind() == TokenKind.DEL_NODE) {
                isProperty = false;
            } else if (head.kind() == TokenKind.PROPNODENAME) {
                Token after = peek(i + 1);
                if (after.isChar('=') || after.isChar(';')) {
                    isProperty = true;
                } else if (after.isChar('{')) {
                    isProperty = false;
                } else {
                    throw syntaxError(after);
                }
            } else {
                throw syntaxError(head);
            }
            if (isProperty) {
                if (omit) {
                    throw syntaxError(head.kind() == TokenKind.DEL_PROP ? head : peek(i + 1));
                }
                SourceSpan start = peek().span();
                Prop p = propDef();
                if (!children.isEmpty()) {
                    errors.error(SourceSpan.between(start, previousSpan), "Properties must precede subnodes");
                    throw new ParseErrors.SyntaxError();
                }
                props.add(p);
            } else {
                children.add(subnode());
            }
        }
        expectChar('}');
        Token semi = expectChar(';');
        nesting--;
        return new SNode(props, children, SourceSpan.between(open.span(), semi.span()));
    }

    private SNode subnode() {
        List<Token> prefix = new ArrayList<>();
        while (at(TokenKind.LABEL) || at(TokenKind.OMIT_NO_REF)) {
            prefix.add(advance());
        }
        SNode node;
        if (at(TokenKind.DEL_NODE)) {
            Token del = advance();
            String name = expect(TokenKind.PROPNODENAME).text();
            Token semi = expectChar(';');
            node = new SNode(List.of(), List.of(), SourceSpan.between(del.span(), semi.span()));
            node.name = name;
            node.deleted = true;
        } else {
            String name = expect(TokenKind.PROPNODENAME).text();
            node = nodeDef();
            node.name = name;
        }
        for (int i = prefix.size() - 1; i >= 0; i--) {
            Token t = prefix.get(i);
            if (t.kind() == TokenKind.OMIT_NO_REF) {
                node.omitIfUnused = true;
            } else {
                SourceTree.addLabel(node.labels, t.text());
            }
        }
        return node;
    }

    private Prop propDef() {
        List<String> labels = new ArrayList<>();
        while (at(TokenKind.LABEL)) {
            labels.add(advance().text());
        }
        Prop p;
        if (at(TokenKind.DEL_PROP)) {
            advance();
            String name = expect(TokenKind.PROPNODENAME).text();
            expectChar(';');
            p = new Prop(name, new ByteData(), null);
            p.deleted = true;
        } else {
            Token name = expect(TokenKind.PROPNODENAME);
            ByteData value;
            if (atChar('=')) {
                advance();
                value = propData();
            } else {
                value = new ByteData();
            }
            Token semi = expectChar(';');
            p = new Prop(name.text(), value, SourceSpan.between(name.span(), semi.span()));
        }
        for (int i = labels.size() - 1; i >= 0; i--) {
            SourceTree.addLabel(p.labels, labels.get(i));
        }
        return p;
    }

    // ---- property values ----------------------------------------------------------------------------------

    private ByteData propData() {
        ByteData data = new ByteData();
        while (true) {
            while (at(TokenKind.LABEL)) {
                data.addMarker(MarkerKind.LABEL, advance().text());
            }
            Token t = peek();
            if (t.kind() == TokenKind.STRING) {
                advance();
                data.merge(t.data());
            } else if (t.isChar('<') || t.kind() == TokenKind.BITS) {
                data.merge(array());
            } else if (t.isChar('[')) {
                advance();
                ByteData bytes = new ByteData().addMarker(MarkerKind.TYPE_UINT8, null);
                while (!atChar(']')) {
                    Token b = peek();
                    if (b.kind() == TokenKind.BYTE) {
                        bytes.appendByte((int) advance().value());
                    } else if (b.kind() == TokenKind.LABEL) {
                        bytes.addMarker(MarkerKind.LABEL, advance().text());
                    } else {
                        throw syntaxError(b);
                    }
                }
                advance();
                data.merge(bytes);
            } else if (t.kind() == TokenKind.LABEL_REF || t.kind() == TokenKind.PATH_REF) {
                advance();
                data.addMarker(MarkerKind.TYPE_STRING, t.text());
                data.addMarker(MarkerKind.REF_PATH, t.text());
            } else if (t.kind() == TokenKind.INCBIN) {
                data.merge(incbin());
            } else {
                throw syntaxError(t);
            }
            while (at(TokenKind.LABEL)) {
                data.addMarker(MarkerKind.LABEL, advance().text());
            }
            if (!atChar(',')) {
                return data;
            }
            advance();
        }
    }

    private ByteData array() {
        int bits = 32;
        MarkerKind type = MarkerKind.TYPE_UINT32;
        if (at(TokenKind.BITS)) {
            advance();
            Token size = expect(TokenKind.LITERAL);
            expectChar('<');
            long requested = size.value();
            if (requested == 8) {
                bits = 8;
                type = MarkerKind.TYPE_UINT8;
            } else if (requested == 16) {
                bits = 16;
                type = MarkerKind.TYPE_UINT16;
            } else if (requested == 64) {
                bits = 64;
                type = MarkerKind.TYPE_UINT64;
            } else if (requested != 32) {
                errors.error(size.span(), "Array elements must be 8, 16, 32 or 64-bits");
            }
        } else {
            expectChar('<');
        }
        ByteData data = new ByteData().addMarker(type, null);
        while (!atChar('>')) {
            Token t = peek();
            if (t.kind() == TokenKind.LABEL) {
                data.addMarker(MarkerKind.LABEL, advance().text());
            } else if (t.kind() == TokenKind.LABEL_REF || t.kind() == TokenKind.PATH_REF) {
                advance();
                if (bits == 32) {
                    data.addMarker(MarkerKind.REF_PHANDLE, t.text());
                } else {
                    errors.error(t.span(), "References are only allowed in arrays with 32-bit elements.");
                }
                data.appendInteger(-1L, bits);
            } else {
                Value v = integerPrim();
                if (bits < 64) {
                    long mask = (1L << bits) - 1;
                    if (Long.compareUnsigned(v.value, mask) > 0 && (v.value | mask) != -1L) {
                        errors.error(v.span, "Value out of range for " + bits + "-bit array element");
                    }
                }
                data.appendInteger(v.value, bits);
            }
        }
        advance();
        return data;
    }

    private ByteData incbin() {
        advance();
        expectChar('(');
        Token file = expect(TokenKind.STRING);
        long offset = 0;
        long length = -1;
        boolean ranged = false;
        if (atChar(',')) {
            advance();
            offset = integerPrim().value;
            expectChar(',');
            length = integerPrim().value;
            ranged = true;
        }
        expectChar(')');
        byte[] raw = file.data().toArray();
        int nul = 0;
        while (raw[nul] != 0) {
            nul++;
        }
        String name = new String(raw, 0, nul, java.nio.charset.StandardCharsets.ISO_8859_1);
        IncludePath.Found found = includePath.open(lexer.currentDirectory(), name);
        byte[] content = found.content();
        ByteData d = new ByteData();
        if (ranged) {
            long from = Long.compareUnsigned(offset, content.length) > 0 ? content.length : offset;
            long available = content.length - from;
            long take = Long.compareUnsigned(length, available) > 0 ? available : length;
            d.appendBytes(content, (int) from, (int) take);
        } else {
            d.appendBytes(content, 0, content.length);
        }
        return d;
    }

    // ---- integer expressions ------------------------------------------------------------------------------

    /** A value with the span it was computed from. */
    private record Value(long value, SourceSpan span) {
    }

    private Value integerPrim() {
        Token t = peek();
        if (t.kind() == TokenKind.LITERAL || t.kind() == TokenKind.CHAR_LITERAL) {
            advance();
            return new Value(t.value(), t.span());
        }
        if (t.isChar('(')) {
            advance();
            long v = expr();
            Token close = expectChar(')');
            return new Value(v, SourceSpan.between(t.span(), close.span()));
        }
        throw syntaxError(t);
    }

    private long expr() {
        return trinary();
    }

    private long trinary() {
        long cond = or();
        if (!atChar('?')) {
            return cond;
        }
        advance();
        long whenTrue = expr();
        expectChar(':');
        long whenFalse = trinary();
        return cond != 0 ? whenTrue : whenFalse;
    }

    private long or() {
        long v = and();
        while (at(TokenKind.OR)) {
            advance();
            long r = and();
            v = (v != 0 || r != 0) ? 1 : 0;
        }
        return v;
    }

    private long and() {
        long v = bitOr();
        while (at(TokenKind.AND)) {
            advance();
            long r = bitOr();
            v = (v != 0 && r != 0) ? 1 : 0;
        }
        return v;
    }

    private long bitOr() {
        long v = bitXor();
        while (atChar('|')) {
            advance();
            v |= bitXor();
        }
        return v;
    }

    private long bitXor() {
        long v = bitAnd();
        while (atChar('^')) {
            advance();
            v ^= bitAnd();
        }
        return v;
    }

    private long bitAnd() {
        long v = equality();
        while (atChar('&')) {
            advance();
            v &= equality();
        }
        return v;
    }

    private long equality() {
        long v = relational();
        while (at(TokenKind.EQ) || at(TokenKind.NE)) {
            boolean eq = advance().kind() == TokenKind.EQ;
            long r = relational();
            v = (v == r) == eq ? 1 : 0;
        }
        return v;
    }

    private long relational() {
        long v = shift();
        while (atChar('<') || atChar('>') || at(TokenKind.LE) || at(TokenKind.GE)) {
            Token op = advance();
            int cmp = Long.compareUnsigned(v, shift());
            boolean result;
            if (op.isChar('<')) {
                result = cmp < 0;
            } else if (op.isChar('>')) {
                result = cmp > 0;
            } else if (op.kind() == TokenKind.LE) {
                result = cmp <= 0;
            } else {
                result = cmp >= 0;
            }
            v = result ? 1 : 0;
        }
        return v;
    }

    private long shift() {
        long v = additive();
        while (at(TokenKind.LSHIFT) || at(TokenKind.RSHIFT)) {
            boolean left = advance().kind() == TokenKind.LSHIFT;
            long count = additive();
            if (Long.compareUnsigned(count, 64) >= 0) {
                v = 0;
            } else {
                v = left ? v << count : v >>> count;
            }
        }
        return v;
    }

    private long additive() {
        long v = multiplicative();
        while (atChar('+') || atChar('-')) {
            boolean plus = advance().isChar('+');
            long r = multiplicative();
            v = plus ? v + r : v - r;
        }
        return v;
    }

    private long multiplicative() {
        SourceSpan start = peek().span();
        long v = unary();
        while (atChar('*') || atChar('/') || atChar('%')) {
            Token op = advance();
            long r = unary();
            if (op.isChar('*')) {
                v = v * r;
            } else if (r == 0) {
                errors.error(SourceSpan.between(start, previousSpan), "Division by zero");
                v = 0;
            } else {
                v = op.isChar('/') ? Long.divideUnsigned(v, r) : Long.remainderUnsigned(v, r);
            }
        }
        return v;
    }

    private long unary() {
        if (atChar('-')) {
            advance();
            return -unary();
        }
        if (atChar('~')) {
            advance();
            return ~unary();
        }
        if (atChar('!')) {
            advance();
            return unary() == 0 ? 1 : 0;
        }
        return integerPrim().value;
    }

    // ---- lookups ------------------------------------------------------------------------------------------

    /** dtc's {@code get_node_by_ref} on the parse tree. */
    private static SNode nodeByRef(SNode root, String ref) {
        if (ref.equals("/")) {
            return root;
        }
        if (ref.startsWith("/")) {
            return nodeByPath(root, ref);
        }
        return nodeByLabel(root, ref);
    }

    private static SNode nodeByPath(SNode tree, String path) {
        int i = 0;
        while (i < path.length() && path.charAt(i) == '/') {
            i++;
        }
        if (i == path.length()) {
            return tree.deleted ? null : tree;
        }
        int slash = path.indexOf('/', i);
        String part = slash < 0 ? path.substring(i) : path.substring(i, slash);
        for (SNode c : tree.children) {
            if (!c.deleted && c.name.equals(part)) {
                return slash < 0 ? c : nodeByPath(c, path.substring(slash + 1));
            }
        }
        return null;
    }

    private static SNode nodeByLabel(SNode tree, String label) {
        for (Label l : tree.labels) {
            if (!l.deleted && l.name.equals(label)) {
                return tree;
            }
        }
        for (SNode c : tree.children) {
            if (!c.deleted) {
                SNode found = nodeByLabel(c, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** dtc's {@code guess_boot_cpuid}: the one-cell {@code reg} of the first child of /cpus, else 0. */
    private static long guessBootCpuid(SNode root) {
        SNode cpus = nodeByPath(root, "/cpus");
        if (cpus == null || cpus.children.isEmpty()) {
            return 0;
        }
        Prop reg = cpus.children.get(0).liveProp("reg");
        if (reg == null || reg.value.length() != 4) {
            return 0;
        }
        byte[] v = reg.value.toArray();
        return ((v[0] & 0xffL) << 24) | ((v[1] & 0xffL) << 16) | ((v[2] & 0xffL) << 8) | (v[3] & 0xffL);
    }
}
