"""The window at scale (issue 18): nothing is assessed before it is shown, each bid is
assessed once for every view, the list reads one bid per dossier, the chart is drawn when
its tab is shown and in slices, and a long session cannot exhaust ``None`` (PySide6 on
Python 3.11). Counts, not timings: the timings are benchmarks/window.py's."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from ui_helpers import QT_MARKS, no_leaks  # noqa: F401

from mandaat import demo, describe
from mandaat.model import Arrangement, Bid, Party
from mandaat.vault import store
from mandaat.vault.file import Vault
from mandaat.vault.session import Session
from ui import assessments, chart_tab
from ui.bids_model import BidsModel, Column
from ui.chart_tab import ChartTab
from ui.main_window import MainWindow

pytestmark = QT_MARKS

MANY = 1500


def _bid(dossier_id: int, i: int, party: Party | None = None) -> Bid:
    return Bid(
        dt.date(2024, 1, 1) + dt.timedelta(days=i % 40),  # many bids share a date
        dossier_id=dossier_id,
        round=1 + i % 3,  # … and a round
        party=party or (Party.VWS if i % 3 == 0 else Party.SUPPLIER),
        arrangement=Arrangement(discount_pct=Decimal(i % 8000) / 100),
        note=f"bod {i}",  # every bid its own (the vault refuses a duplicate)
    )


@pytest.fixture
def big(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """A vault whose first dossier (by brand) holds MANY bids."""
    path = tmp_path / "big.mandaat"
    vault, _ = Vault.create(path, PASSPHRASE)
    demo.populate(vault.db)
    first = store.dossiers(vault.db)[0].id
    assert first is not None
    for i in range(MANY):
        store.add_bid(vault.db, _bid(first, i))
    vault.commit("test")
    vault.close()
    yield path, first


def test_latest_supplier_bids_read_alone_match_the_rule(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "t.mandaat", PASSPHRASE)
    demo.populate(vault.db)
    ids = [d.id for d in store.dossiers(vault.db)]
    for i in range(120):  # ties on date and round, counter-offers last
        store.add_bid(vault.db, _bid(ids[i % 2], i))
    store.add_bid(vault.db, _bid(ids[0], 9999, Party.VWS))  # a later counter-offer
    only_vws = ids[2]
    for b in store.bids(vault.db, only_vws):
        store.delete_bid(vault.db, b.id)  # type: ignore[arg-type]
    store.add_bid(vault.db, _bid(only_vws, 5, Party.VWS))
    session = Session(vault)
    latest = session.latest_supplier_bids()
    for did in ids:
        assert did is not None
        want = describe.latest_supplier_bid(session.bids(did))
        assert latest.get(did) == want
        assert session.latest_supplier_bids(did).get(did) == want
    assert only_vws not in latest
    for did in ids:
        assert did is not None
        lazy = session.stored_bids(did)
        assert lazy.parsed() == 0
        assert list(lazy) == session.bids(did)  # same bids, same order
        assert lazy.ids() == [b.id for b in session.bids(did)]
        assert lazy.rounds() == [b.round for b in session.bids(did)]
    vault.close()


def test_rows_are_assessed_when_asked_and_once_for_every_view(qtbot, big: tuple[Path, int]) -> None:
    path, did = big
    vault = Vault.open(path, passphrase=PASSPHRASE)
    session = Session(vault)
    cache = assessments.for_session(session)
    dossier, bids = session.dossier(did), session.bids(did)
    model = BidsModel(None, cache)
    model.set_bids(dossier, bids)
    model.sort(Column.DATE, Qt.SortOrder.DescendingOrder)  # on the bid alone
    assert cache.made == 0
    assert model.data(model.index(0, Column.MANDATE)) is not None
    assert cache.made == 1
    model.sort(Column.EFFECTIVE, Qt.SortOrder.AscendingOrder)  # needs every figure
    assert cache.made == len(bids) > MANY
    values = [model.row(r).scenario_pct("expected") for r in range(model.rowCount())]
    assert values == sorted(values)  # type: ignore[type-var]
    chart = ChartTab(session)
    qtbot.addWidget(chart)
    chart.set_dossier(did)
    assert chart.point_count() == len(bids)
    assert cache.made == len(bids)  # the chart asked the same cache: nothing made again
    vault.close()


def test_unlock_assesses_only_what_is_on_screen(qtbot, tmp_path: Path, big) -> None:  # type: ignore[no-untyped-def]
    path, did = big
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.open_vault(Vault.open(path, passphrase=PASSPHRASE))
    ws = window.workspace
    assert ws is not None and ws.bids_tab is not None and window.session is not None
    ws.select(did)
    ws.tabs.setCurrentWidget(ws.bids_tab)
    qtbot.waitExposed(ws.bids_tab.view)
    window.repaint()
    made = assessments.for_session(window.session).made
    assert ws.bids_tab.model.rowCount() == len(window.session.bids(did)) > MANY
    assert 0 < made < 200  # the rows on screen and one per dossier, not 1,500
    parsed = ws.bids_tab.model._bids.parsed()  # type: ignore[attr-defined]
    assert 0 < parsed < 200  # only the rows on screen were read into Bids
    window.close()


def test_the_open_vault_is_kept_from_the_collector_until_locked_or_closed(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    big,  # type: ignore[no-untyped-def]
) -> None:
    """What the unlocked workspace holds is frozen out of the garbage collector's full
    passes (a worker's pass stopped the window's thread); locking thaws and collects it
    (nothing of the locked vault's workspace outlives the lock), closing thaws it."""
    import gc

    path, _did = big
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    gc.unfreeze()
    window.open_vault(Vault.open(path, passphrase=PASSPHRASE))
    assert gc.get_freeze_count() > 10_000
    import weakref

    first = weakref.ref(window.workspace)
    window.lock()
    assert gc.get_freeze_count() == 0
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert first() is None
    window.open_vault(Vault.open(path, passphrase=PASSPHRASE))
    assert gc.get_freeze_count() > 10_000
    window.close()
    assert gc.get_freeze_count() == 0


def test_an_edit_reads_back_one_bid_for_the_analyses_not_the_dossier(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    big,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Saving an edit of a bid shows the edited bid in its analyses by reading that bid
    again, not all 1,500 of its dossier (at 25,000 that was 450 ms of the edit)."""
    from dataclasses import replace

    path, did = big
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.open_vault(Vault.open(path, passphrase=PASSPHRASE))
    ws = window.workspace
    assert ws is not None and ws.bids_tab is not None and window.session is not None
    ws.select(did)
    ws.tabs.setCurrentWidget(ws.bids_tab)
    tab = ws.bids_tab
    tab.select_row(0)
    bid = tab.selected_bid()
    assert bid is not None and tab.analyses.bid() == bid
    made = []
    real = store._bid_from_row
    monkeypatch.setattr(store, "_bid_from_row", lambda row: made.append(1) or real(row))
    edited = replace(bid, note="gewijzigd")
    window.session.update_bid(edited)
    assert tab.analyses.bid() == edited  # the analyses follow the edit …
    assert len(made) < 100  # … from the one bid read back (and the rows on screen)
    window.close()


def test_the_chart_is_drawn_when_shown_in_slices(qtbot, monkeypatch, big) -> None:  # type: ignore[no-untyped-def]
    path, did = big
    vault = Vault.open(path, passphrase=PASSPHRASE)
    session = Session(vault)
    cache = assessments.for_session(session)
    chart = ChartTab(session)
    qtbot.addWidget(chart)
    chart.set_dossier(did)  # hidden: nothing done
    assert cache.made == 0
    monkeypatch.setattr(chart_tab, "SLICE_S", 0.0)  # one bid per slice
    chart.show()
    assert "wordt berekend" in chart.note_label.text()
    n = len(session.bids(did))
    qtbot.waitUntil(lambda: chart.supplier_series is not None, timeout=60_000)
    assert cache.made == n
    assert chart.supplier_series is not None and chart.vws_series is not None
    assert chart.supplier_series.count() + chart.vws_series.count() == n
    chart.close()
    vault.close()


def test_many_bool_signals_cannot_exhaust_true_or_false() -> None:
    """The same bug takes a reference from True/False on every emit of a Python-declared
    Signal(bool) ("bool_dealloc" after some thousands, seen in a long test run)."""
    code = (
        "import ui\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "from PySide6.QtWidgets import QApplication\n"
        "class Busy(QObject):\n"
        "    changed = Signal(bool)\n"
        "app = QApplication([])\n"
        "busy = Busy()\n"
        "busy.changed.connect(lambda on: None)\n"
        "for i in range(100_000):\n"
        "    busy.changed.emit(i % 2 == 0)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-500:]


def test_many_qt_calls_cannot_exhaust_none() -> None:
    """PySide6 6.12's stable-ABI wheels drop a reference to None on every void call on
    Python 3.11 (ui/none_guard.py); 100,000 of them ended in "Fatal Python error:
    none_dealloc" before the guard."""
    code = (
        "import ui\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel()\n"
        "for _ in range(100_000):\n"
        "    label.setText('x')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-500:]


def test_locking_empties_the_cores_caches_of_the_vaults_figures(qtbot, tmp_path: Path, big) -> None:  # type: ignore[no-untyped-def]
    from mandaat import caches, engine

    path, did = big
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.open_vault(Vault.open(path, passphrase=PASSPHRASE))
    assert window.session is not None
    dossier = window.session.dossier(did)
    assert dossier is not None
    engine.assess(dossier, window.session.bids(did)[0])
    filled = [f for f in caches.cached() if f.cache_info().currsize]  # type: ignore[attr-defined]
    assert engine._q in filled and len(filled) >= 3
    window.lock()
    assert not [f for f in caches.cached() if f.cache_info().currsize]  # type: ignore[attr-defined]
    window.close()
