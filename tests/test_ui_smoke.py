from __future__ import annotations

from ui.app import make_window


def test_window_opens_offscreen(qtbot) -> None:
    window = make_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Mandaat"
    assert window.isVisible()
