"""Photos in a PDF: scaled to fit, with when they were taken and their caption underneath."""

from __future__ import annotations

import io
from typing import Any

from PIL import Image as PILImage
from reportlab.platypus import Image

from ..words import _, separator
from .pdf import long_date, para


def photo_flowable(services, actor, photo: Any, *, max_width: float, max_height: float) -> list | None:
    """[image, caption], to put in a table cell or, wrapped in KeepTogether, in a story; None if unreadable."""
    try:
        data = services.photos.photo_bytes(actor, photo.id)
        with PILImage.open(io.BytesIO(data)) as probe:
            width, height = probe.size
    except (OSError, ValueError):
        return None  # a photo whose bytes have not arrived yet (sync) is left out, not a failure
    scale = min(max_width / width, max_height / height)
    image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    when = long_date(photo.taken_at) if photo.taken_at else _("date unknown")
    kind = {"before": _("before photo"), "after": _("after photo")}.get(photo.evidence or "", photo.evidence)
    label = separator().join(x for x in (photo.caption, when, kind) if x)
    return [image, para(label, "small")]
