"""The ministry's logo, chosen from the export dialog (issue 15): a real PNG written in
the test lands on page 1 of the nota PDF as an image; the choice is remembered as a
*path* in QSettings (never copied into the vault); a bad file is refused with the core's
reason in the window's language and nothing is written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtWidgets import QApplication
from test_export_pdfa import _png
from ui_helpers import QT_MARKS, FakePaths, no_leaks, settings  # noqa: F401

from mandaat.vault.session import Session
from ui import app as ui_app
from ui.demo import DemoVault
from ui.export_dialog import LOGO_SETTING, ExportDialog

pytestmark = QT_MARKS

TODAY = dt.date(2026, 3, 2)


class LogoPaths(FakePaths):
    def __init__(self, save: Path, logo: Path) -> None:
        super().__init__(save=save)
        self.logo = logo

    def logo_path(self, parent: object, title: str, suggested: str) -> str | None:
        self.asked.append(title)
        return str(self.logo)


@pytest.fixture
def session() -> Iterator[Session]:
    demo = DemoVault()
    vault = demo.open()
    yield Session(vault)
    vault.close()
    demo.cleanup()


@pytest.fixture
def english() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ui_app.install_translations(app, "en")
    yield
    ui_app.remove_translations(app)


def _dialog(qtbot, session: Session, paths: LogoPaths, settings) -> ExportDialog:  # type: ignore[no-untyped-def]  # noqa: F811
    enhertu = next(d.id for d in session.dossiers() if d.brand == "Enhertu")
    dialog = ExportDialog(session, enhertu, paths=paths, today=lambda: TODAY, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ready)
    dialog.set_format(".pdf")
    return dialog


def _images_on(pdf_path: Path) -> list[list[str]]:
    with pikepdf.open(pdf_path) as pdf:
        return [
            [
                str(k)
                for k, v in page.Resources.get("/XObject", {}).items()
                if v.get("/Subtype") == "/Image"
            ]
            for page in pdf.pages
        ]


def test_a_logo_chosen_in_the_dialog_is_on_page_one_and_remembered(
    qtbot,  # type: ignore[no-untyped-def]
    session: Session,
    settings,  # noqa: F811
    tmp_path: Path,
) -> None:
    logo = tmp_path / "logo-vws.png"
    logo.write_bytes(_png(120, 60, False))
    paths = LogoPaths(tmp_path / "nota-enhertu.pdf", logo)
    dialog = _dialog(qtbot, session, paths, settings)
    assert dialog.logo is None and not dialog.logo_clear.isEnabled()

    dialog.logo_button.click()
    assert dialog.logo == logo
    assert dialog.logo_label.text() == "logo-vws.png"  # the file's name, its path as tip
    assert dialog.logo_clear.isEnabled()
    assert settings.value(LOGO_SETTING) == str(logo)  # a path, not the image

    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.choose_and_export()
    out = tmp_path / "nota-enhertu.pdf"
    assert dialog.files == [out]
    images = _images_on(out)
    assert images[0], "no image XObject on page 1"
    assert not any(images[1:])  # the logo is on the first page only

    # a new dialog (the next export) starts with the remembered logo
    again = _dialog(qtbot, session, paths, settings)
    assert again.logo == logo and again.logo_label.text() == "logo-vws.png"

    # and without it once it is cleared
    again.logo_clear.click()
    assert again.logo is None and settings.value(LOGO_SETTING) is None
    paths.save = tmp_path / "zonder-logo.pdf"
    with qtbot.waitSignal(again.exported, timeout=60_000):
        again.choose_and_export()
    assert not any(_images_on(tmp_path / "zonder-logo.pdf"))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_bad_logo_is_refused_with_the_reason_and_nothing_is_written(
    qtbot,  # type: ignore[no-untyped-def]
    request: pytest.FixtureRequest,
    session: Session,
    settings,  # noqa: F811
    tmp_path: Path,
    lang: str,
) -> None:
    if lang == "en":
        request.getfixturevalue("english")
    good = tmp_path / "logo.png"
    good.write_bytes(_png(40, 20, False))
    gif = tmp_path / "logo.gif"
    gif.write_bytes(b"GIF89a" + bytes(40))
    target = tmp_path / "out" / "nota.pdf"
    target.parent.mkdir()
    paths = LogoPaths(target, gif)
    dialog = _dialog(qtbot, session, paths, settings)

    # chosen: refused at once with the core's reason, the earlier choice kept
    assert dialog.set_logo(good)
    dialog.logo_button.click()
    shown = dialog.result_label.text()
    assert dialog.result_label.isVisible() and "\n" not in shown
    assert "logo.gif" in shown and str(tmp_path) not in shown  # the name, not the path
    if lang == "nl":
        assert "geen PNG- of JPEG-afbeelding" in shown and "niets weggeschreven" in shown
    else:
        assert "not a PNG or JPEG image" in shown and "nothing written" in shown
    assert dialog.logo == good and settings.value(LOGO_SETTING) == str(good)

    # a remembered logo that went bad since: the export is refused, nothing written
    good.write_bytes(b"GIF89a" + bytes(40))
    log_before = len(session.vault.audit_log())
    dialog.choose_and_export()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    shown = dialog.result_label.text()
    assert ("geen PNG- of JPEG-afbeelding" if lang == "nl" else "not a PNG or JPEG image") in shown
    assert "logo.png" in shown and dialog.files == []
    assert not list(target.parent.iterdir())
    assert len(session.vault.audit_log()) == log_before

    # too big: over 5 MB (a PNG header is not enough)
    big = tmp_path / "groot.png"
    big.write_bytes(_png(4, 4, False) + bytes(5 * 1024 * 1024))
    paths.logo = big
    dialog.logo_button.click()
    shown = dialog.result_label.text()
    assert ("hoogstens 5 MB" if lang == "nl" else "at most 5 MB") in shown
    assert not list(target.parent.iterdir())
