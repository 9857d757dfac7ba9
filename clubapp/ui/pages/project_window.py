"""One project: its details, photos (import by dialog or drag-and-drop), visits and issues, in tabs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.codelists import VISIT_ANSWERS
from ...services.geocoding import taken_near
from ...services.visits import QUESTIONS, VisitInput
from ..context import UiContext
from ..date_field import DateField, date_problems
from ..forms import DraftKeeper
from ..text import format_date, label, labels, rich, tr
from ..widgets import form_row, submit_for_review
from .issues import IssueDialog, IssuesTable
from .projects import ProjectDialog, project_summary_html, review_label

THUMB = 160
QUESTION_LABELS = {
    "documents_available": QT_TRANSLATE_NOOP("", "Were the project documents available?"),
    "community_engaged": QT_TRANSLATE_NOOP("", "Was the community engaged?"),
    "matches_specification": QT_TRANSLATE_NOOP("", "Does the work match the specification?"),
    "beneficiaries_satisfied": QT_TRANSLATE_NOOP("", "Are the beneficiaries satisfied?"),
}
PHOTO_PATTERNS = "(*.jpg *.jpeg *.png *.heic *.webp *.JPG *.JPEG *.PNG)"
EVIDENCE_LABELS = {"before": QT_TRANSLATE_NOOP("", "before"), "after": QT_TRANSLATE_NOOP("", "after")}


def load_thumbnails(ctx: UiContext, photo_ids: list[str], task: Any) -> list[tuple[str, QImage]]:
    """On a worker: photo bytes to small QImages (QImage, unlike QPixmap, may be made off the UI thread)."""
    out = []
    for index, photo_id in enumerate(photo_ids):
        if task.cancelled:
            break
        image = QImage.fromData(ctx.services.photos.photo_bytes(ctx.actor, photo_id))
        out.append((photo_id, image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation)))
        task.progress(index + 1, len(photo_ids), "")
    return out


class PhotoStrip(QListWidget):
    """Thumbnails of a project's or an issue's photos; drop files on it to import them."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMovement(QListWidget.Movement.Static)
        self.setSpacing(8)
        self.setAcceptDrops(True)
        self.setWordWrap(True)

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)


class PhotoPanel(QWidget):
    """Photos of one owner (a project, or an issue), with import, captions and a full view."""

    def __init__(self, ctx: UiContext, *, project_id: str | None = None, issue_id: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.project_id, self.issue_id = ctx, project_id, issue_id
        self.photos: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(tr("&Add photos…"))
        self.evidence = QComboBox()
        self.evidence.setAccessibleName(tr("The photos show"))
        self.evidence.addItem(tr("Before (the problem)"), "before")
        self.evidence.addItem(tr("After (the fix)"), "after")
        self.evidence.setVisible(issue_id is not None)
        bar.addWidget(self.add_button)
        bar.addWidget(self.evidence)
        bar.addStretch(1)
        self.hint = QLabel(tr("Drop photos here, or use Add photos. Double-click a photo to see it large."))
        bar.addWidget(self.hint)
        layout.addLayout(bar)
        self.strip = PhotoStrip(self)
        self.strip.setAccessibleName(tr("Photos"))
        self.strip.setAccessibleDescription(tr("Drop photos here, or use Add photos. Double-click a photo to see it "
                                               "large."))
        layout.addWidget(self.strip, 1)
        self.report = QLabel()
        self.report.setWordWrap(True)
        layout.addWidget(self.report)
        self.add_button.clicked.connect(self.choose_files)
        self.add_button.setEnabled(ctx.actor.club_id is not None)
        self.strip.files_dropped.connect(self.import_files)
        self.strip.itemActivated.connect(self.show_large)

    def refresh(self) -> None:
        ctx, project_id, issue_id = self.ctx, self.project_id, self.issue_id

        def work(task: Any) -> tuple[list[Any], list[tuple[str, QImage]], dict[str, str]]:
            photos = ctx.services.photos.list_photos(ctx.actor, project_id=project_id if not issue_id else None,
                                                     issue_id=issue_id)
            near = {p.id: taken_near(p.latitude, p.longitude) for p in photos}  # reads town lists: off the UI
            return photos, load_thumbnails(ctx, [p.id for p in photos], task), near

        self.ctx.tasks.run(work, on_success=self._show, on_failure=self.report.setText, label=tr("Loading photos"))

    def _show(self, result: tuple[list[Any], list[tuple[str, QImage]], dict[str, str]]) -> None:
        photos, thumbs, near = result
        self.photos = {p.id: p for p in photos}
        self.strip.clear()
        for photo_id, image in thumbs:
            photo = self.photos[photo_id]
            when = format_date(photo.taken_at.date()) if photo.taken_at else tr("date unknown")
            text = f"{photo.caption or ''}\n{when}" + (
                f" · {label(EVIDENCE_LABELS, photo.evidence)}" if photo.evidence else "") + (
                f"\n{near[photo_id]}" if near.get(photo_id) else "")
            item = QListWidgetItem(QPixmap.fromImage(image), text.strip())
            item.setData(Qt.ItemDataRole.UserRole, photo_id)
            item.setToolTip(text)
            self.strip.addItem(item)
        self.hint.setText(tr("No photos yet. Drop photos here, or use Add photos.") if not thumbs else
                          tr("Drop photos here, or use Add photos. Double-click a photo to see it large."))

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Add photos"), str(Path.home()),
                                                tr("Photos") + " " + PHOTO_PATTERNS)
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> None:
        ctx, project_id, issue_id = self.ctx, self.project_id, self.issue_id
        evidence = self.evidence.currentData() if issue_id else None
        max_side = ctx.local.photo_max_side if ctx.local is not None else 1600
        progress = QProgressDialog(tr("Importing photos…"), tr("Stop"), 0, len(paths), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def work(task: Any) -> Any:
            return ctx.services.photos.add_photos(
                ctx.actor, paths, project_id=None if issue_id else project_id, issue_id=issue_id,
                evidence=evidence, max_side=max_side,
                progress=lambda done, total, path: task.progress(done, total, Path(path).name),
                cancelled=lambda: task.cancelled,
            )

        def on_progress(done: int, total: int, name: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(tr("Importing photo {number} of {total}: {name}").format(
                number=min(done + 1, total), total=total, name=name))

        handle = ctx.tasks.run(work, on_success=self._imported, on_failure=self._failed, on_progress=on_progress,
                               label=tr("Importing photos"))
        progress.canceled.connect(handle.cancel)
        handle.signals.finished.connect(progress.close)
        self._progress = progress

    def _imported(self, report: Any) -> None:
        lines = [tr("{count} photo(s) added.").format(count=report.added)]  # a file added again is not counted
        lines += [tr("Not added: {file}: {why}").format(file=Path(path).name, why=why) for path, why in report.failed]
        lines += [tr("Note: {file}: {why}").format(file=Path(path).name, why=why) for path, why in report.warnings]
        if report.cancelled:
            lines.append(tr("Stopped before the end; the photos above were added."))
        self.report.setText("\n".join(lines))
        self.ctx.events.data_changed.emit("photo")
        self.refresh()

    def _failed(self, message: str) -> None:
        self.report.setText(message)

    def show_large(self, item: QListWidgetItem) -> None:
        photo_id = item.data(Qt.ItemDataRole.UserRole)
        PhotoViewer(self.ctx, self.photos[photo_id], self).open()


class PhotoViewer(QDialog):
    def __init__(self, ctx: UiContext, photo: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.photo = ctx, photo
        self.setWindowTitle(photo.caption or tr("Photo"))
        self.resize(900, 720)
        self.image = QLabel(tr("Loading…"))
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.scroll = scroll
        self.caption = QPlainTextEdit(photo.caption or "")
        self.caption.setAccessibleName(tr("Caption"))
        self.caption.setFixedHeight(50)
        where = (f"{photo.latitude:.5f}, {photo.longitude:.5f}" if photo.latitude is not None
                 else tr("no position"))
        when = format_date(photo.taken_at) if photo.taken_at else tr("date unknown")
        info = QLabel(tr("Taken {when}, {where}; {width}×{height} pixels").format(
            when=when, where=where, width=photo.width, height=photo.height))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save_caption)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(info)
        caption_label = QLabel(tr("&Caption:"))
        caption_label.setBuddy(self.caption)
        layout.addWidget(caption_label)
        layout.addWidget(self.caption)
        layout.addWidget(buttons)
        ctx.tasks.run(lambda _t: QImage.fromData(ctx.services.photos.photo_bytes(ctx.actor, photo.id)),
                      on_success=self._loaded, label=tr("Opening a photo"))

    def _loaded(self, image: QImage) -> None:
        """Shown whole, fitted to the window (a phone's photo is larger than any school screen)."""
        room = self.scroll.viewport().size()
        if image.width() > room.width() or image.height() > room.height():
            image = image.scaled(room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self.image.setPixmap(QPixmap.fromImage(image))

    def save_caption(self) -> None:
        ctx, photo_id, caption = self.ctx, self.photo.id, self.caption.toPlainText()
        ctx.tasks.run(lambda _t: ctx.services.photos.set_caption(ctx.actor, photo_id, caption),
                      on_success=lambda _r: (ctx.events.data_changed.emit("photo"), self.accept()),
                      on_failure=lambda m: QMessageBox.warning(self, tr("Caption not saved"), m),
                      label=tr("Saving a caption"))


class VisitDialog(QDialog):
    """Record a monitoring visit: when, who went, the four questions, notes."""

    def __init__(self, ctx: UiContext, project_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        self.setWindowTitle(tr("Record a monitoring visit"))
        form = QFormLayout()
        self.fields: dict[str, QWidget] = {"visited_on": DateField(allow_empty=False)}
        form_row(form, tr("&Date of the visit"), self.fields["visited_on"])
        for question in QUESTIONS:
            combo = QComboBox()
            for code, text in labels(VISIT_ANSWERS).items():
                combo.addItem(text, code)
            combo.setCurrentIndex(combo.findData("unknown"))
            self.fields[question] = combo
            form_row(form, label(QUESTION_LABELS, question), combo)
        self.fields["notes"] = QPlainTextEdit()
        self.fields["notes"].setFixedHeight(80)
        form_row(form, tr("&Notes"), self.fields["notes"])
        self.attendees = QListWidget()
        self.attendees.setMaximumHeight(150)
        form.addRow(tr("Who went"), self.attendees)
        self.attendees.setAccessibleName(tr("Who went"))
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.drafts = DraftKeeper(ctx, f"visit:new:{project_id}", self.fields, self)
        self.drafts.restore()
        club_id = ctx.actor.club_id
        ctx.tasks.run(lambda _t: ctx.services.members.list_members(ctx.actor, club_id) if club_id else [],
                      on_success=self._members, label=tr("Loading members"))

    def _members(self, members: list[Any]) -> None:
        for member in members:
            item = QListWidgetItem(member.full_name)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            me = member.id == self.ctx.actor.member_id
            item.setCheckState(Qt.CheckState.Checked if me else Qt.CheckState.Unchecked)
            self.attendees.addItem(item)

    def save(self) -> None:
        problems = date_problems(self.fields)
        if problems:
            self.problems.setText("\n".join(problems))
            return
        values = self.drafts.values()
        attendee_ids = [self.attendees.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.attendees.count())
                        if self.attendees.item(i).checkState() == Qt.CheckState.Checked]
        data = VisitInput(attendee_ids=attendee_ids, **values)
        ctx, project_id = self.ctx, self.project_id
        ctx.tasks.run(lambda _t: ctx.services.visits.record(ctx.actor, project_id, data),
                      on_success=self._saved, on_failure=self.problems.setText, label=tr("Saving the visit"))

    def _saved(self, _visit_id: str) -> None:
        self.drafts.discard()
        self.ctx.events.data_changed.emit("visit")
        self.accept()

    def reject(self) -> None:
        self.drafts.flush()
        super().reject()


class ProjectWindow(QDialog):
    """A project's own window; several can be open side by side."""

    def __init__(self, ctx: UiContext, project_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.project_id, self.project = ctx, project_id, None
        self.setWindowTitle(tr("Project"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1000, 720)
        layout = QVBoxLayout(self)
        self.heading = QLabel(tr("Loading…"))
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        # What the teacher asked to change, shown where the student edits (not only on the Review page).
        self.comment = QLabel()
        self.comment.setWordWrap(True)
        self.comment.setAccessibleName(tr("Teacher's comment"))
        self.comment.setStyleSheet("color: #7a4100; background: #fff4e0; padding: 6px;")
        self.comment.hide()
        layout.addWidget(self.comment)
        bar = QHBoxLayout()
        self.edit_button = QPushButton(tr("&Edit details"))
        self.submit_button = QPushButton(tr("Su&bmit for review"))
        self.record_visit = QPushButton(tr("Record a &visit"))
        self.record_issue = QPushButton(tr("Record an &issue"))
        self.record_issue.setShortcut(QKeySequence("Ctrl+I"))
        for button in (self.edit_button, self.submit_button, self.record_visit, self.record_issue):
            bar.addWidget(button)
            button.setEnabled(ctx.actor.club_id is not None)
        bar.addStretch(1)
        self.report_button = QPushButton(tr("Project &report (PDF)…"))
        self.report_button.clicked.connect(self.save_report)
        bar.addWidget(self.report_button)
        layout.addLayout(bar)
        self.tabs = QTabWidget()
        self.details = QTextBrowser()
        self.details.setAccessibleName(tr("Details"))
        self.tabs.addTab(self.details, tr("&Details"))
        self.photos = PhotoPanel(ctx, project_id=project_id)
        self.tabs.addTab(self.photos, tr("&Photos"))
        self.visits = QTextBrowser()
        self.visits.setAccessibleName(tr("Visits"))
        self.tabs.addTab(self.visits, tr("Vi&sits"))
        self.issues = IssuesTable(ctx, project_id=project_id)
        self.tabs.addTab(self.issues, tr("Iss&ues"))
        layout.addWidget(self.tabs, 1)
        self.edit_button.clicked.connect(self.edit)
        self.submit_button.clicked.connect(self.submit)
        self.record_visit.clicked.connect(lambda: self._open(VisitDialog(ctx, project_id, self)))
        self.record_issue.clicked.connect(self.new_issue)
        ctx.events.data_changed.connect(self._changed)
        self.refresh()
        self.photos.refresh()
        self.issues.refresh()

    def _open(self, dialog: QDialog) -> None:
        dialog.open()

    def refresh(self) -> None:
        ctx, project_id = self.ctx, self.project_id

        def work(_task: Any) -> tuple[Any, list[Any], str]:
            project = ctx.services.projects.get(ctx.actor, project_id)
            comment = ""
            if project.review_state == "returned":
                returned = [e for e in ctx.services.reviews.history(ctx.actor, "project", project_id)
                            if e.action == "returned"]
                comment = returned[-1].comment if returned else ""
            return project, ctx.services.visits.list_for_project(ctx.actor, project_id), comment

        ctx.tasks.run(work, on_success=self._show, on_failure=self.details.setPlainText, label=tr("Opening the project"))

    def _show(self, result: tuple[Any, list[Any], str]) -> None:
        from html import escape

        self.project, visits, comment = result
        self.comment.setText(tr("Your teacher returned this to you: “{comment}”. Change what is asked, then "
                                "submit it again.").format(comment=comment))
        self.comment.setVisible(bool(comment))
        self.setWindowTitle(tr("Project: {title}").format(title=self.project.title))
        self.heading.setText(self.project.title)
        self.details.setHtml(rich(project_summary_html(self.project)))
        self.submit_button.setEnabled(self.ctx.actor.club_id is not None
                                      and self.project.review_state in ("draft", "returned"))
        parts = []
        for visit in visits:
            names = ", ".join(a.name for a in visit.attendees)
            answers = "".join(f"<li>{escape(label(QUESTION_LABELS, q))} "
                              f"<b>{escape(label(VISIT_ANSWERS, getattr(visit, q)))}</b></li>" for q in QUESTIONS)
            parts.append("<h3>" + escape(tr("Visit of {day}").format(day=format_date(visit.visited_on, "dd MMMM yyyy")))
                         + f"</h3><p>{escape(visit.notes)}</p>"
                         + "<p>" + escape(tr("Present: {names}").format(names=names or "—")) + f"</p><ul>{answers}</ul>"
                         + "<p style='color:#555'>"
                         + escape(tr("Review: {state}").format(state=review_label(visit.review_state))) + "</p>")
        self.visits.setHtml(rich("".join(parts)) or "<p>" + escape(tr("No visits recorded yet.")) + "</p>")
        self.tabs.setTabText(2, tr("Vi&sits ({count})").format(count=len(visits)))

    def _changed(self, kind: str) -> None:
        if kind in ("project", "visit", "review", "*"):
            self.refresh()
        if kind in ("issue", "*"):
            self.issues.refresh()

    def edit(self) -> None:
        if self.project is not None:
            ProjectDialog(self.ctx, self.project, self).open()

    def submit(self) -> None:
        submit_for_review(self, self.ctx, "project", self.project_id)

    def save_report(self) -> None:
        from ...reports import render_project_report

        name = (self.project.title if self.project else "project")[:40].replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the project report"), str(Path.home() / f"{name}.pdf"),
                                              tr("PDF (*.pdf)"))
        if not path:
            return
        ctx, project_id = self.ctx, self.project_id
        ctx.tasks.run(lambda _t: render_project_report(ctx.services, ctx.actor, project_id, Path(path)),
                      on_success=lambda _r: ctx.events.status_message.emit(tr("Report saved to {path}").format(path=path)),
                      on_failure=lambda m: QMessageBox.warning(self, tr("Report not made"), m),
                      label=tr("Making the report"))

    def new_issue(self) -> None:
        dialog = IssueDialog(self.ctx, self.project_id, self)
        dialog.open()

