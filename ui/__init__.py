"""Mandaat's PySide6 window. Only arranges and shows; every rule lives in ``mandaat``."""
