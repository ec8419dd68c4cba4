"""``mandaat --self-test`` proves every output and the vault's life cycle (issue 18): the
steps of :mod:`ui.selftest_steps` run in the self-test, and a step fails when its export
cannot be written (so the frozen run in CI cannot pass on a broken export)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from ui_helpers import QT_MARKS, no_leaks  # noqa: F401

from ui import app, selftest_steps
from ui.demo import DemoVault
from ui.main_window import MainWindow

pytestmark = QT_MARKS


def test_the_self_test_covers_every_format_audience_import_and_the_vault(qtbot) -> None:  # type: ignore[no-untyped-def]
    lines: list[str] = []
    assert app.self_test(out=lines.append) == 0, "\n".join(lines)
    ok = {line.split(":", 1)[0].split()[-1]: line for line in lines if line.startswith("  ok")}
    for name, _step in selftest_steps.STEPS:
        assert name in ok, name
    nota = ok[selftest_steps.NOTA_STEP]
    for audience in selftest_steps.AUDIENCES:
        for suffix in selftest_steps.FORMATS:
            assert f"{audience}{suffix}" in nota
    assert "inventaris met 4 regels" in ok[selftest_steps.EXPORT_STEP]
    assert "met wachtwoord" in ok[selftest_steps.IMPORT_ENCRYPTED_STEP]
    assert "oud wachtwoord geweigerd" in ok[selftest_steps.VAULT_STEP]
    assert "3 biedingen" in ok[selftest_steps.EXCEL_STEP]
    assert "uit het bestand teruggelezen" in ok[selftest_steps.SAVE_STEP]


def test_the_nota_step_fails_when_the_nota_cannot_be_written(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    demo = DemoVault()
    window = MainWindow(settings, demo=demo, ask=lambda *a: 2, inform=lambda *a: None)
    qtbot.addWidget(window)
    scratch = tmp_path / "scratch"
    (scratch / "nota-nota.docx").mkdir(parents=True)  # a folder where the file must go
    try:
        ctx = app.SelfTestContext(app.make_app(), window, scratch)
        with pytest.raises(RuntimeError, match="nota-nota.docx"):
            selftest_steps.step_nota(ctx)
    finally:
        window.shutdown()
        demo.cleanup()
