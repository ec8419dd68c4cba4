"""Issue 17: the analyses a negotiator asks for, on hand-computed figures (the same
worked examples are in docs/mandate.md, "Analyses"): per-year money, the extra discount
that would close the gap (with a hypothesis property: it meets, 0.01 pp less does not),
the volume at which a cap binds, and the sensitivity table; and their CLI contract."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal as D
from decimal import localcontext
from fractions import Fraction as F
from pathlib import Path

from cli_helpers import run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mandaat import engine
from mandaat.engine import (
    cap_binds_from_patients,
    check_rows,
    evaluate,
    extra_discount,
    sensitivity,
    with_extra_discount,
    year_money,
)
from mandaat.model import Arrangement, Bid, Dossier, Threshold, Tier
from mandaat.vault import store
from mandaat.vault.file import Vault

PW = {"MANDAAT_PASSPHRASE": "analyses wachtwoord"}

# asking price €1,000 per patient, 100 expected patients (ZIN's year-3 figure), growth 25 %:
# patients per year 100 × 1.25^(y−3) = 64, 80, 100 (expected)
DOSSIER = Dossier(
    id=1,
    brand="Testmiddel",
    asking_price=D(1000),
    expected_patients=D(100),
    growth_pct_per_year=D(25),
    mandate_threshold=Threshold("at_least", D(40)),
)
# 20 % confidential discount; p4p: 50 % refunded for 20 % non-responders (10 % of the
# invoice); a cap of €70,000 a year
TERMS = Arrangement(
    discount_pct=D(20),
    p4p_refund_share_pct=D(50),
    p4p_nonresponse_rate_pct=D(20),
    annual_cap=D(70000),
)


def _year(y: engine.YearMoney) -> tuple[D, ...]:
    return (
        y.patients,
        y.list_spend,
        y.net_before_cap,
        y.p4p_refund,
        y.cap_repayment,
        y.net_spend,
        y.saving,
    )


def test_per_year_money_by_hand() -> None:
    money = year_money(DOSSIER, TERMS, duration_years=3)
    # patients, list, invoice (80 %), p4p refund (10 % of it), cap repayment, net, saving
    assert [_year(y) for y in money["expected"]] == [
        (64, 64000, 51200, 5120, 0, 46080, 17920),
        (80, 80000, 64000, 6400, 0, 57600, 22400),
        (100, 100000, 80000, 8000, 2000, 70000, 30000),  # 72,000 after refund > cap
    ]
    assert [_year(y) for y in money["low"]] == [  # 0.75 × expected: the cap never binds
        (48, 48000, 38400, 3840, 0, 34560, 13440),
        (60, 60000, 48000, 4800, 0, 43200, 16800),
        (75, 75000, 60000, 6000, 0, 54000, 21000),
    ]
    assert [_year(y) for y in money["high"]] == [  # 1.25 × expected
        (80, 80000, 64000, 6400, 0, 57600, 22400),
        (100, 100000, 80000, 8000, 2000, 70000, 30000),
        (125, 125000, 100000, 10000, 20000, 70000, 55000),
    ]
    for ys in money.values():
        for y in ys:
            assert y.net_spend == y.net_before_cap - y.p4p_refund - y.cap_repayment
            assert y.saving == y.list_spend - y.net_spend
    # the totals agree with the effective reduction: 70,320 / 244,000 = 28.8197 %
    assert engine.present(engine.effective_reduction(DOSSIER, TERMS)) == D("28.82")


def test_extra_discount_by_hand() -> None:
    """Expected: the net spend after refunds is 46,080 / 57,600 / 72,000 with a cap of
    70,000; 40 % asks for at most 244,000 × 0.6 = 146,400. The cap stops binding at
    d = 1 − 70/72 = 1/36 (total then 170,800); beyond it (1 − d) × 175,680 = 146,400
    gives d = 1/6 = 16.666… %, rounded up to 16.67 %. Low (no cap binding): 0.72 × (1 − d)
    = 0.6, d = 1/6 too; high: the same once both capped years are under the cap."""
    main, per = extra_discount(DOSSIER.mandate_threshold, DOSSIER, TERMS) or (None, [])
    assert main is not None
    assert (main.expected, main.worst, main.worst_scenario) == (D("16.67"), D("16.67"), "expected")
    assert [(p.pct, p.expected) for p in per] == [(40, D("16.67"))]
    # 36 %: expected and low (1 − d) = 0.64/0.72 → d = 1/9 = 11.11… → 11.12 %; high
    # (35.21 %) needs less: target 195,200 lies between the kinks 1/36 (196,000) and 2/9
    # (170,800), slope 129,600: d = 1/36 + 800/129,600 = 11/324 = 3.395… → 3.40 %
    t36 = Threshold("at_least", D(36))
    main36, _ = extra_discount(t36, DOSSIER, TERMS) or (None, [])
    assert main36 is not None and (main36.expected, main36.worst) == (D("11.12"), D("11.12"))
    high_only = extra_discount(t36, DOSSIER, TERMS, factors={"high": D("1.25")})
    assert high_only is not None and high_only[0].expected == D("3.40")  # 11/324 = 3.395… %


def test_extra_discount_strict_bound_and_range() -> None:
    plain = Dossier(id=2, brand="Plain", asking_price=D(1000), expected_patients=D(10))
    bid = Arrangement(discount_pct=D(20))  # effective 20 % in every scenario and year
    # 0.8 × (1 − d) = 0.64 at d = 20 % exactly: "at least 36" needs 20.00, "more than" 20.01
    at = extra_discount(Threshold("at_least", D(36)), plain, bid)
    more = extra_discount(Threshold("more_than", D(36)), plain, bid)
    assert at is not None and at[0].expected == D("20.00")
    assert more is not None and more[0].expected == D("20.01")
    # a range 35–55: 0.8(1 − d) = 0.65 → d = 18.75 %; = 0.45 → d = 43.75 %; the verdict
    # meets from the upper end
    rng = extra_discount(Threshold("range", D(35), D(55)), plain, bid)
    assert rng is not None
    assert rng[0].expected == D("43.75") and rng[0].pct == 55
    assert [(p.pct, p.expected, p.worst) for p in rng[1]] == [
        (35, D("18.75"), D("18.75")),
        (55, D("43.75"), D("43.75")),
    ]
    # already met: 0; no number: None; a free drug cannot exceed 100 %: None
    assert extra_discount(Threshold("at_least", D(10)), plain, bid)[0].expected == 0  # type: ignore[index]
    assert extra_discount(Threshold("qualitative"), plain, bid) is None
    hundred = extra_discount(Threshold("more_than", D(100)), plain, bid)
    assert hundred is not None and hundred[0].expected is None and hundred[0].worst is None


def test_cap_binds_from_patients_by_hand() -> None:
    # 720 a patient after discount and refund: 70,000 / 720 = 97.22… patients
    assert F(cap_binds_from_patients(DOSSIER, TERMS)) == exact_pct(F(70000, 720) / 100)  # type: ignore[arg-type]
    assert cap_binds_from_patients(DOSSIER, Arrangement(discount_pct=D(20))) is None
    # marginal tier: 1,000 a patient up to 50, 500 above: 50,000 + 500 (p − 50) = 60,000 → 70
    tiered = Arrangement(tiers=(Tier(D(50), D(50)),), annual_cap=D(60000))
    assert cap_binds_from_patients(DOSSIER, tiered) == 70
    # spend-based tier at €50,000 list spend is the same step (50 patients at €1,000)
    by_spend = dataclasses.replace(tiered, tier_basis="spend", tiers=(Tier(D(50000), D(50)),))
    assert cap_binds_from_patients(DOSSIER, by_spend) == 70
    # the cap is reached inside the first band: 30,000 / 1,000
    assert cap_binds_from_patients(DOSSIER, dataclasses.replace(tiered, annual_cap=D(30000))) == 30
    # a 100 % discount above 50 patients: the spend never passes 50,000
    free = Arrangement(tiers=(Tier(D(50), D(100)),), annual_cap=D(60000))
    assert cap_binds_from_patients(DOSSIER, free) is None


def test_sensitivity_by_hand() -> None:
    """No discount, a cap of €80,000, 100 patients at €1,000, 3 years, at least 20 %.
    As stated (no growth): 1 − 80/100 = 20 % → meets. Volume 50 %/75 %: under the cap,
    0 % → fails; 125 %: 1 − 80/125 = 36 %. Growth g > 0: the years before year 3 have
    fewer patients, so less is capped → fails. Duration: every year the same → meets."""
    d = dataclasses.replace(DOSSIER, growth_pct_per_year=None, mandate_threshold=None)
    t = Threshold("at_least", D(20))
    s = sensitivity(t, d, Arrangement(annual_cap=D(80000)), duration_years=3)
    assert (s.base.verdict, s.base.effective_pct) == ("meets", 20)
    assert [(p.value, p.verdict, p.effective_pct) for p in s.volume_pct] == [
        (50, "fails", 0),
        (75, "fails", 0),
        (100, "meets", 20),
        (125, "meets", 36),
        (150, "meets", s.volume_pct[4].effective_pct),  # 1 − 80/150 = 46.67 %, below
        (200, "meets", 60),
    ]
    assert F(s.volume_pct[4].effective_pct) == exact_pct(1 - F(80, 150))
    growth = {p.value: p for p in s.growth_pct}
    assert growth[D(0)].verdict == "meets"
    # 5 %: list = 100,000 × (1/1.05² + 1/1.05 + 1), net = 3 × 80,000
    lst = 100000 * (F(400, 441) + F(20, 21) + 1)
    assert F(growth[D(5)].effective_pct) == exact_pct(1 - 240000 / lst)
    assert all(growth[D(g)].verdict == "fails" for g in (5, 10, 15, 20))
    assert [p.verdict for p in s.duration_years] == ["meets"] * 5
    assert s.p4p_nonresponse_pct == ()
    assert s.turns == ("volume", "growth")


def test_sensitivity_p4p_range() -> None:
    """20 % discount, p4p 50 % refund at 20 % non-response (10 % back): 0.8 × 0.9 = 72 % paid,
    28 % effective. Against 28 %: non-response 0 % → 20 % fails; 10 % → 24 %; 20 % → 28 %
    meets; 30 % → 0.8 × 0.85 = 32 %; 40 % → 0.8 × 0.8 = 36 %."""
    d = dataclasses.replace(DOSSIER, growth_pct_per_year=None)
    terms = Arrangement(
        discount_pct=D(20), p4p_refund_share_pct=D(50), p4p_nonresponse_rate_pct=D(20)
    )
    s = sensitivity(Threshold("at_least", D(28)), d, terms)
    assert [(p.value, p.verdict, p.effective_pct) for p in s.p4p_nonresponse_pct] == [
        (0, "fails", 20),
        (10, "fails", 24),
        (20, "meets", 28),
        (30, "meets", 32),
        (40, "meets", 36),
    ]
    assert s.turns == ("p4p_nonresponse",)


def exact_pct(value: F) -> F:
    """A hand-computed fraction as a percent, as the engine outputs a non-terminating
    value: 40 significant digits."""
    with localcontext() as ctx:
        ctx.prec = 40
        return F(D((value * 100).numerator) / D((value * 100).denominator))


# --------------------------------------------------------------------------- property


_pct = st.decimals(min_value=0, max_value=90, places=2)


@st.composite
def _cases(draw: st.DrawFn) -> tuple[Dossier, Arrangement, Threshold, int]:
    dossier = Dossier(
        id=1,
        brand="P",
        asking_price=draw(st.decimals(min_value=100, max_value=900000, places=2)),
        expected_patients=draw(st.decimals(min_value=1, max_value=500, places=1)),
        growth_pct_per_year=draw(st.one_of(st.none(), st.decimals(0, 30, places=1))),
    )
    tiers: tuple[Tier, ...] = ()
    if draw(st.booleans()):
        tiers = (Tier(draw(st.decimals(1, 400, places=0)), draw(_pct)),)
    cap = None
    if draw(st.booleans()):
        cap = draw(st.decimals(min_value=0, max_value=10**8, places=0))
    p4p = draw(st.booleans())
    arrangement = Arrangement(
        discount_pct=draw(st.one_of(st.none(), _pct)),
        tiers=tiers,
        tier_basis=draw(st.sampled_from(["volume", "spend"])) if tiers else "volume",
        tier_mode=draw(st.sampled_from(["marginal", "all_units"])),
        annual_cap=cap,
        p4p_refund_share_pct=draw(_pct) if p4p else None,
        p4p_nonresponse_rate_pct=draw(_pct) if p4p else None,
    )
    low = draw(st.decimals(min_value=1, max_value=98, places=1))
    kind = draw(st.sampled_from(["at_least", "more_than", "range"]))
    if kind == "range":
        high = draw(st.decimals(min_value=low + 1, max_value=99, places=1))
        threshold = Threshold("range", low, high)
    else:
        threshold = Threshold(kind, low)
    return dossier, arrangement, threshold, draw(st.integers(1, 5))


def _codes(t: Threshold, d: Dossier, a: Arrangement, years: int) -> dict[str, str]:
    return evaluate(t, d, a, duration_years=years).scenario_codes


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_cases())
def test_extra_discount_meets_and_one_hundredth_less_does_not(
    case: tuple[Dossier, Arrangement, Threshold, int],
) -> None:
    dossier, arrangement, threshold, years = case
    result = extra_discount(threshold, dossier, arrangement, duration_years=years)
    assert result is not None
    main, _ = result
    for extra, scenarios in (
        (main.expected, ("expected",)),
        (main.worst, ("low", "expected", "high")),
    ):
        assert extra is not None  # every numeric bound below 100 % can be closed
        codes = _codes(threshold, dossier, with_extra_discount(arrangement, extra), years)
        assert all(codes[s] == "meets" for s in scenarios), (extra, codes)
        if extra > 0:
            less = with_extra_discount(arrangement, extra - D("0.01"))
            codes = _codes(threshold, dossier, less, years)
            assert any(codes[s] != "meets" for s in scenarios), (extra, codes)


# --------------------------------------------------------------------------- CLI


def _vault(tmp_path: Path) -> tuple[Path, Bid]:
    path = tmp_path / "analyses.mandaat"
    vault, _ = Vault.create(path, PW["MANDAAT_PASSPHRASE"])
    d = store.save_dossier(vault.db, dataclasses.replace(DOSSIER, id=None))
    bid = store.add_bid(vault.db, Bid(dt.date(2026, 1, 5), dossier_id=d.id, arrangement=TERMS))
    assert bid is not None
    vault.commit("test")
    vault.close()
    return path, bid


def test_check_json_flags(tmp_path: Path) -> None:
    path, _ = _vault(tmp_path)
    plain = run("check", str(path), "--json", env=PW)
    assert plain.returncode == 0, plain.stderr
    for key in ("years", "extra_discount_pct", "cap_binds_from_patients", "sensitivity"):
        assert f'"{key}"' not in plain.stdout  # the default output is unchanged
    r = run("check", str(path), "--json", "--years", "--what-it-takes", "--sensitivity", env=PW)
    assert r.returncode == 0, r.stderr
    (row,) = json.loads(r.stdout)
    expected = row["years"]["expected"]
    assert set(row["years"]) == {"low", "expected", "high"}
    assert expected[2] == {
        "year": 3,
        "patients": "100",
        "list_spend": "100000",
        "net_before_cap": "80000",
        "cap_repayment": "2000",
        "p4p_refund": "8000",
        "net_spend": "70000",
        "saving": "30000",
    }
    assert row["years_total"]["expected"]["net_spend"] == "173680"
    assert row["extra_discount_pct"]["expected"] == 16.67
    assert row["extra_discount_pct"]["worst"] == 16.67
    assert row["extra_discount_pct"]["per_bound"] == [
        {"pct": 40, "expected": 16.67, "worst": 16.67, "worst_scenario": "expected"}
    ]
    assert row["cap_binds_from_patients"] == 97.22
    assert row["sensitivity"]["base"]["verdict"] == "fails"
    assert [p["years"] for p in row["sensitivity"]["duration"]] == [1, 2, 3, 4, 5]
    # the rows without flags are those of check_rows; with flags the same plus the keys
    base = {
        k: v
        for k, v in row.items()
        if k
        not in (
            "years",
            "years_total",
            "extra_discount_pct",
            "cap_binds_from_patients",
            "sensitivity",
        )
    }
    assert base == json.loads(plain.stdout)[0]
    table = run("check", str(path), "--years", "--what-it-takes", "--sensitivity", env=PW)
    assert table.returncode == 0, table.stderr
    assert "€ 173.680" in table.stdout and "€ 2.000" in table.stdout
    assert "16,67%" in table.stdout and "97,22 patiënten" in table.stdout
    assert "Draait het oordeel om" in table.stdout


def test_check_rows_default_unchanged() -> None:
    bid = Bid(dt.date(2026, 1, 5), id=1, dossier_id=1, arrangement=TERMS)
    rows = check_rows([DOSSIER], [bid])
    assert "years" not in rows[0] and "sensitivity" not in rows[0]
    assert "extra_discount_pct" not in rows[0]


def test_new_figures_are_classified() -> None:
    from mandaat.model import Confidentiality, field_class

    assert field_class("assessment", "years") is Confidentiality.BUSINESS
    for name in ("extra_discount_pct", "cap_binds_from_patients", "sensitivity"):
        assert field_class("assessment", name) is Confidentiality.STATE


# --------------------------------------------------------------------------- all-units


def test_all_units_staffel_by_hand() -> None:
    """ "Boven 100 patiënten 40% korting": €1,000 a patient. Marginal: only the part above
    100 gets 40 %; all-units: above 100 every unit does. At exactly 100 neither applies."""
    d = Dossier(id=3, brand="Staffel", asking_price=D(1000), expected_patients=D(150))
    one = {"expected": D(1)}
    marginal = Arrangement(tiers=(Tier(D(100), D(40)),))
    all_units = dataclasses.replace(marginal, tier_mode="all_units")
    # 150 patients: marginal 100 × 1,000 + 50 × 600 = 130,000 (13.33 %); all 150 × 600
    m = year_money(d, marginal, duration_years=1, factors=one)["expected"][0]
    a = year_money(d, all_units, duration_years=1, factors=one)["expected"][0]
    assert (m.list_spend, m.net_spend, a.net_spend) == (150000, 130000, 90000)
    assert engine.effective_reduction(d, all_units, duration_years=1) == 40
    # exactly 100 patients: not above the threshold, no tier discount in either mode
    hundred = dataclasses.replace(d, expected_patients=D(100))
    for terms in (marginal, all_units):
        y = year_money(hundred, terms, duration_years=1, factors=one)["expected"][0]
        assert y.net_spend == y.list_spend == 100000
    # two tiers, 300 patients: above 200 → 50 % on all units: 300 × 500 = 150,000
    two = Arrangement(tiers=(Tier(D(100), D(40)), Tier(D(200), D(50))), tier_mode="all_units")
    y = year_money(d, two, duration_years=1, factors={"expected": D(2)})  # 300 patients
    assert y["expected"][0].net_spend == 150000  # 300 × 500
    # spend basis: above €100,000 list spend, 150 patients → 40 % on all
    spend = Arrangement(tiers=(Tier(D(100000), D(40)),), tier_basis="spend", tier_mode="all_units")
    assert engine.effective_reduction(d, spend, duration_years=1) == 40
    # the cap on an all-units staffel: spend jumps down from 100,000 to 60,600 at 101
    # patients; a cap of 80,000 binds from 80 patients (80 × 1,000) …
    capped = dataclasses.replace(all_units, annual_cap=D(80000))
    assert cap_binds_from_patients(d, capped) == 80
    # … and a cap of 120,000 only from 200 patients (above 100: 600 a patient)
    assert cap_binds_from_patients(d, dataclasses.replace(all_units, annual_cap=D(120000))) == 200


def test_tier_mode_stored_and_checked(tmp_path: Path) -> None:
    from mandaat import describe

    path = tmp_path / "staffel.mandaat"
    vault, _ = Vault.create(path, PW["MANDAAT_PASSPHRASE"])
    d = store.save_dossier(
        vault.db,
        Dossier(
            brand="Staffel",
            asking_price=D(1000),
            expected_patients=D(150),
            mandate_threshold=Threshold("at_least", D(30)),
        ),
    )
    terms = Arrangement(tiers=(Tier(D(100), D(40)),), tier_mode="all_units")
    store.add_bid(vault.db, Bid(dt.date(2026, 2, 1), dossier_id=d.id, arrangement=terms))
    store.add_bid(
        vault.db,
        Bid(
            dt.date(2026, 2, 2),
            dossier_id=d.id,
            arrangement=dataclasses.replace(terms, tier_mode="marginal"),
        ),
    )
    vault.commit("test")
    vault.close()
    with Vault.open(path, passphrase=PW["MANDAAT_PASSPHRASE"], read_only=True) as v:
        modes = [b.arrangement.tier_mode for b in store.bids(v.db)]
    assert sorted(modes) == ["all_units", "marginal"]
    # the default is not written: a marginal staffel's stored form is as before
    assert "tier_mode" not in store.arrangement_to_json(Arrangement(tiers=terms.tiers))
    assert '"tier_mode":"all_units"' in store.arrangement_to_json(terms)
    r = run("check", str(path), "--json", env=PW)
    assert r.returncode == 0, r.stderr
    by_date = {row["date"]: row for row in json.loads(r.stdout)}
    # scenarios 0.75/1/1.25 × 150 = 112.5/150/187.5 patients: all above 100 → 40 % each
    assert by_date["2026-02-01"]["effective_reduction"] == 40
    assert by_date["2026-02-01"]["verdict"] == "meets"
    # marginal: 1 − (100,000 + 50 × 600)/150,000 = 13.33 % → fails
    assert by_date["2026-02-02"]["effective_reduction"] == 13.33
    assert by_date["2026-02-02"]["verdict"] == "fails"
    bad = Bid(dt.date(2026, 2, 3), arrangement=dataclasses.replace(terms, tier_mode="x"))  # type: ignore[arg-type]
    assert [p.code for p in describe.bid_problems(bad)] == ["tier_mode"]
    from mandaat.cli.words import for_language

    assert "alle eenheden" in for_language("nl").arrangement(terms)


def test_streamed_analyses_equal_check_rows(
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    """With the flags, ``check --json`` streams (chunk by chunk) exactly what
    ``check_rows(..., years=True, what_it_takes=True, sensitivity=True)`` gives, for the
    demo vault plus a bid that cannot be computed (its analyses are null)."""
    from mandaat import cli, demo
    from mandaat.cli import mandate as commands_mandate

    path = tmp_path / "demo.mandaat"
    vault, _ = Vault.create(path, PW["MANDAAT_PASSPHRASE"])
    demo.populate(vault.db)
    blank = store.save_dossier(vault.db, Dossier(brand="Zonder prijs"))
    store.add_bid(vault.db, Bid(dt.date(2026, 3, 1), dossier_id=blank.id, arrangement=TERMS))
    vault.commit("demo")
    dossiers, bids = store.dossiers(vault.db), store.bids(vault.db)
    vault.close()
    flags = {"years": True, "what_it_takes": True, "sensitivity": True}
    expected = check_rows(dossiers, bids, **flags)
    # one row per line, each as json.dumps writes it: the same keys, values and order
    want = "[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in expected) + "\n]\n"
    monkeypatch.setattr(commands_mandate, "JSON_CHUNK", 2)
    monkeypatch.setenv("MANDAAT_PASSPHRASE", PW["MANDAAT_PASSPHRASE"])
    args = ["check", str(path), "--json", "--years", "--what-it-takes", "--sensitivity"]
    assert cli.main(args) == 0
    out = str(capsys.readouterr().out)
    assert out == want
    rows = json.loads(out)
    failed = next(r for r in rows if r["drug"] == "Zonder prijs")
    assert failed["error"] == "no_asking_price"
    assert failed["years"] is None and failed["extra_discount_pct"] is None
    assert failed["sensitivity"] is None and failed["cap_binds_from_patients"] is None
    # every computed row: each year's figures add up (exactly where they terminate; a
    # value given to 40 significant digits is off by less than 10^-20 of a euro)
    for row in rows:
        for years in (row["years"] or {}).values():
            for y in years:
                net = F(y["net_before_cap"]) - F(y["p4p_refund"]) - F(y["cap_repayment"])
                assert abs(F(y["net_spend"]) - net) < F(1, 10**20)
                assert abs(F(y["saving"]) - (F(y["list_spend"]) - F(y["net_spend"]))) < F(1, 10**20)
