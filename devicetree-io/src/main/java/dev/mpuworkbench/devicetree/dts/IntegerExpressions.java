package dev.mpuworkbench.devicetree.dts;

import dev.mpuworkbench.devicetree.tree.SourceSpan;

/**
 * dtc's integer expressions ({@code integer_prim} and below in {@code dtc-parser.y}): unsigned 64-bit
 * arithmetic with C's precedence, comparisons giving 0 or 1, shifts of 64 or more giving 0, and "Division by
 * zero" reported over the span of the operation.
 */
final class IntegerExpressions {
    private final TokenStream tokens;

    IntegerExpressions(TokenStream tokens) {
        this.tokens = tokens;
    }

    /** A value with the span it was computed from. */
    record Value(long value, SourceSpan span) {
    }

    Value integerPrim() {
        Token t = tokens.peek();
        if (t.kind() == TokenKind.LITERAL || t.kind() == TokenKind.CHAR_LITERAL) {
            tokens.advance();
            return new Value(t.value(), t.span());
        }
        if (t.isChar('(')) {
            tokens.advance();
            long v = expr();
            Token close = tokens.expectChar(')');
            return new Value(v, SourceSpan.between(t.span(), close.span()));
        }
        throw tokens.syntaxError(t);
    }

    private long expr() {
        return trinary();
    }

    private long trinary() {
        long cond = or();
        if (!tokens.atChar('?')) {
            return cond;
        }
        tokens.advance();
        long whenTrue = expr();
        tokens.expectChar(':');
        long whenFalse = trinary();
        return cond != 0 ? whenTrue : whenFalse;
    }

    private long or() {
        long v = and();
        while (tokens.at(TokenKind.OR)) {
            tokens.advance();
            long r = and();
            v = (v != 0 || r != 0) ? 1 : 0;
        }
        return v;
    }

    private long and() {
        long v = bitOr();
        while (tokens.at(TokenKind.AND)) {
            tokens.advance();
            long r = bitOr();
            v = (v != 0 && r != 0) ? 1 : 0;
        }
        return v;
    }

    private long bitOr() {
        long v = bitXor();
        while (tokens.atChar('|')) {
            tokens.advance();
            v |= bitXor();
        }
        return v;
    }

    private long bitXor() {
        long v = bitAnd();
        while (tokens.atChar('^')) {
            tokens.advance();
            v ^= bitAnd();
        }
        return v;
    }

    private long bitAnd() {
        long v = equality();
        while (tokens.atChar('&')) {
            tokens.advance();
            v &= equality();
        }
        return v;
    }

    private long equality() {
        long v = relational();
        while (tokens.at(TokenKind.EQ) || tokens.at(TokenKind.NE)) {
            boolean eq = tokens.advance().kind() == TokenKind.EQ;
            long r = relational();
            v = (v == r) == eq ? 1 : 0;
        }
        return v;
    }

    private long relational() {
        long v = shift();
        while (tokens.atChar('<') || tokens.atChar('>') || tokens.at(TokenKind.LE) || tokens.at(TokenKind.GE)) {
            Token op = tokens.advance();
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
        while (tokens.at(TokenKind.LSHIFT) || tokens.at(TokenKind.RSHIFT)) {
            boolean left = tokens.advance().kind() == TokenKind.LSHIFT;
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
        while (tokens.atChar('+') || tokens.atChar('-')) {
            boolean plus = tokens.advance().isChar('+');
            long r = multiplicative();
            v = plus ? v + r : v - r;
        }
        return v;
    }

    private long multiplicative() {
        SourceSpan start = tokens.peek().span();
        long v = unary();
        while (tokens.atChar('*') || tokens.atChar('/') || tokens.atChar('%')) {
            Token op = tokens.advance();
            long r = unary();
            if (op.isChar('*')) {
                v = v * r;
            } else if (r == 0) {
                tokens.errors().error(SourceSpan.between(start, tokens.previousSpan()), "Division by zero");
                v = 0;
            } else {
                v = op.isChar('/') ? Long.divideUnsigned(v, r) : Long.remainderUnsigned(v, r);
            }
        }
        return v;
    }

    private long unary() {
        if (tokens.atChar('-')) {
            tokens.advance();
            return -unary();
        }
        if (tokens.atChar('~')) {
            tokens.advance();
            return ~unary();
        }
        if (tokens.atChar('!')) {
            tokens.advance();
            return unary() == 0 ? 1 : 0;
        }
        return integerPrim().value();
    }
}
