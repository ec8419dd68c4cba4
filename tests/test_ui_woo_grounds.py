"""The Woo grounds in the Nota tab: a ground and a motivation set in the window are in the
vault at once; refusals are shown, not stored; the model passes the model tester."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from ui_helpers import QT_MARKS, no_leaks  # noqa: F401

from mandaat import demo
from mandaat.cli.words import for_language
from mandaat.export.classify import CLASSIFIABLE_FIELDS, GroundChoice
from mandaat.export.messages import DEFAULT_MOTIVATIONS
from mandaat.vault import store
from mandaat.vault.file import Vault
from mandaat.vault.session import Session
from ui.nota_tab import NotaTab
from ui.woo_grounds import KEY_ROLE, Column, WooGroundsModel

pytestmark = QT_MARKS

MOTIVATION = "Lopende onderhandeling over het vervolgarrangement (eigen afweging)."


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    return tmp_path / "w.mandaat"


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
def tab(qtbot, session: Session) -> NotaTab:  # type: ignore[no-untyped-def]
    widget = NotaTab(session)
    widget.resize(1200, 900)
    qtbot.addWidget(widget)
    widget.set_dossier(_id(session, "Enhertu"))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def on_disk(vault_file: Path, dossier_id: int) -> dict[str, GroundChoice]:
    """What a second reader of the saved file sees (the edit was saved, not just held)."""
    other = Vault.open(vault_file, passphrase=PASSPHRASE, read_only=True)
    try:
        return store.woo_grounds(other.db, dossier_id)
    finally:
        other.close()


def test_the_model_passes_the_model_tester(qtmodeltester, session: Session) -> None:  # type: ignore[no-untyped-def]
    model = WooGroundsModel(session)
    qtmodeltester.check(model)
    did = _id(session, "Enhertu")
    session.set_woo_grounds(did, "dossier.nota_a", [], "")
    session.set_woo_grounds(did, "dossier.asking_price", ["5.1.1c"], "")  # a public field
    model.set_dossier(did)
    assert model.rowCount() == len(CLASSIFIABLE_FIELDS) + 1
    assert model.columnCount() == len(Column)
    qtmodeltester.check(model)
    model.setData(model.index(0, Column.GROUNDS), "5.1.2i", Qt.ItemDataRole.EditRole)
    qtmodeltester.check(model)
    model.set_dossier(None)
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_columns_show_the_defaults(tab: NotaTab) -> None:
    model = tab.woo.model
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) for c in Column
    ]
    assert headers == ["Gegeven", "Klasse", "Standaardgrond", "Grond in dit dossier", "Motivering"]
    row = model.row_of("bid.arrangement")
    cell = [model.index(row, c).data() for c in Column]
    assert cell[:4] == [
        "Bod: regeling",
        "bedrijfsvertrouwelijk",
        "5.1.1c (tegenbod VWS: 5.1.2b)",
        "(standaard)",
    ]
    assert cell[4] == DEFAULT_MOTIVATIONS["5.1.1c"]
    assert model.index(row, 0).data(KEY_ROLE) == "bid.arrangement"
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == "bid.arrangement"
    # the motivation is editable once the dossier has its own ground
    assert not model.flags(model.index(row, Column.MOTIVATION)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(row, Column.GROUNDS)) & Qt.ItemFlag.ItemIsEditable
    assert model.index(model.row_of("dossier.nota_c"), 0).data() == "Nota: toelichting c"


def test_edit_a_ground_and_its_motivation(tab: NotaTab, session: Session, vault_file: Path) -> None:
    did = _id(session, "Enhertu")
    model = tab.woo.model
    row = model.row_of("bid.arrangement")
    assert model.setData(model.index(row, Column.GROUNDS), "5.1.2f", Qt.ItemDataRole.EditRole)
    # a 5.1.2 ground needs a motivation: it starts as the standard text
    stored = on_disk(vault_file, did)["bid.arrangement"]
    assert stored == GroundChoice(("5.1.2f",), DEFAULT_MOTIVATIONS["5.1.2f"])
    assert model.index(row, Column.GROUNDS).data() == "5.1.2f"
    assert model.flags(model.index(row, Column.MOTIVATION)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(row, Column.MOTIVATION), MOTIVATION)
    assert on_disk(vault_file, did)["bid.arrangement"] == GroundChoice(("5.1.2f",), MOTIVATION)
    assert model.index(row, Column.MOTIVATION).data() == MOTIVATION
    # refused: an empty motivation for a 5.1.2 ground, 5.1.5 with another ground
    assert tab.woo.message.isHidden()
    assert not model.setData(model.index(row, Column.MOTIVATION), "  ")
    assert tab.woo.message.isVisible()
    assert "motivering" in tab.woo.message.text()
    assert not model.setData(model.index(row, Column.GROUNDS), "5.1.5; 5.1.1c")
    assert "5.1.5" in tab.woo.message.text()
    assert not model.setData(model.index(row, Column.GROUNDS), "5.9.9")
    assert on_disk(vault_file, did)["bid.arrangement"] == GroundChoice(("5.1.2f",), MOTIVATION)
    # two grounds typed; the motivation stays
    assert model.setData(model.index(row, Column.GROUNDS), "5.1.1c, 5.1.2i")
    assert tab.woo.message.isHidden()
    assert on_disk(vault_file, did)["bid.arrangement"] == GroundChoice(
        ("5.1.1c", "5.1.2i"), MOTIVATION
    )
    # back to the default through the button
    tab.woo.view.setCurrentIndex(model.index(row, Column.FIELD))
    tab.woo.reset_button.click()
    assert on_disk(vault_file, did) == {}
    assert model.index(row, Column.GROUNDS).data() == "(standaard)"
    actions = [
        for_language("nl").audit_entry(e.action, e.detail)[0] for e in session.vault.audit_log()
    ]
    assert actions.count("weigeringsgrond gewijzigd") == 4
    assert all(MOTIVATION not in e.detail for e in session.vault.audit_log())


def test_edit_through_the_combo(qtbot, tab: NotaTab, session: Session, vault_file: Path) -> None:  # type: ignore[no-untyped-def]
    did = _id(session, "Enhertu")
    view = tab.woo.view
    model = tab.woo.model
    row = model.row_of("dossier.nota_b")
    index = model.index(row, Column.GROUNDS)
    view.scrollTo(index)
    view.setCurrentIndex(index)
    view.edit(index)
    combos = view.viewport().findChildren(QComboBox)
    assert len(combos) == 1
    combo = combos[0]
    assert combo.currentData() == ""  # the default
    combo.setCurrentIndex(combo.findData("openbaar"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # the delegate commits queued
    qtbot.waitUntil(lambda: not view.viewport().findChildren(QComboBox))
    assert on_disk(vault_file, did) == {"dossier.nota_b": GroundChoice((), "")}
    assert model.index(row, Column.GROUNDS).data() == "openbaar — geen grond"

    # the motivation cell of that row is now a line edit
    mindex = model.index(row, Column.MOTIVATION)
    view.setCurrentIndex(mindex)
    view.edit(mindex)
    edits = view.viewport().findChildren(QLineEdit)
    assert len(edits) == 1
    edits[0].setText("Reeds gedeeld met de Tweede Kamer.")
    qtbot.keyClick(edits[0], Qt.Key.Key_Return)  # the delegate commits queued
    qtbot.waitUntil(lambda: not view.viewport().findChildren(QLineEdit))
    assert on_disk(vault_file, did)["dossier.nota_b"].motivation == (
        "Reeds gedeeld met de Tweede Kamer."
    )


def test_follows_the_dossier(tab: NotaTab, session: Session) -> None:
    enhertu, carvykti = _id(session, "Enhertu"), _id(session, "Carvykti")
    session.set_woo_grounds(carvykti, "bid.note", ["5.1.2i"], MOTIVATION)
    model = tab.woo.model
    row = model.row_of("bid.note")
    assert model.index(row, Column.GROUNDS).data() == "(standaard)"
    tab.set_dossier(carvykti)
    assert model.dossier_id == carvykti
    assert model.index(row, Column.GROUNDS).data() == "5.1.2i"
    tab.set_dossier(None)
    assert model.rowCount() == 0 and not tab.isEnabled()
    tab.set_dossier(enhertu)
    assert model.rowCount() == len(CLASSIFIABLE_FIELDS)
