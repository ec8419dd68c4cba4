"""The "Nota" tab: the texts of section 4 a–h of the nota to the minister, its header
data, and a simple preview in the nota's order (as seed 002).

Texts a–h are dossier fields: an edit becomes ``edit_requested`` and is saved through
the undo stack. The header data (deadline, kenmerk, …) have no place in the vault yet;
they are kept for this session only and say so on screen.

Below them, "Weigeringsgronden (Woo)" (:mod:`ui.woo_grounds`): per field the Woo ground
of this dossier and its motivation, stored in the vault at once (not on the undo stack).
"""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
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

from mandaat.model import Dossier
from mandaat.session import Session
from ui import formatting as fmt
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

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dossier: Dossier | None = None
        self._loading = False
        self._pending: set[str] = set()
        self._heads: dict[int, dict[str, object]] = {}  # per dossier, this session only
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._build()
        self.set_dossier(None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        col = QVBoxLayout(body)
        col.setContentsMargins(12, 12, 12, 12)

        head = QGroupBox(QCoreApplication.translate("NotaTab", "Kop van de nota"))
        form = QFormLayout(head)
        self.kind = QComboBox()
        self.kind.addItems(
            [
                QCoreApplication.translate("NotaTab", "TER BESLISSING"),
                QCoreApplication.translate("NotaTab", "TER INFORMATIE"),
            ]
        )
        self.kind.setAccessibleName(QCoreApplication.translate("NotaTab", "Soort nota"))
        form.addRow(QCoreApplication.translate("NotaTab", "&Soort"), self.kind)
        self.title = QLineEdit()
        self.title.setAccessibleName(QCoreApplication.translate("NotaTab", "Titel"))
        form.addRow(QCoreApplication.translate("NotaTab", "&Titel"), self.title)
        self.deadline = QDateEdit()
        self.deadline.setAccessibleName(QCoreApplication.translate("NotaTab", "Deadline"))
        self.deadline.setDisplayFormat("d MMMM yyyy")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDate(QDate.currentDate().addDays(14))
        form.addRow(QCoreApplication.translate("NotaTab", "&Deadline"), self.deadline)
        self.kenmerk = QLineEdit()
        self.kenmerk.setAccessibleName(QCoreApplication.translate("NotaTab", "Kenmerk"))
        self.kenmerk.setPlaceholderText("4365452-1095706-GMT")
        form.addRow(QCoreApplication.translate("NotaTab", "&Kenmerk"), self.kenmerk)
        self.attachments = QLineEdit()
        self.attachments.setAccessibleName(QCoreApplication.translate("NotaTab", "Bijlagen"))
        form.addRow(QCoreApplication.translate("NotaTab", "&Bijlage(n)"), self.attachments)
        note = QLabel(
            QCoreApplication.translate(
                "NotaTab",
                "De kopgegevens gelden alleen voor deze sessie; ze staan nog niet in de kluis.",
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f5f5f;")
        form.addRow(note)
        for w in (self.title, self.kenmerk, self.attachments):
            w.textChanged.connect(self._update_preview)
        self.kind.currentIndexChanged.connect(self._update_preview)
        self.deadline.dateChanged.connect(self._update_preview)
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
        self.woo = WooGroundsBox(self.session)
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

    def set_dossier(self, dossier_id: int | None) -> None:
        self.flush()
        self._keep_head()
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
            if d is not None and (self.dossier_head_id != d.id):
                self._load_head(d)
        finally:
            self._loading = False
        self._update_preview()

    dossier_head_id: int | None = None

    def _keep_head(self) -> None:
        if self.dossier_head_id is not None:
            self._heads[self.dossier_head_id] = {
                "kind": self.kind.currentIndex(),
                "title": self.title.text(),
                "deadline": self.deadline.date(),
                "kenmerk": self.kenmerk.text(),
                "attachments": self.attachments.text(),
            }

    def _load_head(self, d: Dossier) -> None:
        assert d.id is not None
        head = self._heads.get(d.id, {})
        self.kind.setCurrentIndex(int(head.get("kind", 0)))  # type: ignore[call-overload]
        self.title.setText(
            str(
                head.get(
                    "title",
                    QCoreApplication.translate("NotaTab", "Financieel arrangement ") + d.brand,
                )
            )
        )
        deadline = head.get("deadline")
        self.deadline.setDate(
            deadline if isinstance(deadline, QDate) else QDate.currentDate().addDays(14)
        )
        self.kenmerk.setText(str(head.get("kenmerk", "")))
        self.attachments.setText(str(head.get("attachments", "")))
        self.dossier_head_id = d.id

    def _typed(self, name: str) -> None:
        if self._loading:
            return
        self._pending.add(name)
        self._timer.start()
        self._update_preview()

    def flush(self) -> None:
        """Emit the pending text edits now."""
        self._timer.stop()
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
        rows = [
            ("Aan", "Minister van Volksgezondheid, Welzijn en Sport"),
            ("Deadline", fmt.date(self.deadline.date().toPython())),
            ("Kenmerk", self.kenmerk.text() or "—"),
            ("Bijlage(n)", self.attachments.text() or "—"),
        ]
        parts = [
            "<p style='color:#9b1c1c;font-weight:600'>Departementaal vertrouwelijk</p>",
            f"<p><b>nota</b> — {e(self.kind.currentText())}</p>",
            f"<h2>{e(self.title.text() or '—')}</h2>",
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
