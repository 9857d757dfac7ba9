"""Review. Teachers: what students submitted, what changed since it was last approved, approve or return with a
comment. Students: what came back to them (with the comment) and their drafts, to fix and submit again."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...services.reviews import ReviewItem
from ..context import UiContext
from ..widgets import Column, RowsModel, make_table, selected_row

KIND_LABELS = {"project": "Project", "visit": "Visit", "issue": "Issue"}
STATE_LABELS = {"submitted": "Waiting for review", "returned": "Returned to fix", "draft": "Not submitted yet"}


class ReviewPage(QWidget):
    title = "Review"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.teacher = ctx.actor.is_teacher
        self.loaded = False
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Work your students sent for review. Open one to see what changed, then approve it or return it with "
            "a comment." if self.teacher else
            "Work your teacher returned to you (read the comment, fix it, and submit again), and work you have "
            "not submitted yet.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = RowsModel([
            Column("What", lambda r: KIND_LABELS.get(r.entity_type, r.entity_type)),
            Column("Title", lambda r: r.title),
            Column("State", lambda r: STATE_LABELS.get(r.state, r.state)),
            Column("By", lambda r: r.submitted_by),
            Column("Sent", lambda r: r.submitted_at),
            Column("Comment", lambda r: r.comment),
        ], self)
        self.table, self.proxy = make_table(self.model, self)
        self.table.setColumnWidth(1, 320)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        self.details = QTextBrowser()
        splitter.addWidget(self.details)
        splitter.setSizes([600, 400])
        layout.addWidget(splitter, 1)
        bar = QHBoxLayout()
        self.open_button = QPushButton("&Open")
        self.approve_button = QPushButton("&Approve")
        self.return_button = QPushButton("&Return with a comment…")
        self.submit_button = QPushButton("&Submit again")
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
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
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

        ctx.tasks.run(work, on_success=self._show, on_failure=self.count_label.setText, label="Loading reviews")

    def _show(self, items: list[ReviewItem]) -> None:
        self.model.set_rows(items)
        self.loaded = True
        self.count_label.setText(f"{len(items)} waiting" if self.teacher else f"{len(items)} to do")
        self._selected()

    def _selected(self) -> None:
        item: ReviewItem | None = selected_row(self.table)
        for button in (self.open_button, self.approve_button, self.return_button, self.submit_button):
            button.setEnabled(item is not None)
        if item is None:
            self.details.setHtml("<p>Choose an item on the left.</p>")
            return
        parts = [f"<h3>{escape(KIND_LABELS.get(item.entity_type, ''))}: {escape(item.title)}</h3>",
                 f"<p>Revision {item.revision} · {escape(STATE_LABELS.get(item.state, item.state))}</p>"]
        if item.comment:
            parts.append(f"<p style='color:#a05a00'><b>Teacher's comment:</b> {escape(item.comment)}</p>")
        if item.changes:
            parts.append("<p><b>Changed since it was approved:</b></p><table>")
            for name, (before, after) in item.changes.items():
                parts.append(f"<tr><td>{escape(name.replace('_', ' '))}</td>"
                             f"<td style='color:#b00020'><s>{escape(str(before))}</s></td>"
                             f"<td style='color:#007a55'>{escape(str(after))}</td></tr>")
            parts.append("</table>")
        elif item.revision <= 1:
            parts.append("<p>New: not approved before.</p>")
        self.details.setHtml("".join(parts))

    def open_item(self) -> None:
        item: ReviewItem | None = selected_row(self.table)
        if item is None:
            return
        if item.entity_type == "issue":
            self.ctx.events.open_issue.emit(item.entity_id)
        elif item.entity_type == "project":
            self.ctx.events.open_project.emit(item.entity_id)
        else:
            self.details.append("Visits are shown in their project's window.")

    def approve(self) -> None:
        item: ReviewItem | None = selected_row(self.table)
        if item is None:
            return
        ctx = self.ctx
        ctx.tasks.run(lambda _t: ctx.services.reviews.approve(ctx.actor, item.entity_type, item.entity_id),
                      on_success=lambda _r: self._done(f"Approved: {item.title}"),
                      on_failure=lambda m: QMessageBox.warning(self, "Not approved", m), label="Approving")

    def return_item(self) -> None:
        item: ReviewItem | None = selected_row(self.table)
        if item is None:
            return
        comment, ok = QInputDialog.getMultiLineText(self, "Return with a comment",
                                                    "What should the student change?")
        if not ok:
            return
        ctx = self.ctx
        ctx.tasks.run(
            lambda _t: ctx.services.reviews.return_with_comment(ctx.actor, item.entity_type, item.entity_id, comment),
            on_success=lambda _r: self._done(f"Returned: {item.title}"),
            on_failure=lambda m: QMessageBox.warning(self, "Not returned", m), label="Returning")

    def submit(self) -> None:
        item: ReviewItem | None = selected_row(self.table)
        if item is None:
            return
        ctx = self.ctx
        ctx.tasks.run(lambda _t: ctx.services.reviews.submit(ctx.actor, item.entity_type, item.entity_id),
                      on_success=lambda _r: self._done(f"Sent for review: {item.title}"),
                      on_failure=lambda m: QMessageBox.warning(self, "Not submitted", m), label="Submitting")

    def _done(self, message: str) -> None:
        self.ctx.events.status_message.emit(message)
        self.ctx.events.data_changed.emit("review")
