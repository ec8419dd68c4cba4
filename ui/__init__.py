"""Mandaat's PySide6 window. Only arranges and shows; every rule lives in ``mandaat``."""

from ui import none_guard

none_guard.install()  # before any Qt call: see ui/none_guard.py
