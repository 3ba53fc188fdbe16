package dev.mpuworkbench.devicetree.dts;

import dev.mpuworkbench.devicetree.tree.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The parser's view of the lexer: tokens with lookahead, the span of the last token taken (for error
 * positions like bison's), and "syntax error" reporting.
 */
final class TokenStream {
    private final DtsLexer lexer;
    private final ParseErrors errors;
    private final List<Token> lookahead = new ArrayList<>();
    private SourceSpan previousSpan;

    TokenStream(DtsLexer lexer, ParseErrors errors) {
        this.lexer = lexer;
        this.errors = errors;
    }

    ParseErrors errors() {
        return errors;
    }

    /** The span of the last token taken. */
    SourceSpan previousSpan() {
        return previousSpan;
    }

    /** The directory of the file the lexer is reading, for {@code /incbin/}. */
    String currentDirectory() {
        return lexer.currentDirectory();
    }

    Token peek(int ahead) {
        while (lookahead.size() <= ahead) {
            lookahead.add(lexer.next());
        }
        return lookahead.get(ahead);
    }

    Token peek() {
        return peek(0);
    }

    Token advance() {
        Token t = peek();
        lookahead.remove(0);
        previousSpan = t.span();
        return t;
    }

    boolean atChar(char c) {
        return peek().isChar(c);
    }

    boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    Token expectChar(char c) {
        if (!atChar(c)) {
            throw syntaxError(peek());
        }
        return advance();
    }

    Token expect(TokenKind kind) {
        if (!at(kind)) {
            throw syntaxError(peek());
        }
        return advance();
    }

    ParseErrors.SyntaxError syntaxError(Token at) {
        errors.error(at.span(), "syntax error");
        return new ParseErrors.SyntaxError();
    }
}
