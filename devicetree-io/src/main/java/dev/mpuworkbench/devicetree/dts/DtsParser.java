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

    private final ParseErrors errors;
    private final IncludePath includePath;
    private final TokenStream tokens;
    private final IntegerExpressions integers;
    private boolean plugin;
    private int nextFragment;
    private int nesting;

    private DtsParser(String name, byte[] content, IncludePath includePath, Diagnostics diagnostics) {
        this.errors = new ParseErrors(diagnostics);
        this.includePath = includePath;
        this.tokens = new TokenStream(new DtsLexer(includePath, errors, name, content), errors);
        this.integers = new IntegerExpressions(tokens);
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

    // ---- file structure -----------------------------------------------------------------------------------

    private ParsedSource sourceFile() {
        headers();
        List<MemoryReservation> reservations = memreserves();
        SNode root = deviceTree();
        if (!tokens.at(TokenKind.EOF)) {
            throw tokens.syntaxError(tokens.peek());
        }
        long bootCpuid = SourceTree.guessBootCpuid(root);
        return SourceTreeConverter.convert(root, reservations, bootCpuid, plugin);
    }

    private void headers() {
        List<Boolean> flags = new ArrayList<>();
        List<SourceSpan> starts = new ArrayList<>();
        do {
            Token v1 = tokens.expect(TokenKind.V1);
            tokens.expectChar(';');
            boolean isPlugin = false;
            if (tokens.at(TokenKind.PLUGIN)) {
                tokens.advance();
                tokens.expectChar(';');
                isPlugin = true;
            }
            flags.add(isPlugin);
            starts.add(v1.span());
        } while (tokens.at(TokenKind.V1));
        SourceSpan end = tokens.previousSpan();
        for (int i = flags.size() - 2; i >= 0; i--) {
            if (!flags.get(i).equals(flags.get(i + 1))) {
                errors.error(SourceSpan.between(starts.get(i + 1), end), "Header flags don't match earlier ones");
            }
        }
        plugin = flags.get(0);
    }

    private List<MemoryReservation> memreserves() {
        List<MemoryReservation> out = new ArrayList<>();
        while (tokens.at(TokenKind.LABEL) || tokens.at(TokenKind.MEMRESERVE)) {
            List<Label> labels = new ArrayList<>();
            List<String> pending = new ArrayList<>();
            while (tokens.at(TokenKind.LABEL)) {
                pending.add(tokens.advance().text());
            }
            tokens.expect(TokenKind.MEMRESERVE);
            long address = integers.integerPrim().value();
            long size = integers.integerPrim().value();
            tokens.expectChar(';');
            for (int i = pending.size() - 1; i >= 0; i--) {
                SourceTree.addLabel(labels, pending.get(i));
            }
            out.add(new MemoryReservation(address, size, SourceTree.liveLabels(labels)));
        }
        return out;
    }

    private SNode deviceTree() {
        SNode root;
        if (tokens.atChar('/')) {
            tokens.advance();
            root = nodeDef();
            root.name = "";
        } else if (tokens.at(TokenKind.LABEL_REF) || tokens.at(TokenKind.PATH_REF)) {
            String ref = tokens.advance().text();
            SNode def = nodeDef();
            if (!plugin) {
                errors.error(def.sources.get(0), "Label or path " + ref + " not found");
            }
            root = new SNode(List.of(), List.of(), null);
            root.name = "";
            addOrphan(root, def, ref);
        } else {
            throw tokens.syntaxError(tokens.peek());
        }
        while (!tokens.at(TokenKind.EOF)) {
            Token t = tokens.peek();
            if (t.isChar('/')) {
                tokens.advance();
                root.merge(nodeDef());
            } else if (t.kind() == TokenKind.LABEL) {
                String label = tokens.advance().text();
                Token ref = tokens.peek();
                if (ref.kind() != TokenKind.LABEL_REF && ref.kind() != TokenKind.PATH_REF) {
                    throw tokens.syntaxError(ref);
                }
                tokens.advance();
                SNode def = nodeDef();
                SNode target = SourceTree.nodeByRef(root, ref.text());
                if (target != null) {
                    SourceTree.addLabel(target.labels, label);
                    target.merge(def);
                } else {
                    errors.error(ref.span(), "Label or path " + ref.text() + " not found");
                }
            } else if (t.kind() == TokenKind.PATH_REF) {
                tokens.advance();
                SNode def = nodeDef();
                if (plugin) {
                    addOrphan(root, def, t.text());
                } else {
                    SNode target = SourceTree.nodeByRef(root, t.text());
                    if (target != null) {
                        target.merge(def);
                    } else {
                        errors.error(t.span(), "Label or path " + t.text() + " not found");
                    }
                }
            } else if (t.kind() == TokenKind.LABEL_REF) {
                tokens.advance();
                SNode def = nodeDef();
                SNode target = SourceTree.nodeByRef(root, t.text());
                if (target != null) {
                    target.merge(def);
                } else if (plugin) {
                    addOrphan(root, def, t.text());
                } else {
                    errors.error(t.span(), "Label or path " + t.text() + " not found");
                }
            } else if (t.kind() == TokenKind.DEL_NODE || t.kind() == TokenKind.OMIT_NO_REF) {
                tokens.advance();
                Token ref = tokens.peek();
                if (ref.kind() != TokenKind.LABEL_REF && ref.kind() != TokenKind.PATH_REF) {
                    throw tokens.syntaxError(ref);
                }
                tokens.advance();
                tokens.expectChar(';');
                SNode target = SourceTree.nodeByRef(root, ref.text());
                if (target == null) {
                    errors.error(ref.span(), "Label or path " + ref.text() + " not found");
                } else if (t.kind() == TokenKind.DEL_NODE) {
                    target.delete();
                } else {
                    target.omitIfUnused = true;
                }
            } else {
                throw tokens.syntaxError(t);
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
            errors.error(tokens.peek().span(), "memory exhausted");
            throw new ParseErrors.SyntaxError();
        }
        Token open = tokens.expectChar('{');
        List<Prop> props = new ArrayList<>();
        List<SNode> children = new ArrayList<>();
        while (true) {
            int i = 0;
            boolean omit = false;
            while (tokens.peek(i).kind() == TokenKind.LABEL || tokens.peek(i).kind() == TokenKind.OMIT_NO_REF) {
                omit |= tokens.peek(i).kind() == TokenKind.OMIT_NO_REF;
                i++;
            }
            Token head = tokens.peek(i);
            if (head.isChar('}')) {
                if (i > 0) {
                    throw tokens.syntaxError(head);
                }
                break;
            }
            boolean isProperty;
            if (head.kind() == TokenKind.DEL_PROP) {
                isProperty = true;
            } else if (head.kind() == TokenKind.DEL_NODE) {
                isProperty = false;
            } else if (head.kind() == TokenKind.PROPNODENAME) {
                Token after = tokens.peek(i + 1);
                if (after.isChar('=') || after.isChar(';')) {
                    isProperty = true;
                } else if (after.isChar('{')) {
                    isProperty = false;
                } else {
                    throw tokens.syntaxError(after);
                }
            } else {
                throw tokens.syntaxError(head);
            }
            if (isProperty) {
                if (omit) {
                    throw tokens.syntaxError(head.kind() == TokenKind.DEL_PROP ? head : tokens.peek(i + 1));
                }
                SourceSpan start = tokens.peek().span();
                Prop p = propDef();
                if (!children.isEmpty()) {
                    errors.error(SourceSpan.between(start, tokens.previousSpan()), "Properties must precede subnodes");
                    throw new ParseErrors.SyntaxError();
                }
                props.add(p);
            } else {
                children.add(subnode());
            }
        }
        tokens.expectChar('}');
        Token semi = tokens.expectChar(';');
        nesting--;
        return new SNode(props, children, SourceSpan.between(open.span(), semi.span()));
    }

    private SNode subnode() {
        List<Token> prefix = new ArrayList<>();
        while (tokens.at(TokenKind.LABEL) || tokens.at(TokenKind.OMIT_NO_REF)) {
            prefix.add(tokens.advance());
        }
        SNode node;
        if (tokens.at(TokenKind.DEL_NODE)) {
            Token del = tokens.advance();
            String name = tokens.expect(TokenKind.PROPNODENAME).text();
            Token semi = tokens.expectChar(';');
            node = new SNode(List.of(), List.of(), SourceSpan.between(del.span(), semi.span()));
            node.name = name;
            node.deleted = true;
        } else {
            String name = tokens.expect(TokenKind.PROPNODENAME).text();
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
        while (tokens.at(TokenKind.LABEL)) {
            labels.add(tokens.advance().text());
        }
        Prop p;
        if (tokens.at(TokenKind.DEL_PROP)) {
            tokens.advance();
            String name = tokens.expect(TokenKind.PROPNODENAME).text();
            tokens.expectChar(';');
            p = new Prop(name, new ByteData(), null);
            p.deleted = true;
        } else {
            Token name = tokens.expect(TokenKind.PROPNODENAME);
            ByteData value;
            if (tokens.atChar('=')) {
                tokens.advance();
                value = propData();
            } else {
                value = new ByteData();
            }
            Token semi = tokens.expectChar(';');
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
            while (tokens.at(TokenKind.LABEL)) {
                data.addMarker(MarkerKind.LABEL, tokens.advance().text());
            }
            Token t = tokens.peek();
            if (t.kind() == TokenKind.STRING) {
                tokens.advance();
                data.merge(t.data());
            } else if (t.isChar('<') || t.kind() == TokenKind.BITS) {
                data.merge(array());
            } else if (t.isChar('[')) {
                tokens.advance();
                ByteData bytes = new ByteData().addMarker(MarkerKind.TYPE_UINT8, null);
                while (!tokens.atChar(']')) {
                    Token b = tokens.peek();
                    if (b.kind() == TokenKind.BYTE) {
                        bytes.appendByte((int) tokens.advance().value());
                    } else if (b.kind() == TokenKind.LABEL) {
                        bytes.addMarker(MarkerKind.LABEL, tokens.advance().text());
                    } else {
                        throw tokens.syntaxError(b);
                    }
                }
                tokens.advance();
                data.merge(bytes);
            } else if (t.kind() == TokenKind.LABEL_REF || t.kind() == TokenKind.PATH_REF) {
                tokens.advance();
                data.addMarker(MarkerKind.TYPE_STRING, t.text());
                data.addMarker(MarkerKind.REF_PATH, t.text());
            } else if (t.kind() == TokenKind.INCBIN) {
                data.merge(incbin());
            } else {
                throw tokens.syntaxError(t);
            }
            while (tokens.at(TokenKind.LABEL)) {
                data.addMarker(MarkerKind.LABEL, tokens.advance().text());
            }
            if (!tokens.atChar(',')) {
                return data;
            }
            tokens.advance();
        }
    }

    private ByteData array() {
        int bits = 32;
        MarkerKind type = MarkerKind.TYPE_UINT32;
        if (tokens.at(TokenKind.BITS)) {
            tokens.advance();
            Token size = tokens.expect(TokenKind.LITERAL);
            tokens.expectChar('<');
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
            tokens.expectChar('<');
        }
        ByteData data = new ByteData().addMarker(type, null);
        while (!tokens.atChar('>')) {
            Token t = tokens.peek();
            if (t.kind() == TokenKind.LABEL) {
                data.addMarker(MarkerKind.LABEL, tokens.advance().text());
            } else if (t.kind() == TokenKind.LABEL_REF || t.kind() == TokenKind.PATH_REF) {
                tokens.advance();
                if (bits == 32) {
                    data.addMarker(MarkerKind.REF_PHANDLE, t.text());
                } else {
                    errors.error(t.span(), "References are only allowed in arrays with 32-bit elements.");
                }
                data.appendInteger(-1L, bits);
            } else {
                IntegerExpressions.Value v = integers.integerPrim();
                if (bits < 64) {
                    long mask = (1L << bits) - 1;
                    if (Long.compareUnsigned(v.value(), mask) > 0 && (v.value() | mask) != -1L) {
                        errors.error(v.span(), "Value out of range for " + bits + "-bit array element");
                    }
                }
                data.appendInteger(v.value(), bits);
            }
        }
        tokens.advance();
        return data;
    }

    private ByteData incbin() {
        tokens.advance();
        tokens.expectChar('(');
        Token file = tokens.expect(TokenKind.STRING);
        long offset = 0;
        long length = -1;
        boolean ranged = false;
        if (tokens.atChar(',')) {
            tokens.advance();
            offset = integers.integerPrim().value();
            tokens.expectChar(',');
            length = integers.integerPrim().value();
            ranged = true;
        }
        tokens.expectChar(')');
        byte[] raw = file.data().toArray();
        int nul = 0;
        while (raw[nul] != 0) {
            nul++;
        }
        String name = new String(raw, 0, nul, java.nio.charset.StandardCharsets.ISO_8859_1);
        IncludePath.Found found = includePath.open(tokens.currentDirectory(), name);
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
}
