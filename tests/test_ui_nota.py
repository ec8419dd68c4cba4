"""The Nota tab as a negotiator uses it: the header typed in is in the vault (per dossier,
after leaving a field or a short pause), header edits and Woo-ground edits are steps on
the window's undo stack, and Ctrl+Z in the window puts the earlier value back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from ui_helpers import QT_MARKS, Answers, no_leaks, settings  # noqa: F401

from mandaat import demo
from mandaat.cli.words import for_language
from mandaat.export.classify import GroundChoice
from mandaat.export.messages import DEFAULT_MOTIVATIONS
from mandaat.model import NotaHeader, NotaKind
from mandaat.vault import store
from mandaat.vault.file import Vault
from mandaat.vault.session import Session
from ui import formatting as fmt
from ui.demo import DemoVault
from ui.main_window import MainWindow
from ui.nota_tab import NotaTab
from ui.woo_grounds import Column, WooGroundsModel

pytestmark = QT_MARKS


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    return tmp_path / "n.mandaat"


@pytest.fixture
def session(vault_file: Path) -> Iterator[Session]:
    vault, _ = Vault.create(vault_file, PASSPHRASE)
    demo.populate(vault.db)
    vault.commit("demo")
    yield Session(vault)
    vault.close()


def _id(session: Session, brand: str) -> int:
    found = [d.id for d in session.dossiers() if d.brand == brand]
    assert found and found[0] is not None
    return found[0]


@pytest.fixture
def stack(qtbot) -> QUndoStack:  # type: ignore[no-untyped-def]
    return QUndoStack()


@pytest.fixture
def tab(qtbot, session: Session, stack: QUndoStack) -> NotaTab:  # type: ignore[no-untyped-def]
    widget = NotaTab(session, stack)
    widget.resize(1200, 900)
    qtbot.addWidget(widget)
    widget.set_dossier(_id(session, "Enhertu"))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def on_disk(vault_file: Path, dossier_id: int) -> tuple[NotaHeader, dict[str, GroundChoice]]:
    """What a second reader of the saved file sees (the edit was saved, not just held)."""
    other = Vault.open(vault_file, passphrase=PASSPHRASE, read_only=True)
    try:
        return store.nota_header(other.db, dossier_id), store.woo_grounds(other.db, dossier_id)
    finally:
        other.close()


def test_the_header_typed_in_is_stored(
    qtbot,  # type: ignore[no-untyped-def]
    tab: NotaTab,
    session: Session,
    stack: QUndoStack,
    vault_file: Path,
) -> None:
    did = _id(session, "Enhertu")
    assert on_disk(vault_file, did)[0] == NotaHeader()
    # empty fields show the export's defaults, and the session-only note is gone
    assert tab.title.placeholderText() == "Kamerbrief continueren sluis Enhertu"
    assert tab.deadline.date() is None and tab.deadline.text() == ""
    assert tab.deadline.edit.placeholderText().startswith("standaard")
    texts = [w.text() for w in tab.findChildren(type(tab.head_message))]
    assert not any("alleen voor deze sessie" in t for t in texts)

    # the kenmerk: typed, stored when the field is left (Return / focus out)
    tab.kenmerk.setFocus()
    qtbot.keyClicks(tab.kenmerk, "4365452-1095706-GMT")
    assert on_disk(vault_file, did)[0] == NotaHeader()  # not yet: still typing
    qtbot.keyClick(tab.kenmerk, Qt.Key.Key_Return)
    assert on_disk(vault_file, did)[0] == NotaHeader(kenmerk="4365452-1095706-GMT")
    # the title: stored after a short pause
    qtbot.keyClicks(tab.title, "Stand van zaken Enhertu")
    qtbot.waitUntil(lambda: on_disk(vault_file, did)[0].title == "Stand van zaken Enhertu")
    # the kind at once; the deadline and the authors
    tab.kind.setCurrentIndex(tab.kind.findData(NotaKind.TER_INFORMATIE.value))
    qtbot.keyClicks(tab.deadline.edit, "24-4-2026")  # typed as a Dutch user types it
    tab.author.setText("B. van Opstal; C. Tweede")
    tab.attachments.setText("1: Kamerbrief")
    tab.flush()
    expected = NotaHeader(
        kind=NotaKind.TER_INFORMATIE,
        title="Stand van zaken Enhertu",
        deadline=dt.date(2026, 4, 24),
        kenmerk="4365452-1095706-GMT",
        attachments="1: Kamerbrief",
        author="B. van Opstal; C. Tweede",
    )
    assert on_disk(vault_file, did)[0] == expected
    preview = tab.preview_html()
    deadline = fmt.date(dt.date(2026, 4, 24))  # "24 april 2026" in the Dutch locale
    for text in ("TER INFORMATIE", "Stand van zaken Enhertu", deadline, "B. van Opstal"):
        assert text in preview
    shown = [for_language("nl").audit_entry(e.action, e.detail) for e in session.vault.audit_log()]
    actions = [detail for action, detail in shown if action == "nota-kop gewijzigd"]
    assert actions and all(detail == "Enhertu" for detail in actions)
    assert stack.count() >= 4 and stack.undoText() == "Kop van de nota wijzigen"

    # per dossier: Carvykti has its own (empty) header; Enhertu's comes back
    tab.set_dossier(_id(session, "Carvykti"))
    assert tab.kenmerk.text() == "" and tab.kind.currentIndex() == 0
    assert tab.deadline.date() is None
    tab.set_dossier(did)
    assert tab.edited_header() == expected


def test_undo_and_redo_restore_the_header(
    qtbot,  # type: ignore[no-untyped-def]
    tab: NotaTab,
    session: Session,
    stack: QUndoStack,
    vault_file: Path,
) -> None:
    did = _id(session, "Enhertu")
    # typing the title in several pauses is one step
    qtbot.keyClicks(tab.title, "Stand ")
    tab.flush()
    qtbot.keyClicks(tab.title, "Enhertu")
    tab.flush()
    tab.kenmerk.setText("K-1")
    tab.flush()
    assert stack.count() == 2
    assert on_disk(vault_file, did)[0] == NotaHeader(title="Stand Enhertu", kenmerk="K-1")
    stack.undo()
    assert on_disk(vault_file, did)[0] == NotaHeader(title="Stand Enhertu")
    assert tab.kenmerk.text() == "" and tab.title.text() == "Stand Enhertu"
    stack.undo()
    assert on_disk(vault_file, did)[0] == NotaHeader()
    assert tab.title.text() == ""
    assert "Kamerbrief continueren sluis Enhertu" in tab.preview_html()
    stack.redo()
    stack.redo()
    assert on_disk(vault_file, did)[0] == NotaHeader(title="Stand Enhertu", kenmerk="K-1")
    assert tab.title.text() == "Stand Enhertu" and tab.kenmerk.text() == "K-1"
    # an undo while another dossier is shown changes the vault, not the fields shown
    carvykti = _id(session, "Carvykti")
    tab.set_dossier(carvykti)
    stack.undo()
    assert on_disk(vault_file, did)[0] == NotaHeader(title="Stand Enhertu")
    assert tab.kenmerk.text() == ""
    assert on_disk(vault_file, carvykti)[0] == NotaHeader()
    # typed back to what it was: no step is left
    tab.set_dossier(did)
    count = stack.count()
    tab.kenmerk.setText("X")
    tab.flush()
    tab.kenmerk.setText("")
    tab.flush()
    assert stack.index() == count - 1  # merged into nothing (the redo step is gone)
    assert on_disk(vault_file, did)[0] == NotaHeader(title="Stand Enhertu")


def test_woo_ground_edits_are_undoable(
    qtmodeltester,  # type: ignore[no-untyped-def]
    tab: NotaTab,
    session: Session,
    stack: QUndoStack,
    vault_file: Path,
) -> None:
    did = _id(session, "Enhertu")
    model = tab.woo.model
    assert model.undo_stack is stack
    row = model.row_of("bid.arrangement")
    assert model.setData(model.index(row, Column.GROUNDS), "5.1.2f")
    first = GroundChoice(("5.1.2f",), DEFAULT_MOTIVATIONS["5.1.2f"])
    assert on_disk(vault_file, did)[1] == {"bid.arrangement": first}
    assert stack.count() == 1 and stack.undoText() == "Weigeringsgrond wijzigen"
    assert model.setData(model.index(row, Column.MOTIVATION), "Eigen afweging.")
    assert on_disk(vault_file, did)[1]["bid.arrangement"].motivation == "Eigen afweging."
    # a refusal is shown and leaves no step behind
    assert not model.setData(model.index(row, Column.MOTIVATION), "  ")
    assert "motivering" in tab.woo.message.text()
    assert stack.count() == 2
    # the same value again: no step
    assert model.setData(model.index(row, Column.GROUNDS), "5.1.2f")
    assert stack.count() == 2
    qtmodeltester.check(model)
    stack.undo()
    assert on_disk(vault_file, did)[1] == {"bid.arrangement": first}
    assert model.index(row, Column.MOTIVATION).data() == first.motivation
    stack.undo()
    assert on_disk(vault_file, did)[1] == {}
    assert model.index(row, Column.GROUNDS).data() == "(standaard)"
    qtmodeltester.check(model)
    stack.redo()
    assert model.index(row, Column.GROUNDS).data() == "5.1.2f"
    # the reset button is a step too
    tab.woo.view.setCurrentIndex(model.index(row, Column.FIELD))
    tab.woo.reset_button.click()
    assert on_disk(vault_file, did)[1] == {}
    stack.undo()
    assert on_disk(vault_file, did)[1] == {"bid.arrangement": first}
    audit = [
        for_language("nl").audit_entry(e.action, e.detail)[0] for e in session.vault.audit_log()
    ]
    assert audit.count("weigeringsgrond gewijzigd") == 7


def test_the_model_with_a_stack_passes_the_model_tester(qtmodeltester, session: Session) -> None:  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    model = WooGroundsModel(session, undo_stack=stack)
    qtmodeltester.check(model)
    model.set_dossier(_id(session, "Carvykti"))
    model.setData(model.index(0, Column.GROUNDS), "openbaar")
    qtmodeltester.check(model)
    stack.undo()
    qtmodeltester.check(model)
    model.set_dossier(None)
    stack.redo()  # the model shows no dossier: nothing to refresh
    qtmodeltester.check(model)


@pytest.fixture
def demo_vault():  # type: ignore[no-untyped-def]
    d = DemoVault()
    yield d
    d.cleanup()


def test_in_the_window_ctrl_z_undoes_a_woo_ground_and_the_header(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    demo_vault: DemoVault,
) -> None:
    answers = Answers(choice=0)
    window = MainWindow(settings, ask=answers.ask, inform=answers.inform, demo=demo_vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ws = window.workspace
    assert ws is not None and window.session is not None
    session = window.session
    pluvicto = _id(session, "Pluvicto")
    ws.select(pluvicto)
    ws.tabs.setCurrentWidget(ws.nota_tab)
    nota = ws.nota_tab
    assert nota.undo_stack is window.undo_stack
    model = nota.woo.model
    row = model.row_of("bid.note")
    assert model.setData(model.index(row, Column.GROUNDS), "openbaar")
    assert session.woo_grounds(pluvicto) == {"bid.note": GroundChoice((), "")}
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    nota.woo.view.setFocus()
    qtbot.keyClick(nota.woo.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.woo_grounds(pluvicto) == {}
    assert model.index(row, Column.GROUNDS).data() == "(standaard)"
    window.redo_action.trigger()
    assert session.woo_grounds(pluvicto) == {"bid.note": GroundChoice((), "")}

    # the header: stored, undone by the window's action
    nota.kenmerk.setText("4365452-1095706-GMT")
    nota.kenmerk.editingFinished.emit()
    assert session.nota_header(pluvicto).kenmerk == "4365452-1095706-GMT"
    assert window.undo_action.text().endswith("Kop van de nota wijzigen")
    window.undo_action.trigger()
    assert session.nota_header(pluvicto) == NotaHeader()
    assert nota.kenmerk.text() == ""
    window.redo_action.trigger()
    assert nota.kenmerk.text() == "4365452-1095706-GMT"

    # deleting the dossier and undoing it brings the header and the grounds back
    window.delete_action.trigger()
    window.undo_stack.undo()
    back = _id(session, "Pluvicto")
    assert session.nota_header(back).kenmerk == "4365452-1095706-GMT"
    assert session.woo_grounds(back) == {"bid.note": GroundChoice((), "")}
    window.shutdown()
