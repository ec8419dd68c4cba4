"""The import, export and vault steps of ``mandaat --self-test``.

They drive the real dialogs on the self-test's demo vault, with their work on a worker
thread, as a user would, so that CI's run of the frozen app proves every part a user
installs (libraries whose data files a freezer can lose, native code, the child process):

- saving: an edit in the window, written by the writer thread (:mod:`ui.saver`), read
  back from the vault's file, then undone;
- import: a small generated workbook (two bids for an existing demo dossier, so the number
  of dossiers stays the same) is previewed and imported; then the same as a
  password-protected workbook (msoffcrypto), with the password given when the wizard asks;
- nota: the nota of one dossier as DOCX and as PDF for each audience (nota, woo, intern),
  each leak-checked by the export and parsed back (python-docx, pypdf);
- Woo package: written into the scratch folder, leak-checked once more on its own
  (:func:`mandaat.export.publish.standalone_check`), its inventory read back (openpyxl);
- Excel: the bids tab's "Naar Excel" for a demo dossier's first bid (bid overview, per-year
  money, sensitivity), read back with openpyxl: numbers as numbers;
- vault: a new vault made with the create dialog, locked, unlocked on the unlock screen,
  its passphrase changed; then the old passphrase is refused and the new one opens it.

:func:`register` adds the steps (once) with :func:`ui.app.add_self_test_step` and puts
them before steps added by others, so such a step sees the window after them.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ui import app

SAVE_STEP = "opslaan"
IMPORT_STEP = "import"
IMPORT_ENCRYPTED_STEP = "import-versleuteld"
NOTA_STEP = "nota"
EXPORT_STEP = "woo-export"
VAULT_STEP = "kluis"
EXCEL_STEP = "excel"
#: the demo dossier whose tables go to Excel
EXCEL_DRUG = "Carvykti"
LOCALE_STEP = "taal"
HELP_STEP = "handleiding"
#: the demo dossier the generated workbooks add bids to, and whose nota is exported
IMPORT_DRUG = "Pluvicto"
#: the audiences and formats of the nota, each exported once
AUDIENCES = ("nota", "woo", "intern")
FORMATS = (".docx", ".pdf")
#: a password for the generated protected workbook and passphrases for the scratch vault
#: (fictitious, of the self-test only)
WORKBOOK_PASSWORD = "Zelftest!2026"  # noqa: S105 - fictitious, of the self-test only
PASSPHRASES = ("paars olifant fietst zelftest", "groen nijlpaard zwemt zelftest")


class _Fixed:
    """Answers the dialogs' file questions with one prepared path."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def open_path(self, parent: object, title: str) -> str | None:
        return str(self.path)

    def save_path(self, parent: object, title: str, suggested: str) -> str | None:
        return str(self.path)


def _wait(ctx: app.SelfTestContext, done: Callable[[], bool], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError(f"na {seconds:.0f} s nog bezig")
        ctx.app.processEvents()
        time.sleep(0.005)


def step_save(ctx: app.SelfTestContext) -> str:
    from dataclasses import replace

    window: Any = ctx.window
    session = ctx.session
    vault = session.vault
    d = session.dossiers()[0]
    marked = f"{d.supplier} (zelftest)"
    window.push_edit(d, replace(d, supplier=marked), "supplier")
    if not vault.saving:
        raise RuntimeError("de wijziging werd niet op de achtergrond opgeslagen")
    _wait(ctx, lambda: not vault.saving and not vault.dirty, 60)
    seen = window.demo.read_only()
    try:
        row = seen.db.execute("SELECT supplier FROM dossiers WHERE id = ?", (d.id,)).fetchone()
    finally:
        seen.close()
    if row is None or row[0] != marked:
        raise RuntimeError("de wijziging staat niet in het kluisbestand")
    window.undo_stack.undo()
    _wait(ctx, lambda: not vault.saving and not vault.dirty, 60)
    return "wijziging op de achtergrond opgeslagen, uit het bestand teruggelezen, ongedaan gemaakt"


def _workbook(path: Path, rounds: tuple[int, int] = (91, 92)) -> Path:
    from openpyxl import Workbook

    from mandaat.importing import BID_HEADERS, BIDS_SHEET

    day = dt.date.today() - dt.timedelta(days=7)
    wb = Workbook()
    ws = wb.active
    ws.title = BIDS_SHEET
    ws.append(list(BID_HEADERS))
    for n, discount in zip(rounds, (21, 27), strict=True):
        row: list[Any] = [None] * len(BID_HEADERS)
        row[BID_HEADERS.index("Geneesmiddel")] = IMPORT_DRUG
        row[BID_HEADERS.index("Datum")] = day
        row[BID_HEADERS.index("Ronde")] = n
        row[BID_HEADERS.index("Korting (%)")] = f"{discount}%"
        row[BID_HEADERS.index("Opmerking")] = "self-test (FICTIEF)"
        ws.append(row)
    wb.save(path)
    return path


def _encrypted_workbook(path: Path) -> Path:
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = _workbook(path.with_name(path.stem + "-open.xlsx"), rounds=(93, 94))
    with plain.open("rb") as fh, path.open("wb") as out:
        OOXMLFile(fh).encrypt(WORKBOOK_PASSWORD, out)
    plain.unlink()
    return path


def _import(ctx: app.SelfTestContext, path: Path, password: str | None = None) -> int:
    """Preview and import ``path`` with the wizard; returns how many bids it added."""
    from ui.import_wizard import ImportWizard

    session = ctx.session
    before = len(session.bids())
    asked: list[bool] = []

    def ask(parent: object, name: str, wrong: bool) -> str | None:
        asked.append(wrong)
        return password if not wrong else None

    wizard = ImportWizard(session, paths=_Fixed(path), ask_password=ask, parent=ctx.window)
    try:
        wizard.choose_file()
        _wait(ctx, lambda: not wizard.busy)
        plan = wizard.plan
        if plan is None or not plan.ok:
            raise RuntimeError(f"voorbeeld: {wizard.summary.text()}")
        wizard.start_import()
        _wait(ctx, lambda: not wizard.busy)
        result = wizard.import_result
        if result is None or not result.committed:
            raise RuntimeError(f"import: {wizard.summary.text()}")
    finally:
        wizard.close()
        wizard.deleteLater()
    if password is not None and asked != [False]:
        raise RuntimeError(f"om het wachtwoord gevraagd: {len(asked)} keer, verwacht 1")
    if password is None and asked:
        raise RuntimeError("om een wachtwoord gevraagd bij een open werkmap")
    refresh = getattr(ctx.window, "refresh_after_import", None)
    if refresh is not None:
        refresh()
    return len(session.bids()) - before


def step_import(ctx: app.SelfTestContext) -> str:
    path = _workbook(ctx.scratch / "self-test-import.xlsx")
    added = _import(ctx, path)
    if added != 2:
        raise RuntimeError(f"{added} biedingen in de kluis bijgekomen, verwacht 2")
    return f"{path.name}: {added} biedingen geïmporteerd en opgeslagen"


def step_import_encrypted(ctx: app.SelfTestContext) -> str:
    path = _encrypted_workbook(ctx.scratch / "self-test-beveiligd.xlsx")
    added = _import(ctx, path, WORKBOOK_PASSWORD)
    if added != 2:
        raise RuntimeError(f"{added} biedingen in de kluis bijgekomen, verwacht 2")
    return f"{path.name} (met wachtwoord): {added} biedingen geïmporteerd en opgeslagen"


def _document_text(path: Path) -> str:
    """The text of an exported DOCX or PDF, read back with python-docx / pypdf."""
    if path.suffix == ".docx":
        from docx import Document

        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            parts += [cell.text for row in table.rows for cell in row.cells]
        return "\n".join(parts)
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def step_nota(ctx: app.SelfTestContext) -> str:
    from ui.export_dialog import ExportDialog

    session = ctx.session
    dossier = next((d for d in session.dossiers() if d.brand == IMPORT_DRUG), None)
    if dossier is None or dossier.id is None:
        raise RuntimeError(f"demo-dossier {IMPORT_DRUG} ontbreekt")
    written: list[str] = []
    for audience in AUDIENCES:
        for suffix in FORMATS:
            target = ctx.scratch / f"nota-{audience}{suffix}"
            dialog = ExportDialog(session, dossier.id, paths=_Fixed(target), parent=ctx.window)
            try:
                dialog.set_kind("nota")
                dialog.set_audience(audience)  # type: ignore[arg-type]
                dialog.set_format(suffix)
                _wait(ctx, lambda d=dialog: d.ready)  # type: ignore[misc]
                dialog.export_to(target)
                _wait(ctx, lambda d=dialog: not d.busy)  # type: ignore[misc]
                if dialog.leak_passed is not True:
                    raise RuntimeError(f"{target.name}: {dialog.result_label.text()}")
            finally:
                dialog.close()
                dialog.deleteLater()
            text = _document_text(target)
            if IMPORT_DRUG not in text:
                raise RuntimeError(f"{target.name}: de naam van het dossier staat er niet in")
            written.append(f"{audience}{suffix}")
    return f"nota van {IMPORT_DRUG} geschreven, gecontroleerd en teruggelezen: " + ", ".join(
        written
    )


def step_woo_export(ctx: app.SelfTestContext) -> str:
    from openpyxl import load_workbook

    from mandaat.export import publish, woo
    from ui.export_dialog import ExportDialog

    session = ctx.session
    target = ctx.scratch / "woo-pakket"
    dialog = ExportDialog(session, None, paths=_Fixed(target), parent=ctx.window)
    try:
        _wait(ctx, lambda: dialog.ready)
        dialog.set_kind("woo")
        _wait(ctx, lambda: dialog.ready)
        withheld = dialog.withheld_model.rowCount()
        if withheld == 0:
            raise RuntimeError("het voorbeeld toont niets dat gelakt wordt")
        dialog.choose_and_export()
        _wait(ctx, lambda: not dialog.busy)
        if dialog.leak_passed is not True:
            raise RuntimeError(dialog.result_label.text())
        files = list(dialog.files)
    finally:
        dialog.close()
        dialog.deleteLater()
    hits = publish.standalone_check(publish.load(session.db), target)
    if hits:
        raise RuntimeError(f"lekcontrole achteraf: {len(hits)} treffer(s)")
    pdfs = sorted(p.name for p in target.glob("*.pdf"))
    wb = load_workbook(target / woo.INVENTORY, read_only=True)
    try:
        rows = list(wb.worksheets[0].iter_rows(values_only=True))
    finally:
        wb.close()
    if not rows or tuple(rows[0]) != tuple(woo.COLUMNS):
        raise RuntimeError(f"{woo.INVENTORY}: de kolommen kloppen niet")
    listed = sorted(f"{row[0]}.pdf" for row in rows[1:])
    if listed != pdfs or not pdfs:
        raise RuntimeError(
            f"{woo.INVENTORY} noemt {len(listed)} stukken, er zijn {len(pdfs)} PDF's"
        )
    return (
        f"Woo-pakket met {len(files)} bestanden ({len(pdfs)} PDF's, inventaris met "
        f"{len(listed)} regels), {withheld} soorten gegevens gelakt, "
        "lekcontrole geslaagd (ook los herhaald)"
    )


def _unlock(ctx: app.SelfTestContext, path: Path, passphrase: str) -> Any:
    """Unlock ``path`` on the unlock screen; returns the vault, or the error shown."""
    from mandaat.vault.keystore import KeyStore
    from ui.unlock import UnlockScreen

    opened: list[object] = []
    screen = UnlockScreen(str(path), keystore=KeyStore())
    screen.unlocked.connect(opened.append)
    try:
        screen.secret.setText(passphrase)
        screen.unlock()
        _wait(ctx, lambda: bool(opened) or not screen.busy_now)
        return opened[0] if opened else screen.error.text()
    finally:
        screen.deleteLater()


def step_vault(ctx: app.SelfTestContext) -> str:
    from mandaat.errors import VaultError
    from mandaat.model import Dossier
    from mandaat.vault.file import Vault
    from mandaat.vault.keystore import KeyStore
    from mandaat.vault.session import Session
    from ui.unlock import CreateVaultDialog

    first, second = PASSPHRASES
    path = ctx.scratch / "zelftest-kluis.mandaat"
    created: list[tuple[Vault, str]] = []
    dialog = CreateVaultDialog(keystore=KeyStore(), paths=_Fixed(path), parent=ctx.window)
    dialog.created.connect(lambda vault, key: created.append((vault, key)))
    try:
        dialog.path_edit.setText(str(path))
        dialog.remember.setChecked(False)
        dialog.pass1.setText(first)
        dialog.pass2.setText(first)
        if not dialog.ok_button.isEnabled():
            raise RuntimeError(f"aanmaken niet mogelijk: {dialog.error.text()}")
        dialog.create()
        _wait(ctx, lambda: bool(created) or dialog.error.isVisible())
        if not created:
            raise RuntimeError(f"aanmaken: {dialog.error.text()}")
    finally:
        dialog.deleteLater()
    vault, recovery = created[0]
    if len(recovery) < 20:
        raise RuntimeError("geen herstelsleutel getoond")
    Session(vault).save_dossier(Dossier(brand="Zelftestmab"))
    vault.close()  # lock

    vault = _unlock(ctx, path, first)
    if not isinstance(vault, Vault):
        raise RuntimeError(f"ontgrendelen: {vault}")
    try:
        if [d.brand for d in Session(vault).dossiers()] != ["Zelftestmab"]:
            raise RuntimeError("het dossier is na ontgrendelen niet terug")
        vault.change_passphrase(second)
    finally:
        vault.close()

    refused = _unlock(ctx, path, first)
    if isinstance(refused, Vault):
        refused.close()
        raise RuntimeError("het oude wachtwoord opent de kluis nog")
    try:  # refused for the right reason: the key, not a lock or a damaged file
        Vault.open(path, passphrase=first).close()
    except VaultError as exc:
        if exc.code != "wrong_key":
            raise
    else:
        raise RuntimeError("het oude wachtwoord opent de kluis nog (kern)")
    with Vault.open(path, recovery_key=recovery):
        pass  # the recovery key stays valid across a passphrase change
    vault = _unlock(ctx, path, second)
    if not isinstance(vault, Vault):
        raise RuntimeError(f"ontgrendelen met het nieuwe wachtwoord: {vault}")
    try:
        brands = [d.brand for d in Session(vault).dossiers()]
    finally:
        vault.close()
    if brands != ["Zelftestmab"]:
        raise RuntimeError("het dossier is na de wachtwoordwijziging niet terug")
    return (
        "kluis aangemaakt, vergrendeld, ontgrendeld, wachtwoord gewijzigd; oud wachtwoord "
        "geweigerd, nieuw wachtwoord en herstelsleutel openen de kluis met haar dossier"
    )


def step_excel(ctx: app.SelfTestContext) -> str:
    import openpyxl

    ws = ctx.window.workspace  # type: ignore[attr-defined]
    dossier = next((d for d in ctx.session.dossiers() if d.brand == EXCEL_DRUG), None)
    if ws is None or dossier is None or dossier.id is None:
        raise RuntimeError(f"demo-dossier {EXCEL_DRUG} ontbreekt")
    ws.select(dossier.id)
    tab = ws.bids_tab
    tab.select_row(0)
    target = ctx.scratch / "tabellen.xlsx"
    tab.analyses.ask_path = lambda _parent, _suggested: str(target)
    tab.analyses.to_excel()
    _wait(ctx, lambda: not tab.analyses.saving)
    if not target.is_file():
        raise RuntimeError(f"{target.name}: {tab.analyses.years_note.text()}")
    wb = openpyxl.load_workbook(target, read_only=True)
    try:
        sheets = {
            name: list(wb[name].iter_rows(min_row=2, values_only=True)) for name in wb.sheetnames
        }
    finally:
        wb.close()
    overview, years, sens = (sheets.get(n, []) for n in ("Biedingen", "Per jaar", "Gevoeligheid"))
    if len(overview) != len(ctx.session.bids(dossier.id)) or not years or not sens:
        raise RuntimeError(f"{target.name}: onvolledig ({', '.join(sheets)})")
    if not all(isinstance(row[6], int | float) for row in years):
        raise RuntimeError(f"{target.name}: bedragen zijn geen getallen")
    return (
        f"Excel-tabellen van {EXCEL_DRUG} geschreven en teruggelezen: {len(overview)} "
        f"biedingen, {len(years)} regels per jaar, {len(sens)} punten gevoeligheid"
    )


def step_help(ctx: app.SelfTestContext) -> str:
    """F1 in the frozen app: the guide is there and renders (with its screenshots)."""
    from ui.help import HelpDialog

    dialog = HelpDialog(ctx.window)
    try:
        if not dialog.loaded:
            raise RuntimeError("de handleiding ontbreekt (docs/user-guide.md)")
        text = dialog.browser.toPlainText()
        if "#" in text.splitlines()[0] or len(text) < 1000:
            raise RuntimeError("de handleiding wordt niet als opgemaakte tekst getoond")
        return f"handleiding met {dialog.images} afbeeldingen ({len(text)} tekens)"
    finally:
        dialog.deleteLater()


#: Words as ICU's full data sorts them for nl_NL and en_GB (accents after the plain
#: letter, "IJ" as I + J), to check the cut data in the bundle against.
LOCALE_WORDS = ("zebra", "Éclair", "appel", "eclair", "IJsselmeer", "Ijzer", "één", "Eén")
LOCALE_SORTED = ["appel", "eclair", "Éclair", "Eén", "één", "IJsselmeer", "Ijzer", "zebra"]


def step_locale(ctx: app.SelfTestContext) -> str:
    """Qt's ICU data in the bundle is cut to root, en and nl (build.spec): Dutch and
    English sorting, upper case and time-zone names still come from it."""
    from PySide6.QtCore import QCollator, QLocale, QTimeZone

    for name in ("nl_NL", "en_GB"):
        collator = QCollator(QLocale(name))
        got = sorted(LOCALE_WORDS, key=collator.sortKey)
        if got != LOCALE_SORTED:
            raise RuntimeError(f"{name} sorteert {got}")
    upper = QLocale("nl_NL").toUpper("straße ĳs")
    if upper != "STRASSE ĲS":
        raise RuntimeError(f"hoofdletters: {upper}")
    zone = QTimeZone(b"Europe/Amsterdam").displayName(
        QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("nl_NL")
    )
    if zone != "Midden-Europese standaardtijd":
        raise RuntimeError(f"tijdzone: {zone}")
    return "Nederlands en Engels sorteren, hoofdletters en tijdzone uit ICU"


STEPS: tuple[tuple[str, app.SelfTestStep], ...] = (
    (SAVE_STEP, step_save),
    (IMPORT_STEP, step_import),
    (IMPORT_ENCRYPTED_STEP, step_import_encrypted),
    (NOTA_STEP, step_nota),
    (EXPORT_STEP, step_woo_export),
    (VAULT_STEP, step_vault),
    (EXCEL_STEP, step_excel),
    (HELP_STEP, step_help),
    (LOCALE_STEP, step_locale),
)


def register() -> None:
    """Add the steps once, ahead of any step added by others."""
    names = {name for name, _ in app.SELF_TEST_STEPS}
    for name, step in STEPS:
        if name not in names:
            app.add_self_test_step(name, step)
    ours = [entry for entry in app.SELF_TEST_STEPS if entry in STEPS]
    others = [entry for entry in app.SELF_TEST_STEPS if entry not in STEPS]
    app.SELF_TEST_STEPS[:] = ours + others
