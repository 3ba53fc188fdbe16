package dev.mpuworkbench.devicetree.imagebuilder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BashFragmentParserTest {
    private static BashVariables parse(String text) throws ImageBuilderException {
        return BashFragmentParser.parse(text, "cfg");
    }

    private static String value(BashVariables v, String name) {
        return v.scalar(name).orElseThrow().value();
    }

    private static List<String> errors(String text) {
        ImageBuilderException e = assertThrows(ImageBuilderException.class, () -> parse(text));
        return e.problems().stream().map(ImageBuilderProblem::toString).toList();
    }

    @Test
    void plainQuotedAndConcatenatedValues() throws Exception {
        BashVariables v = parse("""
            A=plain
            B="double quoted"
            C='single $NOT expanded'
            D="a"'b'c\\ d
            E=
            F=x#not-a-comment # a comment
            """);
        assertEquals("plain", value(v, "A"));
        assertEquals("double quoted", value(v, "B"));
        assertEquals("single $NOT expanded", value(v, "C"));
        assertEquals("abc d", value(v, "D"));
        assertEquals("", value(v, "E"));
        assertEquals("x#not-a-comment", value(v, "F"));
        assertEquals(List.of("A", "B", "C", "D", "E", "F"), List.copyOf(v.names()));
    }

    @Test
    void escapesInsideDoubleQuotesFollowBash() throws Exception {
        BashVariables v = parse("A=\"q\\\"uote \\$dollar \\\\ back \\n kept\"\n");
        assertEquals("q\"uote $dollar \\ back \\n kept", value(v, "A"));
    }

    @Test
    void variablesSetEarlierAreExpanded() throws Exception {
        BashVariables v = parse("""
            BASE=0x40000000
            MEMORY_START=$BASE
            DIR="images"
            DOMU_KERNEL[1]="${DIR}/Image-$BASE"
            K="${DOMU_KERNEL[1]}.bak"
            PRICE=$ 5
            """.replace("PRICE=$ 5", "PRICE=\"$ 5\""));
        assertEquals("0x40000000", value(v, "MEMORY_START"));
        assertEquals("images/Image-0x40000000", v.element("DOMU_KERNEL", "1").orElseThrow().value());
        assertEquals("images/Image-0x40000000.bak", value(v, "K"));
        assertEquals("$ 5", value(v, "PRICE"));
    }

    @Test
    void arraysListsAppendsAndAssociativeArrays() throws Exception {
        BashVariables v = parse("""
            DOMU_KERNEL[0]=a
            DOMU_KERNEL[2]=c
            LIST=(x "y z" [5]=five six)
            XEN_CMD="console=dtuart"
            XEN_CMD+=" sched=null"
            declare -A DOMU_VCPU_HARD_AFFINITY
            DOMU_VCPU_HARD_AFFINITY[0,1]="2"
            """);
        assertEquals(Map.of("0", "a", "2", "c"), values(v, "DOMU_KERNEL"));
        assertEquals(List.of("0", "1", "5", "6"), List.copyOf(v.elements("LIST").keySet()));
        assertEquals("y z", v.element("LIST", "1").orElseThrow().value());
        assertEquals("console=dtuart sched=null", value(v, "XEN_CMD"));
        assertTrue(v.isAssociative("DOMU_VCPU_HARD_AFFINITY"));
        assertEquals("2", v.element("DOMU_VCPU_HARD_AFFINITY", "0,1").orElseThrow().value());
        assertFalse(v.isAssociative("LIST"));
    }

    @Test
    void continuationsSemicolonsSeveralAssignmentsAndExport() throws Exception {
        BashVariables v = parse("A=1; B=2 C=\"3\"\nD=long\\\nvalue\nexport E=5 F\nXEN_CMD=\"one \\\ntwo\"\nM=\"multi\nline\"\n");
        assertEquals("1", value(v, "A"));
        assertEquals("2", value(v, "B"));
        assertEquals("3", value(v, "C"));
        assertEquals("longvalue", value(v, "D"));
        assertEquals("5", value(v, "E"));
        assertEquals("one two", value(v, "XEN_CMD"));
        assertEquals("multi\nline", value(v, "M"));
    }

    @Test
    void positionsAreOfTheNameAndOfTheValue() throws Exception {
        BashVariables v = parse("# header\n\n  DOMU_MEM[1]=  \nX=1\n  Y=\"v\"\n");
        BashValue y = v.scalar("Y").orElseThrow();
        assertEquals(new SourcePosition(5, 3), y.assignedAt());
        assertEquals(new SourcePosition(5, 5), y.valueAt());
    }

    @Test
    void everythingThatNeedsRunningIsAnErrorWithItsPlace() {
        assertEquals(List.of(
                "cfg:1:1: 'echo' is a command; an ImageBuilder config may only set variables (the config is read, not run)",
                "cfg:2:3: command substitution $(...) is not supported (the config is read, not run)",
                "cfg:3:3: command substitution `...` is not supported (the config is read, not run)",
                "cfg:4:3: arithmetic expansion $((...)) is not supported (the config is read, not run)",
                "cfg:5:3: the parameter expansion ${X:-y} is not supported; only ${NAME} and ${NAME[index]} of variables set earlier in the file are",
                "cfg:6:3: $HOME uses HOME, which is not set earlier in this file (the config is read, not run, so the environment and ImageBuilder's defaults are not visible)",
                "cfg:7:4: unexpected '|': pipes, redirections, background jobs and subshells are not supported (put the value in quotes)",
                "cfg:8:5: a command after an assignment is not supported; an ImageBuilder config may only set variables (the config is read, not run)",
                "cfg:9:1: 'source' is a command; an ImageBuilder config may only set variables (the config is read, not run)",
                "cfg:10:3: the special parameter $1 is not supported (the config is read, not run)",
                "cfg:11:3: tilde expansion is not supported (the config is read, not run); write the path out"),
            errors("""
                echo hi
                A=$(date)
                B=`date`
                C=$((1+2))
                D=${X:-y}
                E=$HOME
                F=a|b
                G=1 ls
                source other.cfg
                H=$1
                I=~/xen
                """));
    }

    @Test
    void malformedArraysAndQuotesAreErrors() {
        assertEquals(List.of(
                "cfg:1:9: the key [0,1] needs DOMU_AFF to be an associative array: add 'declare -A DOMU_AFF' before it",
                "cfg:2:12: the index [01] has a leading zero, which bash reads as octal; write it without",
                "cfg:3:12: the index [$i] of DOMU_KERNEL must be a plain number (expressions and variables are not supported)",
                "cfg:4:12: '[' without its closing ']'",
                "cfg:5:9: the declare option -i is not supported (only -A, -a, -g, -x, -r)",
                "cfg:6:6: expected an assignment NAME=value, found \"'\""),
            errors("""
                DOMU_AFF[0,1]=2
                DOMU_KERNEL[01]=a
                DOMU_KERNEL[$i]=a
                DOMU_KERNEL[0=a
                declare -i N
                Z=1; 'oops
                """));
        assertEquals(List.of("cfg:2:3: this double quote is never closed"), errors("A=1\nB=\"never closed\nC=2\n"));
        assertEquals(List.of("cfg:1:3: this '(' is never closed"), errors("L=(a b\n"));
        assertEquals(List.of("cfg:2:5: this single quote is never closed"), errors("A=1\nB=ab'oops\n"));
        assertEquals(List.of("cfg:1:1: expected an assignment NAME=value, found '='"), errors("=1\n"));
    }

    @Test
    void afterAnErrorTheNextLinesAreStillRead() {
        ImageBuilderException e = assertThrows(ImageBuilderException.class, () -> parse("A=$(x)\nB=ok\nC=`y`\n"));
        assertEquals(2, e.problems().size());
        assertEquals(new SourcePosition(3, 3), e.problems().get(1).position());
    }

    private static Map<String, String> values(BashVariables v, String name) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        v.elements(name).forEach((k, val) -> out.put(k, val.value()));
        return out;
    }
}
