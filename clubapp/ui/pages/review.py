"""Review. Teachers: what students submitted, what changed since it was last approved, approve or return with a
comment. Students: what came back to them (with the comment) and their drafts, to fix and submit again."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import ServiceError
from ...services.reviews import ReviewItem
from ..context import UiContext
from ..text import format_number, label, rich, tr
from ..widgets import Column, RowsModel, make_table

KIND_LABELS = {"project": QT_TRANSLATE_NOOP("", "Project"), "visit": QT_TRANSLATE_NOOP("", "Visit"),
               "issue": QT_TRANSLATE_NOOP("", "Issue")}
STATE_LABELS = {"submitted": QT_TRANSLATE_NOOP("", "Waiting for review"),
                "returned": QT_TRANSLATE_NOOP("", "Returned to fix"),
                "draft": QT_TRANSLATE_NOOP("", "Not submitted yet")}


class ReviewPage(QWidget):
    title = "Review"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.teacher = ctx.actor.is_teacher
        self.loaded = False
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("Work your students sent for review. Open one to see what changed, then approve it or return it "
               "with a comment.") if self.teacher else
            tr("Work your teacher returned to you (read the comment, fix it, and submit again), and work you have "
               "not submitted yet."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RowsModel([
            Column(tr("What"), lambda r: label(KIND_LABELS, r.entity_type)),
            Column(tr("Title"), lambda r: r.title),
            Column(tr("State"), lambda r: label(STATE_LABELS, r.state)),
            Column(tr("By"), lambda r: r.submitted_by),
            Column(tr("Sent"), lambda r: r.submitted_at),
            Column(tr("Comment"), lambda r: r.comment),
        ], self)
        self.table, self.proxy = make_table(self.model, self)
        self.table.setAccessibleName(tr("Work to review"))
        # Several at once (Ctrl+click, Shift+click): the preview always shows exactly what the buttons act on.
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setColumnWidth(1, 320)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        self.details = QTextBrowser()
        self.details.setAccessibleName(tr("Details of the chosen item"))
        splitter.addWidget(self.details)
        splitter.setSizes([600, 400])
        layout.addWidget(splitter, 1)
        bar = QHBoxLayout()
        self.open_button = QPushButton(tr("&Open"))
        self.approve_button = QPushButton(tr("&Approve"))
        self.return_button = QPushButton(tr("&Return with a comment…"))
        self.submit_button = QPushButton(tr("&Submit again"))
        bar.addWidget(self.open_button)
        if self.teacher:
            bar.addWidget(self.approve_button)
            bar.addWidget(self.return_button)
        else:
            bar.addWidget(self.submit_button)
        bar.addStretch(1)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.table.activated.connect(lambda _i: self.open_item())
        self.open_button.clicked.connect(self.open_item)
        self.approve_button.clicked.connect(self.approve)
        self.return_button.clicked.connect(self.return_item)
        self.submit_button.clicked.connect(self.submit)
        ctx.events.data_changed.connect(lambda kind: self.refresh() if self.loaded else None)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.loaded:
            self.refresh()

    def refresh(self) -> None:
        ctx, club_id = self.ctx, self.ctx.actor.club_id
        states = ("submitted",) if self.teacher else ("returned", "draft")

        def work(_t: Any) -> list[ReviewItem]:
            return ctx.services.reviews.queue(ctx.actor, club_id, states) if club_id else []

        ctx.tasks.run(work, on_success=self._show, on_failure=self.count_label.setText, label=tr("Loading reviews"))

    def _show(self, items: list[ReviewItem]) -> None:
        self.model.set_rows(items)
        self.loaded = True
        self.count_label.setText((tr("{count} waiting") if self.teacher else tr("{count} to do")).format(count=format_number(len(items))))
        self._selected()

    def chosen(self) -> list[ReviewItem]:
        """The selected items, in the table's order: what the preview shows and what the buttons act on."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        return [index.data(RowsModel.ROW_ROLE) for index in rows]

    def _selected(self) -> None:
        items = self.chosen()
        for button in (self.approve_button, self.return_button, self.submit_button):
            button.setEnabled(bool(items))
        self.open_button.setEnabled(len(items) == 1)
        if not items:
            self.details.setHtml("<p>" + escape(tr("Choose an item on the left.")) + "</p>")
            return
        if len(items) > 1:
            self.approve_button.setText(tr("&Approve these {count}").format(count=format_number(len(items))))
            self.return_button.setText(tr("&Return these {count} with a comment…").format(
                count=format_number(len(items))))
            self.submit_button.setText(tr("&Submit these {count} again").format(count=format_number(len(items))))
            parts = ["<h3>" + escape(tr("{count} items chosen").format(count=format_number(len(items)))) + "</h3>",
                     "<p>" + escape(tr("The buttons below act on all of these:")) + "</p><ul>"]
            parts += [f"<li>{escape(label(KIND_LABELS, item.entity_type))}: <b>{escape(item.title)}</b>"
                      + (f" — {escape(item.submitted_by)}" if item.submitted_by else "") + "</li>" for item in items]
            parts.append("</ul>")
            self.details.setHtml(rich("".join(parts)))
            return
        self.approve_button.setText(tr("&Approve"))
        self.return_button.setText(tr("&Return with a comment…"))
        self.submit_button.setText(tr("&Submit again"))
        item = items[0]
        parts = [f"<h3>{escape(label(KIND_LABELS, item.entity_type))}: {escape(item.title)}</h3>",
                 "<p>" + escape(label(STATE_LABELS, item.state))
                 + (" · " + escape(tr("sent by {name}").format(name=item.submitted_by)) if item.submitted_by else "")
                 + "</p>"]
        if item.comment:
            parts.append("<p style='color:#a05a00'><b>" + escape(tr("Teacher's comment:")) + "</b> "
                         + escape(item.comment) + "</p>")
        if item.changes:
            parts.append("<p><b>" + escape(tr("Changed since it was approved:")) + "</b></p><table>")
            for name, (before, after) in item.changes.items():
                parts.append(f"<tr><td>{escape(name.replace('_', ' '))}</td>"
                             f"<td style='color:#b00020'><s>{escape(str(before))}</s></td>"
                             f"<td style='color:#007a55'>{escape(str(after))}</td></tr>")
            parts.append("</table>")
        elif item.revision <= 1:
            parts.append("<p>" + escape(tr("New: not approved before.")) + "</p>")
        self.details.setHtml(rich("".join(parts)))

    def open_item(self) -> None:
        items = self.chosen()
        if len(items) != 1:
            return
        item = items[0]
        if item.entity_type == "issue":
            self.ctx.events.open_issue.emit(item.entity_id)
        elif item.entity_type == "project":
            self.ctx.events.open_project.emit(item.entity_id)
        else:
            self.details.append(tr("Visits are shown in their project's window."))

    def _act(self, items: list[ReviewItem], act: Any, done: str, failed_title: str, working: str) -> None:
        """One task for all the chosen items; the ones that could not be done are said, the others stay done."""
        ctx = self.ctx

        def work(_t: Any) -> list[str]:
            problems = []
            for item in items:
                try:
                    act(item)
                except ServiceError as exc:
                    problems.append(f"{item.title}: {tr(str(exc))}")
            return problems

        def finished(problems: list[str]) -> None:
            if problems:
                QMessageBox.warning(self, failed_title, "\n".join(problems))
            self._done(done)

        ctx.tasks.run(work, on_success=finished, on_failure=lambda m: QMessageBox.warning(self, failed_title, m),
                      label=working)

    @staticmethod
    def _titles(items: list[ReviewItem]) -> str:
        return ", ".join(item.title for item in items)

    def approve(self) -> None:
        items, ctx = self.chosen(), self.ctx
        if items:
            self._act(items, lambda item: ctx.services.reviews.approve(ctx.actor, item.entity_type, item.entity_id),
                      tr("Approved: {title}").format(title=self._titles(items)), tr("Not approved"), tr("Approving"))

    def return_item(self) -> None:
        items, ctx = self.chosen(), self.ctx
        if not items:
            return
        comment, ok = QInputDialog.getMultiLineText(self, tr("Return with a comment"),
                                                    tr("What should the student change?"))
        if not ok:
            return
        self._act(items, lambda item: ctx.services.reviews.return_with_comment(
                      ctx.actor, item.entity_type, item.entity_id, comment),
                  tr("Returned: {title}").format(title=self._titles(items)), tr("Not returned"), tr("Returning"))

    def submit(self) -> None:
        items, ctx = self.chosen(), self.ctx
        if items:
            self._act(items, lambda item: ctx.services.reviews.submit(ctx.actor, item.entity_type, item.entity_id),
                      tr("Sent for review: {title}").format(title=self._titles(items)), tr("Not submitted"),
                      tr("Submitting"))

    def _done(self, message: str) -> None:
        self.ctx.events.status_message.emit(message)
        self.ctx.events.data_changed.emit("review")
