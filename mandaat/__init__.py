"""Mandaat core: vault, model, engine, import and export. Never imports Qt."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version is read from the package metadata only when asked for: importlib.metadata
    # costs ~25 ms, which every start of the window would otherwise pay.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("mandaat")
        except PackageNotFoundError:  # pragma: no cover - running from an unpacked tree
            return "0.0.0"
    raise AttributeError(name)
