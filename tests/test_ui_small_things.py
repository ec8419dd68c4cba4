"""Small things a user notices (issue 14): every window names the application once; a
placeholder never looks like a value typed in; the staffel's extra discount says what it
applies to; no column header is cut so that its meaning is lost."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QStyle,
    QTableView,
    QWidget,
)
from ui_helpers import QT_MARKS, Answers, FakePaths, no_leaks, settings  # noqa: F401

from mandaat.model import Arrangement, Bid, Tier
from mandaat.vault.keystore import KeyStore
from ui.bid_editor import BidEditor, TiersModel
from ui.demo import DemoVault
from ui.main_window import MainWindow
from ui.unlock import RecoveryKeyDialog
from ui.vault_settings import VaultSettingsDialog

pytestmark = QT_MARKS

APP = "Mandaat"
SEPARATOR = " — "


def shown_title(title: str) -> str:
    """The title the window manager shows: Qt appends the application's display name
    unless the title already ends with it (QPlatformWindow::formatWindowTitle)."""
    if title.endswith(APP):
        return title
    return f"{title}{SEPARATOR}{APP}" if title else APP


def open_window(qtbot, qsettings, **kwargs) -> MainWindow:  # type: ignore[no-untyped-def]
    answers = Answers()
    window = MainWindow(qsettings, ask=answers.ask, inform=answers.inform, **kwargs)
    qtbot.addWidget(window)
    window.resize(1366, 768 - 40)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_window_and_dialog_names_the_application_once(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    demo: DemoVault,
    tmp_path: Path,
) -> None:
    titles: list[str] = []
    locked = open_window(qtbot, settings, vault_path=str(tmp_path / "werk.mandaat"))
    titles.append(locked.windowTitle())
    locked.create_vault()
    titles.append(locked.create_dialog.windowTitle())
    locked.create_dialog.reject()

    window = open_window(qtbot, settings, demo=demo, paths=FakePaths())
    titles.append(window.windowTitle())
    ws = window.workspace
    assert ws is not None and window.session is not None
    ws.select(window.session.dossiers()[0].id)
    ws.bids_tab.new_bid()
    titles.append(ws.bids_tab.editor.windowTitle())
    ws.bids_tab.editor.reject()
    window.open_settings()
    window.open_import()
    window.import_wizard.reject()
    window.open_export()
    dialogs = [VaultSettingsDialog(window.session, KeyStore(), window)]
    dialogs.append(RecoveryKeyDialog("ABCD-EFGH", "werk.mandaat", window))
    for w in QApplication.topLevelWidgets() + dialogs:
        if isinstance(w, QDialog | QMainWindow) and w.windowTitle():
            titles.append(w.windowTitle())
    assert len(set(titles)) >= 8, titles
    for title in titles:
        assert shown_title(title).count(APP) == 1, title
    for d in dialogs:
        d.close()
    window.export_dialog.reject()


def test_placeholders_read_as_examples_in_grey_italics(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    demo: DemoVault,
) -> None:
    window = open_window(qtbot, settings, demo=demo, paths=FakePaths())
    ws = window.workspace
    ws.select(window.session.dossiers()[0].id)
    kenmerk = ws.nota_tab.kenmerk
    if kenmerk.text():
        kenmerk.clear()
    assert kenmerk.placeholderText().startswith("bijv. ")
    assert kenmerk.font().italic()
    grey = kenmerk.palette().color(QPalette.ColorRole.PlaceholderText)
    assert grey != kenmerk.palette().color(QPalette.ColorRole.Text)
    kenmerk.setText("4365452-1")
    assert not kenmerk.font().italic()  # a value is upright
    kenmerk.clear()
    assert kenmerk.font().italic()

    window.open_export()
    dialog = window.export_dialog
    qtbot.waitUntil(lambda: dialog.ready)
    placeholder = dialog.kenmerk.placeholderText()
    assert placeholder.startswith(("optioneel", "leeg:")), placeholder
    assert dialog.kenmerk.font().italic()
    dialog.reject()


def test_the_staffel_says_what_its_extra_discount_applies_to(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = TiersModel()
    header = model.headerData(1, Qt.Orientation.Horizontal)
    assert "extra korting" in header.lower() and "boven de drempel" in header
    model.basis = "spend"
    assert "uitgaven boven de drempel" in model.headerData(1, Qt.Orientation.Horizontal)
    model.mode = "all_units"
    assert "alle uitgaven" in model.headerData(1, Qt.Orientation.Horizontal)
    model.basis = "volume"
    text = model.headerData(1, Qt.Orientation.Horizontal)
    assert "alle patiënten" in text
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == text


def _fits(view: QTableView, section: int) -> bool:
    header = view.horizontalHeader()
    text = str(view.model().headerData(section, Qt.Orientation.Horizontal) or "")
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    width = header.sectionSize(section)
    if header.sectionSizeFromContents(section).width() <= width:
        return True
    if header.defaultAlignment() & Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value):
        box = header.fontMetrics().boundingRect(
            QRect(0, 0, width - 2 * margin, 10_000), int(Qt.TextFlag.TextWordWrap.value), text
        )
        return box.width() <= width - 2 * margin and box.height() <= header.height()
    return False


def headers_cut(root: QWidget) -> list[str]:
    cut = []
    for view in root.findChildren(QTableView):
        if not view.isVisible() or view.model() is None:
            continue
        header = view.horizontalHeader()
        model = view.model()
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                continue
            name = (
                f"{view.accessibleName()}: {model.headerData(section, Qt.Orientation.Horizontal)}"
            )
            tip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            if not tip:
                cut.append(name + " (no tooltip)")
            if not _fits(view, section):
                cut.append(name)
    return cut


def test_no_column_header_is_cut_at_1366x768(
    qtbot,  # type: ignore[no-untyped-def]
    settings,  # noqa: F811
    demo: DemoVault,
) -> None:
    window = open_window(qtbot, settings, demo=demo)
    ws = window.workspace
    assert ws is not None and window.session is not None
    cut: list[str] = []
    for dossier in window.session.dossiers():
        ws.select(dossier.id)
        for tab in range(ws.tabs.count()):
            ws.tabs.setCurrentIndex(tab)
            qtbot.wait(10)
            cut += headers_cut(window)
    # the bid editor's staffel, marginal and all-units
    dossier = window.session.dossiers()[0]
    ws.select(dossier.id)
    for mode in ("marginal", "all_units"):
        bid = Bid(
            dt.date(2025, 10, 1),
            dossier_id=dossier.id,
            arrangement=Arrangement(tiers=(Tier(Decimal(10), Decimal(5)),), tier_mode=mode),
        )
        editor = BidEditor(dossier, bid, parent=window, session=window.session)
        editor.resize(980, 680)
        editor.show()
        qtbot.waitExposed(editor)
        cut += headers_cut(editor)
        editor.reject()
    assert cut == []
