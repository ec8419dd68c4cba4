"""Mandaat core: vault, model, engine, import and export. Never imports Qt."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("mandaat")
except PackageNotFoundError:  # pragma: no cover - running from an unpacked tree
    __version__ = "0.0.0"
