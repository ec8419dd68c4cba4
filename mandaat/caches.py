"""What the core remembers to avoid computing it twice (``functools.lru_cache``) holds a
vault's figures and names: prices, patient numbers, thresholds, the names and withheld
values an export looks for. :func:`forget` drops all of it; the window calls it when the
vault closes (a lock, quitting), so nothing of a locked vault stays in these caches."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def cached() -> list[Callable[..., Any]]:
    """Every cached function of the core's modules loaded so far (none is imported)."""
    found = []
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "mandaat" or name.startswith("mandaat.")):
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", None) == name:
                found.append(value)
    return found


def forget() -> None:
    """Empty every cache of :func:`cached`."""
    for function in cached():
        function.cache_clear()  # type: ignore[attr-defined]
