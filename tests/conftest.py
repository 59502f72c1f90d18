"""Shared fixtures: real SQLCipher profiles in temporary directories."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
