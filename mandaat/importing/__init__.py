"""Excel import: reading bids and dossiers from workbooks, and the import template.

Qt-free and vault-free. :func:`read_workbook` returns typed rows plus problems;
checks that need the vault are the caller's.
"""

from mandaat.importing.errors import WorkbookError
from mandaat.importing.headers import (
    BID_FIELDS,
    BID_HEADERS,
    BIDS_SHEET,
    DOSSIER_FIELDS,
    DOSSIER_HEADERS,
    DOSSIERS_SHEET,
    INSTRUCTIONS_SHEET,
)
from mandaat.importing.messages import format_problem, format_workbook_error, problem_text
from mandaat.importing.reader import Problem, Row, WorkbookData, read_workbook
from mandaat.importing.safety import DEFAULT_LIMITS, Limits
from mandaat.importing.template import write_template

__all__ = [
    "BIDS_SHEET",
    "BID_FIELDS",
    "BID_HEADERS",
    "DEFAULT_LIMITS",
    "DOSSIERS_SHEET",
    "DOSSIER_FIELDS",
    "DOSSIER_HEADERS",
    "INSTRUCTIONS_SHEET",
    "Limits",
    "Problem",
    "Row",
    "WorkbookData",
    "WorkbookError",
    "format_problem",
    "format_workbook_error",
    "problem_text",
    "read_workbook",
    "write_template",
]
