"""A guard against a reference-count bug of the PySide6 wheels on Python 3.11.

PySide6 6.12's wheels are built for the stable ABI with Python 3.12+ headers, where
``None`` is immortal and returning it needs no new reference. On Python 3.11 every call
of a Qt method that returns nothing (``QLabel.setText``, ``QXYSeries.append`` …) then
takes one reference from ``None`` without giving it back; after some thousands of such
calls (a chart of a few thousand bids, a long session) ``None``'s count reaches zero and
the interpreter aborts with "Fatal Python error: none_dealloc" — on quitting, or anywhere.
``True`` and ``False`` suffer the same: every emit of a signal declared ``Signal(bool)`` in
Python takes one reference from the value sent ("bool_dealloc" after some thousands).

:func:`install` gives ``None``, ``True`` and ``False`` a reference count no session can
use up, as Python 3.12 does by making them immortal. They are static objects that are never
freed, so a large count changes nothing else. On 3.12+ (or another interpreter) it does
nothing.
"""

from __future__ import annotations

import ctypes
import sys

#: References added to None's count: 2**40 void calls before the bug could bite.
BALLAST = 1 << 40


def install() -> bool:
    """Raise the reference counts of None, True and False once (CPython < 3.12 only).
    True when done now."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    done = False
    for singleton in (None, True, False):
        done = _ballast(singleton) or done
    return done


def _ballast(singleton: object) -> bool:
    field = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: the first field
    # Only where the field is what we think it is (not a Py_TRACE_REFS build): it must
    # follow sys.getrefcount, which counts one extra reference of its own.
    if abs(field.value - (sys.getrefcount(singleton) - 1)) > 64:  # pragma: no cover
        return False
    if field.value >= BALLAST:
        return False
    field.value += BALLAST
    return True
