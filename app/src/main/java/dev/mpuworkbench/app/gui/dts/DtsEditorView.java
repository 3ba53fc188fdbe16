package dev.mpuworkbench.app.gui.dts;

import dev.mpuworkbench.app.gui.model.WorkbenchModel;
import dev.mpuworkbench.core.model.SubjectPath;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.geometry.Orientation;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The Device tree tab: the design's runtime DTS in a code editor with highlighting. Apply (Ctrl+Enter) makes
 * the edited text the design as one undoable step; Reload goes back to the design's DTS. Problems of a refused
 * apply are underlined at their place, marked in the gutter and listed below; clicking one moves there.
 * Selecting a subject elsewhere scrolls to where it is written. While the text holds no unapplied edits,
 * Ctrl+Z and Ctrl+Y undo and redo the design (with edits they undo and redo typing).
 */
public final class DtsEditorView extends BorderPane {
    private static final KeyCombination APPLY = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
        KeyCombination.SHIFT_DOWN);

    private final WorkbenchModel model;
    private final DtsViewModel vm;
    private final CodeArea area = new CodeArea();
    private final ListView<DtsProblem> problemList = new ListView<>();
    private final Label status = new Label();
    private final Label staleBanner = new Label("The design changed; Reload discards your edits.");
    private boolean loading;

    public DtsEditorView(WorkbenchModel model) {
        this.model = model;
        this.vm = new DtsViewModel(model);
        getStyleClass().add("dts-view");
        getStylesheets().add(Objects.requireNonNull(DtsEditorView.class.getResource("/dev/mpuworkbench/app/gui/dts.css"),
            "dts.css").toExternalForm());

        area.setId("dts-editor");
        area.getStyleClass().add("dts-editor");
        area.setParagraphGraphicFactory(gutter());
        area.multiPlainChanges().subscribe(this::restyleChanged);
        area.textProperty().addListener((o, a, t) -> {
            if (!loading) vm.textProperty().set(t);
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        vm.textProperty().addListener((o, a, t) -> showText(t));
        vm.problems().addListener((ListChangeListener<DtsProblem>) c -> problemsChanged());
        model.selectionProperty().addListener((o, a, s) -> reveal(s));

        Button apply = new Button("Apply");
        apply.setId("dts-apply");
        apply.setTooltip(new Tooltip("Make the edited device tree the design (Ctrl+Enter); Undo puts it back"));
        apply.setOnAction(e -> apply());
        apply.disableProperty().bind(vm.dirtyProperty().not());
        Button reload = new Button("Reload");
        reload.setId("dts-reload");
        reload.setTooltip(new Tooltip("Show the design's device tree again, dropping edits"));
        reload.setOnAction(e -> vm.reload());
        Label edited = new Label("edited");
        edited.getStyleClass().add("dts-edited");
        edited.visibleProperty().bind(vm.dirtyProperty());
        staleBanner.setId("dts-stale");
        staleBanner.getStyleClass().add("dts-stale");
        staleBanner.visibleProperty().bind(vm.staleProperty());
        staleBanner.managedProperty().bind(vm.staleProperty());
        status.setId("dts-status");
        status.getStyleClass().add("dts-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(0);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, apply, reload, edited, staleBanner, spring, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("dts-bar");

        problemList.setId("dts-problems");
        problemList.getStyleClass().add("dts-problem-list");
        problemList.setItems(vm.problems());
        problemList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DtsProblem p, boolean empty) {
                super.updateItem(p, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || p == null ? null : p.toString());
                setTooltip(empty || p == null ? null : new Tooltip(p.message()));
                setOnMouseClicked(empty || p == null ? null : e -> goTo(p));
            }
        });
        problemList.setPlaceholder(new Label("No problems"));

        SplitPane split = new SplitPane(new VirtualizedScrollPane<>(area), problemList);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.8);
        SplitPane.setResizableWithParent(problemList, false);
        setTop(bar);
        setCenter(split);
        showText(vm.text());
    }

    private void keyPressed(KeyEvent e) {
        if (APPLY.match(e)) {
            apply();
            e.consume();
        } else if (UNDO.match(e) && !vm.isDirty()) {
            model.undo();
            e.consume();
        } else if ((REDO.match(e) || REDO_SHIFT.match(e)) && !vm.isDirty()
            && (model.redoDescriptionProperty().get() != null || !area.getUndoManager().isRedoAvailable())) {
            model.redo();
            e.consume();
        }
    }

    private void apply() {
        if (!vm.apply() && !vm.problems().isEmpty() && vm.problems().get(0).hasPlace()) goTo(vm.problems().get(0));
    }

    /** Replaces the editor's text when the view-model loads another one (not when the user typed it). */
    private void showText(String text) {
        if (text.equals(area.getText())) return;
        loading = true;
        try {
            area.replaceText(text);
            area.getUndoManager().forgetHistory();
            area.moveTo(0);
            restyleAll();
        } finally {
            loading = false;
        }
        reveal(model.selection());
    }

    private void restyleChanged(List<PlainTextChange> changes) {
        if (loading) return;
        boolean whole = area.getText().contains("/*");
        for (PlainTextChange c : changes) {
            whole |= DtsHighlighter.reachesOtherLines(c.getInserted()) || DtsHighlighter.reachesOtherLines(c.getRemoved());
        }
        if (whole) {
            restyleAll();
            return;
        }
        for (PlainTextChange c : changes) {
            int end = Math.min(c.getInsertionEnd(), area.getLength());
            int from = area.offsetToPosition(Math.min(c.getPosition(), end), org.fxmisc.richtext.model.TwoDimensional.Bias.Backward).getMajor();
            int to = area.offsetToPosition(end, org.fxmisc.richtext.model.TwoDimensional.Bias.Backward).getMajor();
            for (int p = from; p <= to && p < area.getParagraphs().size(); p++) {
                String line = area.getParagraph(p).getText();
                if (!line.isEmpty()) area.setStyleSpans(p, 0, DtsHighlighter.styles(line));
            }
        }
    }

    private void restyleAll() {
        String text = area.getText();
        if (!text.isEmpty()) area.setStyleSpans(0, DtsHighlighter.styles(text));
    }

    private void problemsChanged() {
        restyleAll();
        for (DtsProblem p : vm.problems()) mark(p);
        area.setParagraphGraphicFactory(gutter());
    }

    /** Underlines a problem's range (a whole line when the range is empty). */
    private void mark(DtsProblem p) {
        if (!p.hasPlace() || p.line() > area.getParagraphs().size()) return;
        int from = offset(p.line(), p.column());
        int to = offset(p.endLine(), p.endColumn());
        if (to <= from) {
            from = area.getAbsolutePosition(p.line() - 1, 0);
            to = from + area.getParagraph(p.line() - 1).length();
        }
        if (to <= from) return;
        StyleSpans<Collection<String>> spans = area.getStyleSpans(from, to).mapStyles(s -> {
            List<String> marked = new ArrayList<>(s);
            marked.add("dts-error");
            return marked;
        });
        area.setStyleSpans(from, spans);
    }

    private int offset(int line, int column) {
        int paragraph = Math.min(Math.max(line, 1), area.getParagraphs().size()) - 1;
        int col = Math.min(Math.max(column - 1, 0), area.getParagraph(paragraph).length());
        return area.getAbsolutePosition(paragraph, col);
    }

    /** Line numbers with a mark (and the message as its tooltip) on lines that have a problem. */
    private IntFunction<Node> gutter() {
        IntFunction<Node> numbers = LineNumberFactory.get(area);
        List<DtsProblem> shown = List.copyOf(vm.problems());
        return paragraph -> {
            Node number = numbers.apply(paragraph);
            Label mark = new Label();
            mark.getStyleClass().add("dts-gutter-mark");
            mark.setMinWidth(14);
            List<String> here = shown.stream().filter(p -> p.hasPlace() && p.line() - 1 == paragraph)
                .map(DtsProblem::message).toList();
            if (!here.isEmpty()) {
                mark.setText("\u25CF");
                mark.getStyleClass().add("dts-gutter-error");
                mark.setTooltip(new Tooltip(String.join("\n", here)));
            }
            HBox box = new HBox(number, mark);
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        };
    }

    /** Moves the caret to a problem's place and shows it. */
    public void goTo(DtsProblem p) {
        if (!p.hasPlace() || area.getParagraphs().isEmpty()) return;
        area.moveTo(offset(p.line(), p.column()));
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** Scrolls to where a subject is written and selects that line. */
    private void reveal(SubjectPath subject) {
        OptionalInt line = vm.lineOf(subject);
        if (line.isEmpty() || line.getAsInt() >= area.getParagraphs().size()) return;
        int p = line.getAsInt();
        String text = area.getParagraph(p).getText();
        int indent = text.length() - text.stripLeading().length();
        area.selectRange(p, indent, p, text.length());
        area.showParagraphAtTop(Math.max(0, p - 3));
    }

    public DtsViewModel viewModel() {
        return vm;
    }

    public CodeArea area() {
        return area;
    }

    public ListView<DtsProblem> problemList() {
        return problemList;
    }
}
