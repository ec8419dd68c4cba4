"""Every view follows the vault: for each kind of change, made through the Session (as the
CLI, an undo, the import or another view would), each open view shows the new state
without anything being reselected. "The new state" is what the same view shows when it
is built or selected afresh."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from test_ui_import import good_workbook
from ui_helpers import QT_MARKS, Answers, no_leaks, settings  # noqa: F401

from mandaat.importing.apply import plan_import, read_import
from mandaat.model import Arrangement, Bid, NotaHeader, Party, Threshold
from mandaat.thresholds import parse_threshold
from mandaat.vault import audit
from mandaat.vault.session import Change, Session
from ui.bid_editor import BidEditor
from ui.dossier_model import load_rows
from ui.main_window import MainWindow

pytestmark = QT_MARKS
TODAY = dt.date(2026, 1, 15)
BRAND = "Enhertu"  # the demo's dossier the import also adds a bid to


def _dossier_id(session: Session) -> int:
    return next(d.id for d in session.dossiers() if d.brand == BRAND and d.id is not None)


def _latest(session: Session) -> Bid:
    return session.bids(_dossier_id(session))[-1]


def _edit(session: Session, **changes: Any) -> None:
    d = session.dossier(_dossier_id(session))
    assert d is not None
    session.save_dossier(replace(d, **changes))


def _push_mandate(window: MainWindow) -> None:
    d = window.session.dossier(_dossier_id(window.session))
    assert d is not None
    window.push_edit(d, replace(d, mandate_threshold=Threshold("at_least", Decimal(60))), "")


def _import(window: MainWindow, folder: Path) -> None:
    data, columns = read_import(good_workbook(folder))
    plan = plan_import(window.session.db, data, columns, file="goed.xlsx", today=TODAY)
    assert plan.ok
    assert window.session.apply_import(plan).committed


ADVICE = "De vraagprijs moet met ten minste 50% dalen."

#: (name, change, views that must show something else afterwards)
CHANGES: list[tuple[str, Callable[[MainWindow, Path], None], set[str]]] = [
    (
        "mandate",
        lambda w, _p: _edit(w.session, mandate_threshold=Threshold("at_least", Decimal(60))),
        {"list", "advice", "bids", "editor", "chart", "log"},
    ),
    (
        "advice",
        lambda w, _p: _edit(
            w.session, advice_text=ADVICE, advice_threshold=parse_threshold(ADVICE)
        ),
        {"list", "advice", "bids", "editor", "chart", "log"},
    ),
    (
        "asking price",
        lambda w, _p: _edit(w.session, asking_price=Decimal(200000)),
        {"list", "advice", "bids", "editor", "log"},
    ),
    (
        "volume",
        lambda w, _p: _edit(w.session, expected_patients=Decimal(1234)),
        {"advice", "log"},
    ),
    (
        "growth",
        lambda w, _p: _edit(w.session, growth_pct_per_year=Decimal(10)),
        {"log"},
    ),
    (
        "bid added",
        lambda w, _p: w.session.add_bid(
            Bid(
                dt.date(2025, 11, 1),
                dossier_id=_dossier_id(w.session),
                round=5,
                party=Party.SUPPLIER,
                arrangement=Arrangement(discount_pct=Decimal(80)),
            )
        ),
        {"list", "advice", "bids", "chart", "log"},
    ),
    (
        "bid edited",
        lambda w, _p: w.session.update_bid(
            replace(_latest(w.session), arrangement=Arrangement(discount_pct=Decimal(80)))
        ),
        {"list", "advice", "bids", "log"},
    ),
    (
        "bid deleted",
        lambda w, _p: w.session.delete_bid(_latest(w.session).id or 0),
        {"list", "advice", "bids", "chart", "log"},
    ),
    (
        "undo",
        lambda w, _p: (_push_mandate(w), _snapshot_marker(w), w.undo_stack.undo()),
        {"log"},  # back to the state before the edit (the log keeps both entries)
    ),
    (
        "redo",
        lambda w, _p: (_push_mandate(w), w.undo_stack.undo(), w.undo_stack.redo()),
        {"list", "advice", "bids", "editor", "chart", "log"},
    ),
    (
        "nota header",
        lambda w, _p: w.session.save_nota_header(
            _dossier_id(w.session), NotaHeader(kenmerk="4365452-1095706-GMT")
        ),
        {"nota", "log"},
    ),
    (
        "woo grounds",
        lambda w, _p: w.session.set_woo_grounds(
            _dossier_id(w.session), "dossier.asking_price", ["5.1.1c"], ""
        ),
        {"nota", "log"},
    ),
    (
        "import",
        lambda w, p: _import(w, p),
        {"list", "advice", "bids", "chart", "log"},
    ),
]


def _snapshot_marker(_w: MainWindow) -> None:
    """(The undo case: nothing to do between the edit and its undo.)"""


def _views(window: MainWindow) -> dict[str, Callable[[], object]]:
    ws = window.workspace
    assert ws is not None and ws.bids_tab is not None and ws.chart_tab is not None
    editor = ws.bids_tab.editor
    assert editor is not None
    tab, bids, chart = ws.advice_tab, ws.bids_tab, ws.chart_tab
    woo = ws.nota_tab.woo.model
    did = _dossier_id(window.session)

    def list_row() -> object:
        return next(r for r in ws.model.rows() if r.dossier.id == did)

    return {
        "list": list_row,
        "advice": lambda: (
            tab.fig_advice.value.text(),
            tab.fig_mandate.value.text(),
            tab.fig_bid.value.text(),
            tab.fig_bid.detail.text(),
            tab.warning.isVisibleTo(tab),
            tab.parsed_label.text(),
            tuple(e.text() for e in tab.number_edits.values()),
        ),
        "bids": lambda: tuple(
            tuple(
                str(bids.model.data(bids.model.index(r, c)))
                for c in range(bids.model.columnCount())
            )
            for r in range(bids.model.rowCount())
        ),
        "editor": lambda: _verdict(editor),
        "chart": lambda: (
            chart.point_count(),
            chart.chart.title(),
            tuple(s.name() for s in chart.chart.series()),
            tuple(chart.timeline.item(i).text() for i in range(chart.timeline.count())),
        ),
        "nota": lambda: (
            ws.nota_tab.preview_html(),
            ws.nota_tab.kenmerk.text(),
            tuple(
                str(woo.data(woo.index(r, c)))
                for r in range(woo.rowCount())
                for c in range(woo.columnCount())
            ),
        ),
        "log": lambda: (ws.log_tab.model.row_count(), ws.log_tab.status.text()),
    }


def _verdict(editor: BidEditor) -> tuple[str, ...]:
    return tuple(
        label.text()
        for label in (
            editor.mandate_threshold_label,
            editor.advice_threshold_label,
            editor.mandate_verdict_label,
            editor.advice_verdict_label,
            editor.effective_label,
            editor.margin_label,
            editor.max_net_label,
        )
    )


def _fresh(window: MainWindow) -> dict[str, object]:
    """What each view shows when built or selected afresh."""
    ws = window.workspace
    assert ws is not None and ws.bids_tab is not None
    session = window.session
    did = _dossier_id(session)
    editor = ws.bids_tab.editor
    assert editor is not None
    fresh_editor = BidEditor(session.dossier(did), None, today=TODAY)
    fresh_editor.discount_edit.setText(editor.discount_edit.text())
    verdict = _verdict(fresh_editor)
    fresh_editor.deleteLater()
    ws._set_current(None)  # reselect: the test's oracle, never the code under test
    ws.select(did)
    ws._set_current(did)
    shown = {name: probe() for name, probe in _views(window).items()}
    shown["list"] = next(r for r in load_rows(session, window.today()) if r.dossier.id == did)
    shown["editor"] = verdict
    shown["log"] = (len(audit.entries(session.db)), shown["log"][1])  # type: ignore[index]
    return shown


@pytest.mark.parametrize(("name", "change", "changes"), CHANGES, ids=[c[0] for c in CHANGES])
def test_every_open_view_follows_the_vault(  # type: ignore[no-untyped-def]
    qtbot,
    settings,  # noqa: F811
    demo,
    tmp_path: Path,
    name: str,
    change,
    changes: set[str],  # noqa: F811
) -> None:
    answers = Answers()
    window = MainWindow(
        settings, ask=answers.ask, inform=answers.inform, demo=demo, today=lambda: TODAY
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ws = window.workspace
    assert ws is not None and ws.bids_tab is not None
    ws.select(_dossier_id(window.session))
    ws.bids_tab.today = lambda: TODAY
    ws.bids_tab.new_bid()  # an open editor with a bid being typed
    assert ws.bids_tab.editor is not None
    ws.bids_tab.editor.discount_edit.setText("62")
    notices: list[Change] = []
    window.session.subscribe(notices.append)

    before = {view: probe() for view, probe in _views(window).items()}
    change(window, tmp_path)
    qtbot.wait(50)  # an import's notice may come from another thread: let it arrive
    after = {view: probe() for view, probe in _views(window).items()}
    assert notices, "a write without a notice"
    fresh = _fresh(window)

    stale = [view for view in after if after[view] != fresh[view]]
    assert not stale, f"{name}: stale view(s) {stale}"
    unchanged = [view for view in changes if after[view] == before[view]]
    assert not unchanged, f"{name}: {unchanged} did not change"
    ws.bids_tab.editor.reject()
