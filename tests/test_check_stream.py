"""``mandaat check VAULT --json`` streams its rows (issue 18): one JSON array, one row per
line, each row exactly ``json.dumps(row, ensure_ascii=False)`` of ``engine.check_rows(...)``
(so the parsed output is the whole list), whatever the chunk size, with ties (same drug,
date and round in two dossiers of one drug) in the same order, rows that cannot be
computed, a ``--dossier`` choice and an empty vault."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from mandaat import cli, demo, engine
from mandaat.cli import mandate as commands_mandate
from mandaat.model import Arrangement, Bid
from mandaat.vault import store
from mandaat.vault.file import Vault

PASS = "stroom van biedingen"


def _vault(tmp_path: Path, *, filled: bool = True) -> Path:
    path = tmp_path / "check.mandaat"
    vault, _ = Vault.create(path, PASS)
    if filled:
        demo.populate(vault.db)
        enhertu = next(d for d in store.dossiers(vault.db) if d.brand == "Enhertu")
        # a second Enhertu dossier (another indication), with bids that tie with the first's
        twin = store.save_dossier(
            vault.db, dataclasses.replace(enhertu, id=None, indication="Tweede indicatie Ω")
        )
        for b in store.bids(vault.db, enhertu.id):
            for dossier_id in (twin.id, enhertu.id):
                store.add_bid(
                    vault.db,
                    Bid(
                        b.date,
                        dossier_id=dossier_id,
                        round=b.round,
                        arrangement=Arrangement(discount_pct=Decimal("12.5")),
                        note="gelijke datum en ronde",
                    ),
                )
        store.add_bid(vault.db, Bid(dt.date(2019, 1, 2), dossier_id=twin.id, round=7))
    vault.commit("test")
    vault.close()
    return path


def _expected(path: Path, only: str | None = None) -> str:
    with Vault.open(path, passphrase=PASS, read_only=True) as vault:
        dossiers = store.dossiers(vault.db)
        bids = store.bids(vault.db)
    if only is not None:
        ids = {d.id for d in dossiers if d.brand == only}
        bids = [b for b in bids if b.dossier_id in ids]
    rows = engine.check_rows(dossiers, bids)
    if not rows:
        return "[]\n"
    return "[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n]\n"


def _check(capsys, monkeypatch, *args: str) -> str:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MANDAAT_PASSPHRASE", PASS)
    assert cli.main(["check", *args, "--json"]) == 0
    return str(capsys.readouterr().out)


@pytest.mark.parametrize("chunk", [1, 3, commands_mandate.JSON_CHUNK])
def test_streamed_json_is_the_whole_list_row_by_row(
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
    monkeypatch,  # type: ignore[no-untyped-def]
    chunk: int,
) -> None:
    path = _vault(tmp_path)
    monkeypatch.setattr(commands_mandate, "JSON_CHUNK", chunk)
    out = _check(capsys, monkeypatch, str(path))
    assert out == _expected(path)
    rows = json.loads(out)
    # the same keys and values, in the same order, as the whole list written at once
    with Vault.open(path, passphrase=PASS, read_only=True) as vault:
        whole = engine.check_rows(store.dossiers(vault.db), store.bids(vault.db))
    assert json.dumps(rows, ensure_ascii=False) == json.dumps(whole, ensure_ascii=False)
    assert out.count("\n") == len(rows) + 2  # "[", one line per row, "]"
    assert len(rows) == 11 + 2 * 4 + 1  # the demo, two ties per Enhertu bid, one more
    assert any(r.get("error") for r in rows)  # a row that cannot be computed
    ties = [r for r in rows if r["drug"] == "Enhertu" and r["round"] == rows[0]["round"]]
    assert len({r["dossier_id"] for r in ties}) == 2


def test_streamed_json_for_one_drug_and_for_an_empty_vault(
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    path = _vault(tmp_path)
    assert _check(capsys, monkeypatch, str(path), "--dossier", "Enhertu") == _expected(
        path, "Enhertu"
    )
    (tmp_path / "leeg").mkdir()
    empty = _vault(tmp_path / "leeg", filled=False)
    assert _check(capsys, monkeypatch, str(empty)) == "[]\n"
