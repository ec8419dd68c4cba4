"""Screenshot of the bid editor with issue 17's group on a 1366x768 screen.

    xvfb-run -a -s "-screen 0 1366x768x24" uv run python docs/screenshots/bid_editor_written.py \
        docs/screenshots/bid-editor-written.png
"""

import datetime as dt
import sys
from decimal import Decimal as D

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication

from mandaat.model import Arrangement, Bid, Dossier, PriceBasis, Threshold
from ui import formatting
from ui.bid_editor import BidEditor

app = QApplication(sys.argv)
QLocale.setDefault(formatting.DUTCH)
d = Dossier(
    id=1,
    brand="Xenpozyme",
    indication="ASMD (Niemann-Pick)",
    product="Xenpozyme",
    asking_price=D(29000),
    price_basis=PriceBasis.PER_UNIT,
    units_per_patient=D(30),
    expected_patients=D(10),
    advice_threshold=Threshold("at_least", D(92), source_text="ten minste 92%"),
)
bid = Bid(
    dt.date(2026, 3, 2),
    id=1,
    dossier_id=1,
    round=2,
    duration_years=4,
    start_date=dt.date(2026, 7, 1),
    arrangement=Arrangement(
        discount_pct=D(85),
        patient_cap_units=D(26),
        free_initial_units=D(4),
        starters_pct=D(20),
        after_end="list",
    ),
)
ed = BidEditor(d, bid, today=dt.date(2026, 3, 2))
ed.show()
ed.move(0, 0)
screen = app.primaryScreen()
print(
    "screen",
    screen.size().width(),
    screen.size().height(),
    "dialog",
    ed.frameGeometry().width(),
    ed.frameGeometry().height(),
    file=sys.stderr,
)


def grab():
    screen.grabWindow(0).save(sys.argv[1])
    app.quit()


QTimer.singleShot(800, grab)
app.exec()
