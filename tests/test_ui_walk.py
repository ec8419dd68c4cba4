"""Every window and dialog walked as a keyboard and screen-reader user meets it, on a
1366×768 laptop with a 40 px taskbar:

- mnemonics (``&`` letters) are unique among the controls shown together, and each
  menu's entries are unique among themselves (in Dutch and in English);
- every interactive control has a non-empty accessible name (what a screen reader says);
- the window or dialog fits 1366×728 with its buttons inside the visible part, and the
  bids table shows its essential columns without sideways scrolling;
- Tab goes through the controls in reading order (down, or right on the same row, or up
  only into a next column), reaches each once and is trapped nowhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from ui_helpers import QT_MARKS, no_leaks  # noqa: F401
from ui_screens import SCREEN_H, SCREEN_W, SCREENS, TITLE_BAR, Screen, build

from ui import app as ui_app

pytestmark = QT_MARKS

MNEMONIC = re.compile(r"&(?!&)(.)")


@pytest.fixture(params=list(SCREENS))
def screen(request, qtbot, tmp_path: Path) -> Iterator[Screen]:  # type: ignore[no-untyped-def]
    yield from build(qtbot, tmp_path, request.param)


@pytest.fixture
def english() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ui_app.install_translations(app, "en")
    yield
    ui_app.remove_translations(app)


def widgets(root: QWidget) -> list[QWidget]:
    """The shown widgets inside ``root`` (a window, or a part of one), not in dialogs."""
    top = root.window()
    return [w for w in root.findChildren(QWidget) if w.isVisible() and w.window() is top]


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonics(top: QWidget) -> list[tuple[str, str]]:
    """(letter, what) for every mnemonic a user can press with Alt in ``top`` now."""
    found: list[tuple[str, str]] = []
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            if (key := letter(action.text())) is not None:
                found.append((key, f"menu {action.text()!r}"))
    for w in widgets(top):
        text = ""
        if (
            isinstance(w, QAbstractButton)
            and not (
                hasattr(w, "defaultAction") and w.defaultAction() is not None  # type: ignore[attr-defined]
            )
            or isinstance(w, QLabel)
            and w.buddy() is not None
        ):
            text = w.text()
        elif isinstance(w, QGroupBox):
            text = w.title()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i) and (key := letter(w.tabText(i))) is not None:
                    found.append((key, f"tab {w.tabText(i)!r}"))
            continue
        if text and (key := letter(text)) is not None:
            found.append((key, f"{type(w).__name__} {text!r}"))
    return found


def duplicates(found: list[tuple[str, str]]) -> list[str]:
    by_key: dict[str, list[str]] = {}
    for key, what in found:
        by_key.setdefault(key, []).append(what)
    return [f"Alt+{k.upper()}: {', '.join(v)}" for k, v in sorted(by_key.items()) if len(v) > 1]


def menu_duplicates(top: QWidget) -> list[str]:
    problems = []
    for menu in top.findChildren(QMenu):
        found = [
            (key, a.text())
            for a in menu.actions()
            if a.isVisible() and (key := letter(a.text())) is not None
        ]
        problems += [f"{menu.title()}: {d}" for d in duplicates(found)]
    return problems


def unbuddied(top: QWidget) -> list[str]:
    """A label with an '&' but no buddy shows the '&' and does nothing."""
    return [
        w.text()
        for w in widgets(top)
        if isinstance(w, QLabel)
        and w.buddy() is None
        and letter(w.text()) is not None
        and w.textFormat() != Qt.TextFormat.RichText
        and not Qt.mightBeRichText(w.text())
    ]


def _check_mnemonics(screen: Screen) -> None:
    top = screen.top
    problems = duplicates(mnemonics(top)) + menu_duplicates(top)
    problems += [f"label without buddy: {t!r}" for t in unbuddied(top)]
    assert problems == [], "\n".join(problems)


def test_mnemonics_are_unique_per_window_and_dialog(screen: Screen) -> None:
    _check_mnemonics(screen)


@pytest.mark.parametrize("name", list(SCREENS))
def test_mnemonics_are_unique_in_english_too(qtbot, tmp_path: Path, english, name: str) -> None:  # type: ignore[no-untyped-def]
    for screen in build(qtbot, tmp_path, name):
        _check_mnemonics(screen)


# --------------------------------------------------------------------------- names

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QTabWidget,
    QPlainTextEdit,
    QTextEdit,
    QGraphicsView,
)


def interactive(top: QWidget) -> list[QWidget]:
    found = []
    for w in widgets(top):
        if not isinstance(w, INTERACTIVE) or isinstance(w, QHeaderView):
            continue
        parent = w.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):  # their own editor
            continue
        if isinstance(parent, QTabBar) or (
            isinstance(w, QAbstractButton) and isinstance(parent, QAbstractItemView)
        ):  # the scroll arrows of a tab bar, the corner button of a table
            continue
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(w, QAbstractButton):
            continue
        found.append(w)
    return found


def spoken_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (name or w.accessibleName()).strip()


def test_every_interactive_control_has_an_accessible_name(screen: Screen) -> None:
    nameless = [
        f"{type(w).__name__} {w.objectName()} at {w.mapTo(screen.top, QPoint(0, 0)).toTuple()}"
        for w in interactive(screen.top)
        if not spoken_name(w)
    ]
    assert nameless == []


# --------------------------------------------------------------------------- fitting


def test_each_window_and_dialog_fits_a_1366x768_laptop(qtbot, screen: Screen) -> None:  # type: ignore[no-untyped-def]
    top = screen.top
    room_h = SCREEN_H - TITLE_BAR
    needed = top.minimumSizeHint().expandedTo(top.minimumSize())
    assert needed.width() <= SCREEN_W and needed.height() <= room_h, needed
    # as opened (the test screen is 800×800, so a size not fitted to the screen shows)
    assert top.width() <= SCREEN_W and top.height() <= room_h, f"opens at {top.size()}"
    # at the size it opens with, and squeezed to its minimum: the buttons stay inside
    for size in (top.size(), needed):
        top.resize(size)
        if top.layout() is not None:
            top.layout().activate()
        QApplication.processEvents()
        visible = QRect(0, 0, top.width(), top.height())
        boxes = [w for w in widgets(top) if isinstance(w, QDialogButtonBox)]
        buttons = [b for box in boxes for b in box.buttons() if b.isVisible()]
        assert buttons or isinstance(top, QMainWindow) or screen.part is top
        for button in buttons:
            place = QRect(button.mapTo(top, QPoint(0, 0)), button.size())
            assert visible.contains(place), f"{button.text()!r} at {place} outside {visible}"


def test_the_bids_table_shows_its_essential_columns_without_scrolling(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from ui.bids_model import ESSENTIAL, Column

    for screen in build(qtbot, tmp_path, "bids tab"):
        tab = screen.window.workspace.bids_tab
        view = tab.view
        QApplication.processEvents()
        shown_columns = [c for c in Column if not view.isColumnHidden(c)]
        assert set(ESSENTIAL) <= set(shown_columns)
        assert view.horizontalScrollBar().maximum() == 0
        width = sum(view.columnWidth(c) for c in shown_columns)
        assert width <= view.viewport().width()


# --------------------------------------------------------------------------- tab order


def focus_chain(top: QWidget, start: QWidget, qtbot) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The controls Tab visits from ``start``, until it comes back round."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    seen = [start]
    for _ in range(200):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None and now is not current, f"Tab is trapped in {current!r}"
        if now is start:
            return seen
        assert now not in seen, f"Tab visits {now!r} twice before returning to the start"
        seen.append(now)
    raise AssertionError("no way round")


def reading_order_problems(top: QWidget, chain: list[QWidget]) -> list[str]:
    """A step of Tab may go down, right on the same row, or up into a column to the right;
    never back up-left or left on the same row."""
    problems = []
    for a, b in zip(chain, chain[1:], strict=False):
        ra = QRect(a.mapTo(top, QPoint(0, 0)), a.size())
        rb = QRect(b.mapTo(top, QPoint(0, 0)), b.size())
        same_row = rb.top() < ra.bottom() and ra.top() < rb.bottom()
        if same_row:
            ok = rb.left() >= ra.left()
        elif rb.top() >= ra.top():
            ok = True  # down
        else:
            ok = rb.left() >= ra.right() - 4  # up only into a column to the right
        if not ok:
            problems.append(
                f"{type(a).__name__} {a.objectName() or a.accessibleName()!r} {ra.getCoords()}"
                f" → {type(b).__name__} {b.objectName() or b.accessibleName()!r} {rb.getCoords()}"
            )
    return problems


def reading_key(top: QWidget):  # type: ignore[no-untyped-def]
    def key(w: QWidget) -> tuple[int, int]:
        at = w.mapTo(top, QPoint(0, 0))
        return (at.y(), at.x())

    return key


def test_tab_order_follows_the_visual_order(qtbot, screen: Screen) -> None:  # type: ignore[no-untyped-def]
    top = screen.top
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=3000)
    part = top
    if isinstance(top, QMainWindow) and screen.window.workspace is not None:
        part = screen.window.workspace.tabs.currentWidget()
    controls = [
        w for w in interactive(part) if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
    ]
    if not controls:
        pytest.skip("nothing to tab through")
    from ui.actions import first_focusable

    # where Tab enters: a dialog's top-left control; a tab page's first (where Ctrl+1…5 go)
    first = first_focusable(part) if part is not top else min(controls, key=reading_key(top))
    assert first in controls
    full = focus_chain(top, first, qtbot)
    inside = [w is part or part.isAncestorOf(w) for w in full]
    # the page is tabbed through in one run: after leaving it, Tab comes back only at the start
    run = inside.index(False) if False in inside else len(full)
    chain = full[:run]
    assert not any(inside[run:]), [
        (type(w).__name__, w.objectName(), i) for w, i in zip(full, inside, strict=True)
    ]
    missing = [w for w in controls if w not in chain and w.isVisible()]
    assert missing == [], [f"{type(w).__name__} {w.objectName()}" for w in missing]
    assert reading_order_problems(top, chain) == []


def test_other_columns_are_chosen_from_the_header_menu_and_remembered(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import QSettings

    from ui.bids_model import ESSENTIAL, Column
    from ui.column_menu import ColumnChooser

    store = QSettings(str(tmp_path / "columns.ini"), QSettings.Format.IniFormat)
    for screen in build(qtbot, tmp_path, "bids tab"):
        tab = screen.window.workspace.bids_tab
        chooser = tab.columns
        chooser.settings = lambda: store
        assert tab.view.isColumnHidden(Column.ROUND) and tab.view.isColumnHidden(Column.LOW)
        menu = chooser.build_menu()
        entries = {" ".join(a.text().split()): a for a in menu.actions()}
        assert len(entries) == len(Column)
        essential = [
            entries[" ".join(str(tab.model.headerData(c, Qt.Orientation.Horizontal)).split())]
            for c in ESSENTIAL
        ]
        assert all(a.isChecked() and not a.isEnabled() for a in essential)
        entries["Ronde"].trigger()  # show the round
        assert not tab.view.isColumnHidden(Column.ROUND)
        entries["Datum"].trigger()  # essential: stays
        assert not tab.view.isColumnHidden(Column.DATE)
        # a new table (next start) gets the same choice back
        again = ColumnChooser(tab.view, "bids/hidden_columns", ESSENTIAL, (), lambda: store)
        tab.view.setColumnHidden(Column.ROUND, True)
        again.apply(again.stored())
        assert not tab.view.isColumnHidden(Column.ROUND) and tab.view.isColumnHidden(Column.LOW)
