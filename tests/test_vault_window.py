"""The window and issue 16: an older vault offered read-only or accepted, a test-profile
vault flagged on every open."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from ui_helpers import QT_MARKS, Answers, no_leaks, settings  # noqa: F401

from mandaat.vault.file import Vault
from ui.main_window import LAST_VAULT, MainWindow

pytestmark = QT_MARKS


def _put(vault: Vault, value: int) -> None:
    vault.db.execute(
        "INSERT INTO counters (name, value) VALUES ('n', ?)"
        " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (value,),
    )
    vault.commit("teller gezet", "n")


@pytest.fixture
def rolled_back(tmp_path: Path) -> Path:
    path = tmp_path / "werk.mandaat"
    vault, _ = Vault.create(path, PASSPHRASE)
    _put(vault, 1)
    old = tmp_path / "oud.mandaat"
    shutil.copyfile(path, old)
    _put(vault, 2)
    vault.close()
    shutil.copyfile(old, path)
    return path


def _window(qtbot, settings, path: Path, answers: Answers) -> MainWindow:  # type: ignore[no-untyped-def]  # noqa: F811
    settings.setValue(LAST_VAULT, str(path))
    window = MainWindow(settings, ask=answers.ask, inform=answers.inform)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _unlock(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    screen = window.unlock_screen
    screen.secret.setText(PASSPHRASE)
    screen.unlock()
    qtbot.waitUntil(lambda: not screen.busy_now, timeout=10_000)


def test_older_vault_opened_read_only(qtbot, settings, rolled_back: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    answers = Answers(choice=0)
    window = _window(qtbot, settings, rolled_back, answers)
    before = rolled_back.read_bytes()
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert len(answers.questions) == 1 and "oudere stand" in answers.questions[0]
    assert window.session.vault.read_only
    assert "ALLEEN LEZEN" in window.notice_label.text()
    assert window.notice_label.isVisible()
    window.lock()
    assert rolled_back.read_bytes() == before  # nothing written
    assert not window.notice_label.isVisible()
    # not accepted: asked again next time
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert len(answers.questions) == 2
    window.lock()


def test_older_vault_accepted(qtbot, settings, rolled_back: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    answers = Answers(choice=1)
    window = _window(qtbot, settings, rolled_back, answers)
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert not window.session.vault.read_only
    window.lock()
    _unlock(qtbot, window)  # accepted: the newest now, no question
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert len(answers.questions) == 1
    window.lock()


def test_older_vault_cancelled(qtbot, settings, rolled_back: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    answers = Answers(choice=2)
    window = _window(qtbot, settings, rolled_back, answers)
    _unlock(qtbot, window)
    assert window.session is None
    error = window.unlock_screen.error
    assert error.isVisible() and "oudere stand" in error.text()
    assert "werk.mandaat" in error.text() and str(rolled_back.parent) not in error.text()


def test_test_profile_vault_is_flagged_in_the_window(qtbot, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    path = tmp_path / "test.mandaat"
    Vault.create(path, PASSPHRASE)[0].close()  # MANDAAT_KDF_PROFILE=test (conftest)
    window = _window(qtbot, settings, path, Answers())
    for _ in range(2):  # on every open
        _unlock(qtbot, window)
        qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
        assert "TESTKLUIS" in window.notice_label.text()
        assert window.notice_label.isVisible()
        window.lock()


def test_unexpected_error_in_the_window_goes_to_the_crash_file(_state_dir: Path) -> None:
    from ui.app import crash_hook

    told: list[str] = []
    hook = crash_hook(lambda parent, title, text: told.append(text))
    try:
        raise KeyError("NETTOPRIJS-1234 " + PASSPHRASE)
    except KeyError as exc:
        hook(KeyError, exc, exc.__traceback__)
    assert len(told) == 1 and "KeyError" in told[0] and "NETTOPRIJS" not in told[0]
    assert "\n" not in told[0]
    entry = (_state_dir / "crash.log").read_text()
    assert "builtins.KeyError" in entry and "window" in entry
    assert "NETTOPRIJS" not in entry and PASSPHRASE not in entry
