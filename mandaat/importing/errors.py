"""The whole-file failure of an import."""

from __future__ import annotations


class WorkbookError(Exception):
    """The file as a whole cannot be imported (the CLI maps this to exit code 2).

    Codes: ``file_not_found``, ``unreadable``, ``too_big``, ``not_a_workbook``,
    ``truncated``, ``corrupt``, ``unsupported_format``, ``password_required``,
    ``wrong_password``, ``too_many_entries``, ``too_much_data``, ``compression_ratio``,
    ``unsafe_xml``, ``too_many_rows``, ``no_header``, ``damaged`` (a package whose part names
    or relationship targets are not canonical); from the isolated reader
    (:mod:`mandaat.importing.isolation`, exit code 1): ``memory_limit``, ``time_limit``,
    ``reader_failed``.
    """

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params: dict[str, object] = params

    def __str__(self) -> str:
        if not self.params:
            return self.code
        details = ", ".join(f"{k}={v!r}" for k, v in sorted(self.params.items()))
        return f"{self.code} ({details})"


class ImportCancelledError(Exception):
    """The cancel check said stop; nothing was stored."""
