"""The import's and the export's messages on the command line, in Dutch or English.

The Dutch templates stay where they are (:mod:`mandaat.importing.messages`,
:mod:`mandaat.export.messages`) and Dutch output goes through them unchanged. This module
adds the English, keyed by the same codes: the same English as the window's translation
of the same Dutch text (``resources/i18n/mandaat_en.ts``, contexts ``ImportProblems`` and
``ExportErrors``; ``tests/test_cli_words_io.py`` checks the two are equal). The documents'
own Dutch wording (nota, Woo) is not touched.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from mandaat.errors import MandaatError
    from mandaat.importing.errors import WorkbookError
    from mandaat.importing.reader import Problem

#: English for :data:`mandaat.importing.messages.PROBLEM_MESSAGES`, by code.
IMPORT_PROBLEMS_EN: Final[dict[str, str]] = {
    "invalid_number": "not a valid amount or number (for example 104.000,50)",
    "negative_amount": "an amount cannot be negative",
    "number_too_large": "number too large (sixteen digits or more before the decimal point)",
    "invalid_percentage": "not a valid percentage (for example 68,5%)",
    "ambiguous_percentage": "unclear percentage: a number between 0 and 1 can be a fraction or a percentage; write the percentage with a % sign (for example 68,5%)",  # noqa: E501
    "percentage_out_of_range": "a discount must be between 0 and 100%",
    "invalid_whole_number": "not a valid whole number",
    "number_too_small": "the number must be at least {minimum}",
    "invalid_duration": "not a valid duration in years",
    "duration_not_positive": "the duration must be more than 0 years",
    "invalid_date": "not a valid date (write day-month-year, for example 1-4-2026)",
    "impossible_date": "this date does not exist",
    "unknown_party": "the party must be 'leverancier' or 'VWS'",
    "control_character": "the text holds an invisible control character or a character that reverses the writing direction ({char}); remove it",  # noqa: E501
    "formula_without_value": "a formula without a computed value; open the file in Excel, save it and import again",  # noqa: E501
    "error_value": "the cell holds an Excel error value",
    "missing_drug": "the medicine is missing",
    "missing_date": "the date of the bid is missing",
    "no_terms": "bid without terms: fill in discount, net price, spending cap or tiers",
    "unknown_tier_mode": "unknown tier kind: write 'per schijf' (only units above the threshold) or 'alle eenheden'",  # noqa: E501
    "invalid_tiers": "tiers cannot be read: write threshold (patients per year) and discount, for example 100: 40%; 200: 50%",  # noqa: E501
    "duplicate_tier": "tiers: the threshold {threshold} appears twice",
    "missing_column": "column '{header}' is missing; the sheet was skipped",
    "unknown_drug": "unknown medicine: no dossier in the vault or in this file",
    "unknown_indication": "no dossier of {drug} for this indication (known indications: {known})",
    "ambiguous_drug": "{drug} has several dossiers ({known}); fill in the indication as in the dossier",  # noqa: E501
    "dossier_conflict": "the dossier already exists with other details (in the vault: {stored}); an import overwrites nothing — change the dossier in Mandaat",  # noqa: E501
    "dossier_conflict_in_file": "sheet {other_sheet}, row {other_row} gives another value for the same dossier ({stored})",  # noqa: E501
    "unparseable_reduction": "required price reduction not recognised: {reason}",
    "net_price_above_asking": "the net price is above the dossier's asking price (€ {asking})",
    "fractional_duration": "the duration must be a whole number of years (for example 3)",
    "date_far_future": "the date is more than a year in the future (a typo?)",
    "unknown_product_wide": ("product-wide: write 'ja' (yes) or 'nee' (no)"),
    "product_wide_no_product": (
        "a product-wide bid needs a product in the dossier: fill in the Product column on the Dossiers sheet"  # noqa: E501
    ),
    "product_wide_cap": (
        "a product-wide bid with a spending cap is not divided per indication: set the cap per indication"  # noqa: E501
    ),
    "product_wide_net_price": (
        "a product-wide bid with a net price per patient does not fit every indication: give a discount"  # noqa: E501
    ),
}
#: English for :data:`mandaat.importing.messages.ERROR_MESSAGES`, by code.
WORKBOOK_ERRORS_EN: Final[dict[str, str]] = {
    "file_not_found": "the file does not exist",
    "unreadable": "the file cannot be read",
    "too_big": "the file is too big (more than {limit_mb} MB)",
    "not_a_workbook": "this is not an Excel workbook (.xlsx or .xlsm)",
    "truncated": "the file is incomplete or damaged (an interrupted download?)",
    "corrupt": "the file is damaged and cannot be read",
    "unsupported_format": "this file format ({format}) is not supported; save it in Excel as .xlsx",
    "password_required": "the workbook is protected with a password; give the password",
    "wrong_password": "the password is wrong",
    "too_many_entries": "the file holds too many parts ({count}); refused",
    "too_much_data": "the file unpacks to too much data; refused",
    "compression_ratio": "the file is suspiciously highly compressed (a zip bomb?); refused",
    "unsafe_xml": "the file holds unsafe XML (DOCTYPE/entities); refused",
    "too_many_rows": "sheet {sheet} has more than {limit} rows",
    "damaged": "the file is damaged: part {entry} has no valid name; refused",
    "memory_limit": "the workbook was refused: it needs more memory than allowed",
    "time_limit": "the workbook was refused: reading it takes longer than allowed",
    "reader_failed": "the workbook could not be read",
    "no_header": "no sheet with recognisable column headers found (expected the template's headers, for example Geneesmiddel, Datum, Korting (%))",  # noqa: E501
}
#: English for the export's refusals (:mod:`mandaat.export.messages`), by code.
EXPORT_ERRORS_EN: Final[dict[str, str]] = {
    "leak": "Leak check: {file} holds the value of '{field}' ({where}); nothing written",
    "leaks": "Leak check: {count} hit(s) in {outdir}",
    "bad_extension": "{path}: choose a file name ending in .docx or .pdf",
    "outdir_not_empty": "{path}: the folder already exists and is not empty; choose a new folder",
    "ambiguous_dossier": "'{name}' matches more than one dossier (id {ids}); give the dossier id",
    "bad_policy": "Classification: {detail}",
    "no_dossiers": "No dossiers to export",
    "not_a_dir": "{path}: not a folder and not an export file",
    "empty_dir": "{path}: the folder holds no files; there is nothing to check",
    "bad_logo": "Logo: {detail}; nothing written",
}

#: The logo's reasons (:func:`mandaat.export.render_pdf.check_logo`, Dutch after the path),
#: in English; a reason not listed here stays as the core wrote it.
LOGO_DETAILS_EN: Final[dict[str, str]] = {
    "niet te lezen": "cannot be read",
    "geen bestand van hoogstens 5 MB": "not a file of at most 5 MB",
    "geen PNG- of JPEG-afbeelding": "not a PNG or JPEG image",
}


def _english(lang: str | None) -> bool:
    from mandaat.cli.words import language

    return language(lang) == "en"


def problem_line(problem: Problem, *, with_file: bool = False, lang: str | None = None) -> str:
    """One line per import problem, naming file, sheet, row and column (never the cell's
    value): Dutch by :func:`mandaat.importing.messages.format_problem`, or English."""
    from mandaat.importing.messages import format_problem, render

    if not _english(lang):
        return format_problem(problem, with_file)
    template = IMPORT_PROBLEMS_EN.get(problem.code)
    text = render(template, problem.params) if template else f"unknown problem ({problem.code})"
    where = f"{problem.sheet}, row {problem.row}"
    if problem.column:
        where += f", column {problem.column}"
        if problem.header:
            where += f" ({problem.header})"
    if with_file:
        where = f"{PurePath(problem.file).name}: {where}"
    return f"{where}: {text}"


def workbook_error_line(
    error: WorkbookError, file: str | None = None, lang: str | None = None
) -> str:
    """A whole-file failure of the import as one line, naming the file."""
    from mandaat.importing.messages import format_workbook_error, render

    if not _english(lang):
        return format_workbook_error(error, file)
    params = dict(error.params)
    limit = params.get("limit")
    if error.code == "too_big" and isinstance(limit, int):
        params["limit_mb"] = limit // (1024 * 1024)
    template = WORKBOOK_ERRORS_EN.get(error.code)
    text = render(template, params) if template else f"unknown error ({error.code})"
    return f"{PurePath(file).name}: {text}" if file else text


def _logo_detail(detail: str) -> str:
    path, sep, reason = detail.rpartition(": ")
    english = LOGO_DETAILS_EN.get(reason)
    return detail if not sep or english is None else f"{path}: {english}"


def export_error_line(exc: MandaatError, lang: str | None = None) -> str:
    """An export's refusal as one line: Dutch as the export words it, or English."""
    template = EXPORT_ERRORS_EN.get(exc.code)
    if not _english(lang) or template is None:
        return str(exc)
    params: dict[str, Any] = dict(exc.params)
    if exc.code == "bad_logo" and isinstance(params.get("detail"), str):
        params["detail"] = _logo_detail(params["detail"])
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def error_line(exc: MandaatError, lang: str | None = None) -> str:
    """A refusal of the core as one line in the chosen language: the export's refusals
    here, the core's own errors by :meth:`mandaat.cli.words.Words.error`."""
    from mandaat.cli.words import for_language
    from mandaat.export.messages import ExportError

    if isinstance(exc, ExportError):
        return export_error_line(exc, lang)
    return for_language(lang).error(exc)
