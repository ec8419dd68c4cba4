"""The "Nota" tab: the texts of section 4 a–h of the nota to the minister, its header
data, and a simple preview in the nota's order (as seed 002).

Texts a–h are dossier fields: an edit becomes ``edit_requested`` and is saved through
the undo stack. The header (soort, titel, deadline, kenmerk, bijlagen, opgesteld door) is
stored per dossier in the vault (:meth:`mandaat.vault.session.Session.save_nota_header`) when a
field is left or after a short pause, like the texts; an empty field means the export's
default, shown as the field's placeholder. Given the window's undo stack, each header
change is a :class:`~ui.nota_commands.NotaHeaderCommand` on it.

Below them, "Weigeringsgronden (Woo)" (:mod:`ui.woo_grounds`): per field the Woo ground
of this dossier and its motivation, stored in the vault at once and, with the undo
stack, undoable with Ctrl+Z.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mandaat.errors import MandaatError
from mandaat.export.build import (
    KIND_WORDS,
    nota_attachments,
    nota_deadline,
    nota_kind,
    nota_title,
)
from mandaat.model import NOTA_HEADER_LIMITS, Dossier, NotaHeader, NotaKind
from mandaat.vault.session import Session
from ui import formatting as fmt
from ui.date_field import DateField
from ui.placeholder import set_example
from ui.session_events import events_for
from ui.woo_grounds import WooGroundsBox


def _t(text: str) -> str:
    return QCoreApplication.translate("NotaTab", text)


SECTIONS = (
    (
        "nota_a",
        QT_TRANSLATE_NOOP(
            "NotaTab", "a. Draagvlak politiek, maatschappelijk en eenduidige communicatie"
        ),
    ),
    ("nota_b", QT_TRANSLATE_NOOP("NotaTab", "b. Arbeidsmarkteffecten zorg- en welzijnsveld")),
    ("nota_c", QT_TRANSLATE_NOOP("NotaTab", "c. Gevolgen administratieve lasten")),
    (
        "nota_d",
        QT_TRANSLATE_NOOP(
            "NotaTab", "d. Financiële en personele gevolgen VWS en uitvoeringsorganisaties"
        ),
    ),
    ("nota_e", QT_TRANSLATE_NOOP("NotaTab", "e. Juridische aspecten haalbaarheid")),
    ("nota_f", QT_TRANSLATE_NOOP("NotaTab", "f. Afstemming")),
    ("nota_g", QT_TRANSLATE_NOOP("NotaTab", "g. Toezeggingen")),
    ("nota_h", QT_TRANSLATE_NOOP("NotaTab", "h. Fraudetoets")),
)
SAVE_DELAY_MS = 800
SENDER = (
    "Directoraat-Generaal Curatieve Zorg",
    "Directie Geneesmiddelen en Medische Technologie",
    "Buro Financiële Arrangementen Geneesmiddelen",
)


class NotaTab(QWidget):
    """Signals:
    edit_requested(object, object, str): before, after (Dossier) and the field name.
    """

    edit_requested = Signal(object, object, str)

    def __init__(
        self,
        session: Session,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self.dossier: Dossier | None = None
        self._loading = False
        self._pending: set[str] = set()
        self._head_pending = False
        self.header = NotaHeader()  # as stored for the shown dossier
        self.dossier_head_id: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._build()
        self.set_dossier(None)
        events = events_for(session)
        events.dossier_changed.connect(self._noticed)
        events.bids_changed.connect(self._noticed)  # the nota names the latest bid
        events.nota_header_changed.connect(self._header_noticed)
        events.woo_grounds_changed.connect(self._grounds_noticed)
        events.reloaded.connect(self._reread)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        body = QWidget()
        scroll.setWidget(body)
        col = QVBoxLayout(body)
        col.setContentsMargins(12, 12, 12, 12)

        head = QGroupBox(QCoreApplication.translate("NotaTab", "Kop van de nota"))
        form = QFormLayout(head)
        self.kind = QComboBox()
        # item data: the stored value ("" follows the phase)
        self.kind.addItem(QCoreApplication.translate("NotaTab", "Volgens de fase"), "")
        self.kind.addItem(
            QCoreApplication.translate("NotaTab", "TER BESLISSING"), NotaKind.TER_BESLISSING.value
        )
        self.kind.addItem(
            QCoreApplication.translate("NotaTab", "TER INFORMATIE"), NotaKind.TER_INFORMATIE.value
        )
        self.kind.setAccessibleName(QCoreApplication.translate("NotaTab", "Soort nota"))
        form.addRow(QCoreApplication.translate("NotaTab", "&Soort"), self.kind)
        self.title = QLineEdit()
        self.title.setAccessibleName(QCoreApplication.translate("NotaTab", "Titel"))
        self.title.setMaxLength(NOTA_HEADER_LIMITS["title"])
        form.addRow(QCoreApplication.translate("NotaTab", "&Titel"), self.title)
        self.deadline = DateField(
            optional=True,
            empty_text=QCoreApplication.translate("NotaTab", "standaard: 12 dagen na de datum"),
        )
        self.deadline.setAccessibleName(QCoreApplication.translate("NotaTab", "Deadline"))
        form.addRow(QCoreApplication.translate("NotaTab", "Deadl&ine"), self.deadline)
        self.kenmerk = QLineEdit()
        self.kenmerk.setAccessibleName(QCoreApplication.translate("NotaTab", "Kenmerk"))
        set_example(self.kenmerk, "4365452-1095706-GMT")
        self.kenmerk.setMaxLength(NOTA_HEADER_LIMITS["kenmerk"])
        form.addRow(QCoreApplication.translate("NotaTab", "&Kenmerk"), self.kenmerk)
        self.attachments = QLineEdit()
        self.attachments.setAccessibleName(QCoreApplication.translate("NotaTab", "Bijlagen"))
        self.attachments.setMaxLength(NOTA_HEADER_LIMITS["attachments"])
        form.addRow(QCoreApplication.translate("NotaTab", "Bi&jlage(n)"), self.attachments)
        self.author = QLineEdit()
        self.author.setAccessibleName(QCoreApplication.translate("NotaTab", "Opgesteld door"))
        self.author.setPlaceholderText(
            QCoreApplication.translate("NotaTab", "standaard: de VWS-betrokkenen van het dossier")
        )
        self.author.setToolTip(
            QCoreApplication.translate(
                "NotaTab",
                "Namen gescheiden door een puntkomma; in een Woo-publicatie weggelakt (5.1.2e)",
            )
        )
        self.author.setMaxLength(NOTA_HEADER_LIMITS["author"])
        form.addRow(QCoreApplication.translate("NotaTab", "&Opgesteld door"), self.author)
        note = QLabel(
            QCoreApplication.translate(
                "NotaTab",
                "De kopgegevens staan in de kluis; een leeg veld krijgt bij de export de "
                "standaardwaarde.",
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f5f5f;")
        form.addRow(note)
        self.head_message = QLabel()
        self.head_message.setWordWrap(True)
        self.head_message.setStyleSheet("color: #9b1c1c;")
        self.head_message.setAccessibleName(
            QCoreApplication.translate("NotaTab", "Melding bij de kop van de nota")
        )
        self.head_message.hide()
        form.addRow(self.head_message)
        for w in (self.title, self.kenmerk, self.attachments, self.author):
            w.textChanged.connect(self._head_typed)
            w.editingFinished.connect(self.flush)
        self.deadline.changed.connect(self._head_typed)
        self.deadline.edit.editingFinished.connect(self.flush)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        col.addWidget(head)

        texts = QGroupBox(QCoreApplication.translate("NotaTab", "4. Toelichting"))
        tl = QVBoxLayout(texts)
        self.edits: dict[str, QPlainTextEdit] = {}
        for name, label in SECTIONS:
            caption = QLabel(_t(label))
            caption.setWordWrap(True)
            edit = QPlainTextEdit()
            edit.setAccessibleName(_t(label))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            edit.textChanged.connect(lambda n=name: self._typed(n))
            caption.setBuddy(edit)
            tl.addWidget(caption)
            tl.addWidget(edit)
            self.edits[name] = edit
        col.addWidget(texts)
        self.woo = WooGroundsBox(self.session, undo_stack=self.undo_stack)
        col.addWidget(self.woo)
        col.addStretch(1)
        splitter.addWidget(scroll)

        self.preview = QTextBrowser()
        self.preview.setAccessibleName(
            QCoreApplication.translate("NotaTab", "Voorbeeld van de nota")
        )
        self.preview.setOpenLinks(False)
        splitter.addWidget(self.preview)
        splitter.setSizes([520, 480])

    def _noticed(self, dossier_id: int) -> None:
        if self.dossier is not None and self.dossier.id == dossier_id:
            self.show_dossier(self.session.dossier(dossier_id))

    def _header_noticed(self, dossier_id: int) -> None:
        self.header_changed(dossier_id)

    def _grounds_noticed(self, dossier_id: int) -> None:
        self.woo.model.reload_dossier(dossier_id)

    def _reread(self) -> None:
        if self.dossier is not None and self.dossier.id is not None:
            d = self.session.dossier(self.dossier.id)
            self.dossier_head_id = None  # read the header again too
            self.show_dossier(d)

    def set_dossier(self, dossier_id: int | None) -> None:
        self.flush()
        self.show_dossier(None if dossier_id is None else self.session.dossier(dossier_id))

    def show_dossier(self, d: Dossier | None) -> None:
        self.dossier = d
        self._loading = True
        try:
            self.setEnabled(d is not None)
            self.woo.set_dossier(d.id if d is not None else None)
            for name, edit in self.edits.items():
                value = getattr(d, name) if d else ""
                if name in self._pending and d is not None:
                    continue  # the user is typing here; the pending edit follows
                if edit.toPlainText() != value:
                    edit.setPlainText(value)
            if d is None:
                self.dossier_head_id = None
                self._show_header(NotaHeader())
            elif self.dossier_head_id != d.id:
                assert d.id is not None
                self.dossier_head_id = d.id
                self._show_header(self.session.nota_header(d.id))
            elif not self._head_pending:
                self._set_placeholders()
        finally:
            self._loading = False
        self._update_preview()

    # -- the header ------------------------------------------------------------------

    def _show_header(self, h: NotaHeader) -> None:
        """Put a stored header in the fields (no edit follows from it)."""
        loading, self._loading = self._loading, True
        try:
            self.header = h
            self._head_pending = False
            self.head_message.hide()
            self.kind.setCurrentIndex(max(0, self.kind.findData(h.kind.value)) if h.kind else 0)
            for edit, value in (
                (self.title, h.title),
                (self.kenmerk, h.kenmerk),
                (self.attachments, h.attachments),
                (self.author, h.author),
            ):
                if edit.text() != value:
                    edit.setText(value)
            self.deadline.setDate(h.deadline)
            self._set_placeholders()
        finally:
            self._loading = loading

    def _set_placeholders(self) -> None:
        """The export's defaults for this dossier, shown in the empty fields."""
        d = self.dossier
        self.title.setPlaceholderText(nota_title(d) if d else "")
        self.attachments.setPlaceholderText((nota_attachments(d) or "—") if d else "")

    def edited_header(self) -> NotaHeader:
        """The header as the fields show it (raises ValueError for a bad value)."""
        kind = self.kind.currentData()
        return NotaHeader(
            kind=NotaKind(kind) if kind else None,
            title=self.title.text(),
            deadline=self.deadline.date(),  # text that is no date: the last good one
            kenmerk=self.kenmerk.text(),
            attachments=self.attachments.text(),
            author=self.author.text(),
        ).normalized()

    def _head_typed(self) -> None:
        if self._loading:
            return
        self._head_pending = True
        self._timer.start()
        self._update_preview()

    def _kind_chosen(self) -> None:
        if self._loading:
            return
        self._head_pending = True
        self.flush()
        self._update_preview()

    def _flush_head(self) -> None:
        if not self._head_pending:
            return
        self._head_pending = False
        d = self.dossier
        if d is None or d.id is None or d.id != self.dossier_head_id:
            return
        try:
            after = self.edited_header()
        except ValueError as exc:
            self._head_refused(str(exc))
            return
        before = self.session.nota_header(d.id)
        if after == before:
            return
        if self.undo_stack is not None:
            from ui.nota_commands import NotaHeaderCommand

            command = NotaHeaderCommand(
                self.session,
                d.id,
                before,
                after,
                on_changed=self.header_changed,
                on_failed=self._head_refused,
            )
            self.undo_stack.push(command)
            return
        try:
            self.session.save_nota_header(d.id, after)
        except MandaatError as exc:
            self._head_refused(str(exc))
            return
        self.header_changed(d.id)

    def header_changed(self, dossier_id: int) -> None:
        """The stored header of ``dossier_id`` changed (an edit, an undo): show it."""
        if dossier_id != self.dossier_head_id:
            return
        stored = self.session.nota_header(dossier_id)
        if self._head_pending:
            self.header = stored
            return
        try:
            shown = self.edited_header()
        except ValueError:
            shown = None
        self.header = stored
        if shown != stored:
            self._show_header(stored)
        self.head_message.hide()
        self._update_preview()

    def _head_refused(self, text: str) -> None:
        self.head_message.setText(
            QCoreApplication.translate("NotaTab", "De kop is niet opgeslagen: %1").replace(
                "%1", text
            )
        )
        self.head_message.show()

    def _typed(self, name: str) -> None:
        if self._loading:
            return
        self._pending.add(name)
        self._timer.start()
        self._update_preview()

    def flush(self) -> None:
        """Store the pending header edit and emit the pending text edits now."""
        self._timer.stop()
        self._flush_head()
        if self.dossier is None or not self._pending:
            self._pending.clear()
            return
        for name in sorted(self._pending):
            before = self.dossier
            after = replace(before, **{name: self.edits[name].toPlainText()})
            if after != before:
                self.edit_requested.emit(before, after, name)
        self._pending.clear()

    def preview_html(self) -> str:
        d = self.dossier
        e = html.escape
        try:
            h = self.edited_header()
        except ValueError:
            h = self.header
        today = dt.date.today()
        if d is not None:
            kind = KIND_WORDS[nota_kind(d, h)]
            title = h.title or nota_title(d)
            attachments = nota_attachments(d, h)
            people = [p for p in d.people if "VWS" in p.organisation.upper()] or list(d.people[:1])
            author = ", ".join(h.authors) or ", ".join(p.name for p in people)
        else:
            kind = title = attachments = author = ""
        rows = [
            ("Aan", "Minister van Volksgezondheid, Welzijn en Sport"),
            ("Deadline", fmt.date(nota_deadline(today, h))),
            ("Opgesteld door", author or "—"),
            ("Kenmerk", h.kenmerk or "—"),
            ("Bijlage(n)", attachments or "—"),
        ]
        parts = [
            "<p style='color:#9b1c1c;font-weight:600'>Departementaal vertrouwelijk</p>",
            f"<p><b>nota</b> — {e(kind)}</p>",
            f"<h2>{e(title or '—')}</h2>",
            "<table cellspacing='0' cellpadding='2'>",
            *(f"<tr><td><b>{e(k)}</b>&nbsp;&nbsp;</td><td>{e(v)}</td></tr>" for k, v in rows),
            "</table>",
            "<p style='color:#555'>" + "<br>".join(e(s) for s in SENDER) + "</p>",
            "<h3>4. Toelichting</h3>",
        ]
        for name, label in SECTIONS:
            text = self.edits[name].toPlainText() if d else ""
            body = e(text).replace("\n", "<br>") if text else "<i>(nog leeg)</i>"
            parts.append(f"<p><b>{e(label)}</b><br>{body}</p>")
        return "".join(parts)

    def _update_preview(self) -> None:
        self.preview.setHtml(self.preview_html())
