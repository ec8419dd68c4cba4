"""Reading an untrusted workbook in a child process with hard limits.

The parent starts one child per import: a fresh interpreter (``sys.executable -c …``;
in the frozen app ``mandaat`` itself with :data:`CHILD_FLAG`, which ``ui/main.py``
hands to :func:`child_entry` before anything else) that inherits no memory, no open
file of the parent and no ``MANDAAT_*`` variable (passphrases). It gets the workbook's
path, its password and the :class:`~mandaat.importing.safety.Limits` on its stdin,
caps its own address space (``RLIMIT_AS``), CPU time (``RLIMIT_CPU``) and core dumps,
then opens, decrypts, checks and parses the workbook with
:func:`~mandaat.importing.reader.read_workbook` and writes plain data as JSON to its
stdout (no pickle: a child that was made to misbehave must not be able to run code in
the parent). The parent bounds the answer's size and the wall time, and kills the
child on cancel or timeout. The vault is never in the child's reach: the CLI opens it
after the child has answered, the window keeps it in its own process.

Whatever happens in the child (an allocation failure, an abort, a segfault, an endless
loop) the parent raises one :class:`~mandaat.importing.errors.WorkbookError`:
``memory_limit``, ``time_limit`` or ``reader_failed``.

Test hook: ``MANDAAT_TEST_CHILD_ABORT`` (``abort``, ``segfault``, ``hang``, ``spin``,
``memory``, ``exit``) is passed to the child only and makes it misbehave before it reads.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import operator
import os
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Final

from mandaat.importing.errors import ImportCancelledError, WorkbookError
from mandaat.importing.safety import DEFAULT_LIMITS, Limits

TEST_HOOK: Final = "MANDAAT_TEST_CHILD_ABORT"
_NONES: Final = itertools.repeat(None)
_PLAIN_TYPES: Final = frozenset({str, int, bool, type(None)})
#: the argument that makes the frozen app (``ui/main.py``) run :func:`child_entry`
CHILD_FLAG: Final = "--mandaat-import-reader"
#: how often the parent looks at the cancel check while the child works
_POLL_SECONDS: Final = 0.05
#: the last bytes of the child's stderr kept to tell an allocation failure from a crash
_STDERR_TAIL: Final = 4096
#: what an allocator says when it cannot get memory (Rust's std, CPython, glibc, C++)
_MEMORY_WORDS: Final = (
    b"memory allocation of",
    b"MemoryError",
    b"out of memory",
    b"Cannot allocate memory",
    b"std::bad_alloc",
)


def _command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [
        sys.executable,
        "-c",
        "from mandaat.importing.isolation import child_entry; child_entry()",
    ]


def child_environment() -> dict[str, str]:
    """The parent's environment without ``MANDAAT_*`` (passphrases, recovery keys)
    except the test hook; the folder holding the ``mandaat`` package first on the path."""
    env = {k: val for k, val in os.environ.items() if not k.startswith("MANDAAT_")}
    if TEST_HOOK in os.environ:
        env[TEST_HOOK] = os.environ[TEST_HOOK]
    if not getattr(sys, "frozen", False):
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return env


class _Collector(threading.Thread):
    """Reads one pipe of the child to its end: at most ``limit`` bytes kept (``keep``
    "head": the first ones, an answer longer than that is refused; "tail": the last)."""

    def __init__(self, stream: IO[bytes], limit: int, keep: str) -> None:
        super().__init__(name="mandaat-import-pipe", daemon=True)
        self.stream = stream
        self.limit = limit
        self.keep = keep
        self.data = bytearray()
        self.overflow = False

    def run(self) -> None:
        try:
            while chunk := self.stream.read1(65536):  # type: ignore[attr-defined]
                self.data += chunk
                if len(self.data) > self.limit:
                    if self.keep == "head":
                        self.overflow = True
                        return
                    del self.data[: -self.limit]
        except (OSError, ValueError):
            pass


def read_isolated(
    path: str | os.PathLike[str],
    password: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    cancel: Callable[[], bool] | None = None,
) -> Any:
    """:func:`~mandaat.importing.reader.read_workbook` in a child process.

    Returns a :class:`~mandaat.importing.reader.WorkbookData`; raises
    :class:`WorkbookError` (the reader's codes, or ``memory_limit`` / ``time_limit`` /
    ``reader_failed``) or :class:`ImportCancelledError` when ``cancel()`` turns True
    (the child is killed).
    """
    request = json.dumps(
        {"path": os.fspath(path), "password": password, "limits": dataclasses.asdict(limits)}
    ).encode()
    try:
        child = subprocess.Popen(
            _command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_environment(),
            close_fds=True,
        )
    except OSError as exc:
        raise WorkbookError("reader_failed") from exc
    assert child.stdin is not None and child.stdout is not None and child.stderr is not None
    answer = _Collector(child.stdout, limits.max_result_bytes, "head")
    stderr = _Collector(child.stderr, _STDERR_TAIL, "tail")
    try:
        answer.start()
        stderr.start()
        try:
            child.stdin.write(request)
            child.stdin.close()
        except OSError:
            pass  # the child ended early: its exit says why
        deadline = time.monotonic() + limits.max_seconds
        while child.poll() is None or answer.is_alive():
            if cancel is not None and cancel():
                raise ImportCancelledError
            if time.monotonic() > deadline:
                raise WorkbookError("time_limit", seconds=limits.max_seconds)
            if answer.overflow:
                raise WorkbookError("reader_failed")
            answer.join(_POLL_SECONDS)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        answer.join()
        stderr.join()
        child.stdout.close()
        child.stderr.close()
    if child.returncode != 0 or answer.overflow:
        raise _failure(child.returncode, bytes(stderr.data))
    return _decode_result(bytes(answer.data))


def _failure(exitcode: int | None, stderr: bytes) -> WorkbookError:
    """Why the child ended without an answer: out of memory (its allocator said so),
    out of CPU time (``RLIMIT_CPU`` sends SIGXCPU), or anything else."""
    if any(word in stderr for word in _MEMORY_WORDS):
        return WorkbookError("memory_limit")
    cpu_signal = getattr(signal, "SIGXCPU", None)  # not on Windows
    if cpu_signal is not None and exitcode == -cpu_signal:
        return WorkbookError("time_limit")
    return WorkbookError("reader_failed")


# --------------------------------------------------------------------------- child


def _set_limits(limits: Limits) -> None:
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows: no rlimits (a job object would do)
        return
    memory = limits.max_memory_bytes
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    cpu = max(1, int(limits.max_cpu_seconds))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a crash leaves no core file


def _misbehave(how: str, limits: Limits) -> None:
    """The test hook: make the child fail the way a hostile workbook might."""
    if how == "abort":
        os.abort()
    elif how == "segfault":
        import ctypes

        ctypes.string_at(0)
    elif how == "hang":
        time.sleep(10**6)
    elif how == "spin":
        while True:
            pass
    elif how == "memory":
        hog = bytearray(limits.max_memory_bytes)
        del hog
    elif how == "exit":
        os._exit(3)


def child_entry() -> None:  # pragma: no cover - runs in the child process
    """The child: read the request, set the limits, read the workbook, write the
    answer (JSON, or a refusal) to stdout and end."""
    request = json.loads(sys.stdin.buffer.read())
    limits = Limits(**request["limits"])
    _set_limits(limits)
    hook = os.environ.pop(TEST_HOOK, "")
    if hook:
        _misbehave(hook, limits)
    try:
        from mandaat.importing.reader import read_workbook

        data = read_workbook(request["path"], request["password"], limits)
        del request
        payload = encode_result(data)
        del data
    except WorkbookError as err:
        if err.__cause__ is not None:  # to the parent's pipe, for diagnosis; never shown
            traceback.print_exception(err.__cause__)
        payload = _encode_error(err.code, err.params)
    except MemoryError:
        payload = _encode_error("memory_limit", {})
    except RecursionError:
        payload = _encode_error("reader_failed", {})
    except Exception as exc:  # noqa: BLE001 - every failure becomes a refusal
        traceback.print_exc()  # to the parent's pipe (kept for its diagnosis, never shown)
        payload = _encode_error("corrupt", {"reason": type(exc).__name__})
    sys.stdout.buffer.write(payload)
    sys.stdout.buffer.flush()


# --------------------------------------------------------------------------- wire format
#
# {"error": code, "params": {...}}  or
# {"sheets": {...}, "columns": {...}, "problems": [[...], ...], "blocks": [...]}
# A value is JSON (None, bool, int, str) or tagged: {"d": "1.5"} a Decimal,
# {"t": "2026-01-31"} a date, {"l": [...]} a tuple. A column of a block is
# ["j", [values]] (plain JSON), ["d", [str | None]] (Decimals), ["t", [str | None]]
# (dates) or ["x", [tagged values]].


def _encode_value(value: object) -> object:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return {"d": str(value)}
    if isinstance(value, dt.datetime):
        raise TypeError("datetime")
    if isinstance(value, dt.date):
        return {"t": value.isoformat()}
    if isinstance(value, tuple | list):
        return {"l": [_encode_value(x) for x in value]}
    if isinstance(value, float):
        return {"d": repr(value)}
    raise TypeError(type(value).__name__)


def _decode_value(value: object) -> object:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, dict) and len(value) == 1:
        ((tag, body),) = value.items()
        if tag == "d" and isinstance(body, str):
            return Decimal(body)
        if tag == "t" and isinstance(body, str):
            return dt.date.fromisoformat(body)
        if tag == "l" and isinstance(body, list):
            return tuple(_decode_value(x) for x in body)
    raise ValueError("bad value")


def _encode_column(column: list[object]) -> list[object]:
    types = set(map(type, column))
    types.discard(type(None))
    if types <= {str, int, bool}:
        return ["j", column]
    if types == {Decimal}:
        return ["d", [None if x is None else str(x) for x in column]]
    if types == {dt.date}:
        return ["t", [None if x is None else x.isoformat() for x in column]]  # type: ignore[attr-defined]
    return ["x", [_encode_value(x) for x in column]]


def _decode_column(encoded: object) -> list[object]:
    if not isinstance(encoded, list) or len(encoded) != 2 or not isinstance(encoded[1], list):
        raise ValueError("bad column")
    tag, values = encoded
    if tag == "j":
        if not set(map(type, values)) <= _PLAIN_TYPES:
            raise ValueError("bad column")
        return list(values)
    if tag in ("d", "t"):  # each distinct text decoded once (columns repeat values)
        make: Callable[[str], object] = Decimal if tag == "d" else dt.date.fromisoformat
        decoded = {x: make(_str(x)) for x in set(values) if x is not None}
        return list(map(decoded.get, values))
    if tag == "x":
        return [_decode_value(x) for x in values]
    raise ValueError("bad column")


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("not a string")
    return value


def _encode_params(params: Mapping[str, object]) -> dict[str, object]:
    return {str(k): _encode_value(val) for k, val in params.items()}


def _decode_params(params: object) -> dict[str, object]:
    if not isinstance(params, dict):
        raise ValueError("bad params")
    return {_str(k): _decode_value(val) for k, val in params.items()}


def _encode_error(code: str, params: Mapping[str, object]) -> bytes:
    try:
        encoded = _encode_params(params)
    except TypeError:
        encoded = {}
    return json.dumps({"error": code, "params": encoded}).encode()


def encode_result(data: Any) -> bytes:
    """A :class:`~mandaat.importing.reader.WorkbookData` as JSON bytes; the rows of each
    sheet column by column (compact, and each column has one type)."""
    sheets: dict[str, list[Any]] = {}
    for row in data.rows:
        sheets.setdefault(row.sheet, []).append(row)
    rows = []
    for title, sheet_rows in sheets.items():
        fields = sorted({name for row in sheet_rows for name in row.values})
        columns = {f: _encode_column([row.values.get(f) for row in sheet_rows]) for f in fields}
        troubled = [row.row for row in sheet_rows if row.troubled]
        rows.append([title, [row.row for row in sheet_rows], columns, troubled])
    problems = [
        [p.file, p.sheet, p.row, p.column, p.header, p.value, p.code, _encode_params(p.params)]
        for p in data.problems
    ]
    payload = {
        "sheets": data.sheets,
        "columns": {t: {f: list(c) for f, c in cols.items()} for t, cols in data.columns.items()},
        "problems": problems,
        "more_problems": data.more_problems,
        "rows": rows,
    }
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def _decode_result(raw: bytes) -> Any:
    """The child's answer: a WorkbookData, or the WorkbookError it reported. Anything
    that is not exactly what an honest child sends is ``reader_failed``."""
    try:
        payload = json.loads(raw)
        if not isinstance(payload, dict):
            raise ValueError("bad payload")
        if "error" in payload:
            code = _str(payload["error"])
            raise WorkbookError(code, **_decode_params(payload.get("params", {})))
        return _decode_data(payload)
    except WorkbookError:
        raise
    except (ValueError, TypeError, KeyError, ArithmeticError, RecursionError) as exc:
        raise WorkbookError("reader_failed") from exc


def _decode_data(payload: dict[str, Any]) -> Any:
    from mandaat.importing.reader import Problem, Row, WorkbookData

    data = WorkbookData()
    for title, kind in payload["sheets"].items():
        if kind not in ("bids", "dossiers"):
            raise ValueError("bad kind")
        data.sheets[_str(title)] = kind
    for title, cols in payload["columns"].items():
        data.columns[_str(title)] = {_str(f): (_str(c[0]), _str(c[1])) for f, c in cols.items()}
    for p in payload["problems"]:
        file, sheet, row, column, header, value, code, params = p
        if not isinstance(row, int):
            raise ValueError("bad row")
        data.problems.append(
            Problem(
                _str(file),
                _str(sheet),
                row,
                _str(column),
                _str(header),
                _str(value),
                _str(code),
                _decode_params(params),
            )
        )
    more = payload["more_problems"]
    if not isinstance(more, int):
        raise ValueError("bad count")
    data.more_problems = more
    for title, numbers, columns, troubled_rows in payload["rows"]:
        sheet = _str(title)
        if not all(isinstance(n, int) for n in [*numbers, *troubled_rows]):
            raise ValueError("bad rows")
        troubled = set(troubled_rows)
        decoded = {_str(name): _decode_column(col) for name, col in columns.items()}
        if any(len(col) != len(numbers) for col in decoded.values()):
            raise ValueError("bad rows")
        names = list(decoded)
        # one dict per row, built at C speed; then the empty cells taken out again
        values = list(
            map(dict, map(zip, itertools.repeat(names), zip(*decoded.values(), strict=True)))
        )
        if not names:
            values = [{} for _ in numbers]
        for name, column in decoded.items():
            for i in itertools.compress(range(len(column)), map(operator.is_, column, _NONES)):
                del values[i][name]
        flags = map(troubled.__contains__, numbers)
        data.rows.extend(
            itertools.starmap(Row, zip(itertools.repeat(sheet), numbers, values, flags))
        )
    return data
