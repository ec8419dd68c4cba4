"""Redacted exports: the nota to the minister and the Woo package, with a leak check.

The pipeline (see ``docs/export.md``):

1. :mod:`~mandaat.export.classify` decides, per audience, which field is withheld and
   on which Woo ground (a code such as ``5.1.2e``), and which values must never appear
   in the output (the *secrets*, with their field names);
2. :mod:`~mandaat.export.build` turns the data into a redacted document model
   (:mod:`~mandaat.export.doc`): text, or a :class:`~mandaat.export.doc.Redaction`
   where a value is withheld — the value itself never enters the model;
3. the renderers (:mod:`~mandaat.export.render_pdf`, :mod:`~mandaat.export.render_docx`,
   the inventory in :mod:`~mandaat.export.woo`) render only that model;
4. :mod:`~mandaat.export.publish` writes to a temp folder, runs
   :mod:`~mandaat.export.leakcheck` over every file and moves the result into place only
   when no withheld value is found in any rendering.

The core returns codes, not prose, except the renderers that produce Dutch documents.
"""
