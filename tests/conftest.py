"""Shared test set-up: Qt offscreen, a cheap KDF for speed, an in-memory keyring."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
