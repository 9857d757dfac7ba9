"""Larger text: one scale for every font of the app, chosen in the settings and kept in the local store.

The scale multiplies the application font that Qt chose for this computer; style sheets that name a size in
points use scaled_pt() so they grow with it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QApplication

# English labels, translated where shown.
SCALES = {1.0: QT_TRANSLATE_NOOP("", "Normal"), 1.25: QT_TRANSLATE_NOOP("", "Larger"),
          1.5: QT_TRANSLATE_NOOP("", "Largest")}

_base_point_size: float | None = None
_scale = 1.0


def stored_scale(local: Any) -> float:
    """The scale saved on this computer (1.0 when none was saved or the value is not one we offer)."""
    value = local.text_scale if local is not None else 1.0
    return value if value in SCALES else 1.0


def save_scale(local: Any, scale: float) -> None:
    if local is not None:
        local.text_scale = scale


def apply_text_scale(scale: float) -> None:
    """Make every text of the running app `scale` times its normal size (1.0: back to normal)."""
    global _base_point_size, _scale
    app = QApplication.instance()
    if app is None:
        return
    font = QApplication.font()
    if _base_point_size is None:
        _base_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    _scale = scale if scale in SCALES else 1.0
    font.setPointSizeF(_base_point_size * _scale)
    QApplication.setFont(font)


def current_scale() -> float:
    return _scale


def scaled_pt(points: float) -> str:
    """A size for a style sheet, e.g. f"font-size: {scaled_pt(12)};" ."""
    return f"{points * _scale:.1f}pt"
