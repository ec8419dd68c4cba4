"""Screenshots of issue 17's per-indication page and horizon control under a product-wide
bid, on a 1366x768 screen (a throw-away vault in a temporary folder).

    xvfb-run -a -s "-screen 0 1366x768x24" uv run python \
        docs/screenshots/bid_analyses_written.py docs/screenshots/bid-indications-nl.png \
        docs/screenshots/bid-horizon-nl.png
"""

import datetime as dt
import sys
import tempfile
from decimal import Decimal as D
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from mandaat.model import Arrangement, Bid, Dossier, PriceBasis, Threshold
from mandaat.vault.file import Vault
from mandaat.vault.session import Session
from ui import formatting
from ui.bid_analyses import PAGE_PRODUCT, PAGE_TAKES
from ui.bids_tab import BidsTab

app = QApplication(sys.argv)
QLocale.setDefault(formatting.DUTCH)
folder = tempfile.TemporaryDirectory()
vault, _ = Vault.create(Path(folder.name) / "demo.mandaat", "schermafdruk alleen voor de docs")
s = Session(vault)
low = s.save_dossier(
    Dossier(
        brand="Enhertu",
        indication="HER2-laag borstkanker",
        product="Enhertu",
        asking_price=D(1300),
        price_basis=PriceBasis.PER_UNIT,
        units_per_patient=D(80),
        expected_patients=D(300),
        mandate_threshold=Threshold("at_least", D(60), source_text="ten minste 60%"),
    )
)
s.save_dossier(
    Dossier(
        brand="Enhertu",
        indication="HER2-positief borstkanker",
        product="Enhertu",
        asking_price=D(1300),
        price_basis=PriceBasis.PER_UNIT,
        units_per_patient=D(60),
        expected_patients=D(100),
        mandate_threshold=Threshold("at_least", D(55), source_text="ten minste 55%"),
    )
)
s.add_bid(
    Bid(
        dt.date(2026, 3, 1),
        dossier_id=low.id,
        arrangement=Arrangement(discount_pct=D(50), patient_cap_units=D(60), product_wide=True),
    )
)
tab = BidsTab(s, QUndoStack())
tab.resize(1366, 768)
tab.move(0, 0)
tab.show()
tab.set_dossier(low.id)


def shot(page: int, path: str, then: object) -> None:
    tab.select_row(0)
    tab.analyses.setCurrentIndex(page)
    if page == PAGE_TAKES:
        tab.analyses.horizon_box.setValue(5)  # beyond the end: the refusal in words
    QTimer.singleShot(400, lambda: (tab.grab().save(path), then()))  # type: ignore[operator]


def done() -> None:
    vault.close()
    app.quit()


QTimer.singleShot(
    800, lambda: shot(PAGE_PRODUCT, sys.argv[1], lambda: shot(PAGE_TAKES, sys.argv[2], done))
)
app.exec()
