"""Pictures of project sites for the demo network, drawn (sky, ground, the structure the project builds) and saved
as a phone would save them (EXIF date and GPS), so the demo's photos go through the same import as real ones."""

from __future__ import annotations

import functools
import io
import random
from datetime import UTC, date, datetime, time

from PIL import Image, ImageDraw, ImageFilter

from .photos import minimal_exif


@functools.cache
def _grain(width: int, height: int) -> Image.Image:
    return Image.effect_noise((width, height), 18).convert("RGB").filter(ImageFilter.SMOOTH)


def site_picture(
    rng: random.Random, sector: str, taken: date, latitude: float, longitude: float, *, fixed: bool = False
) -> bytes:
    """A 1280x960 picture of a site, drawn: sky, ground and the kind of structure the project builds."""
    width, height = 1280, 960
    horizon = rng.randint(400, 520)
    sky = Image.linear_gradient("L").resize((width, horizon))  # lighter towards the horizon
    image = Image.new("RGB", (width, height), (135, 180, 225))
    image.paste(Image.merge("RGB", [sky.point(lambda v, base=base: base + v * 40 // 255) for base in (110, 160, 215)]))
    draw = ImageDraw.Draw(image)
    ground = (150, 110, 70) if sector != "health" else (120, 140, 80)
    draw.rectangle([0, horizon, width, height], fill=ground)
    colour = (200, 200, 190) if fixed else (170, 160, 150)
    if sector.startswith("transport"):
        draw.polygon([(540, horizon), (740, horizon), (1180, height), (100, height)], fill=(120, 110, 100))
        if not fixed:
            for _ in range(12):  # potholes
                x, y = rng.randint(250, 1000), rng.randint(horizon + 80, height - 40)
                draw.ellipse([x, y, x + rng.randint(30, 90), y + rng.randint(12, 30)], fill=(70, 60, 50))
    elif sector == "waterAndWaste":
        draw.rectangle([500, horizon - 260, 780, horizon - 60], fill=(60, 110, 170))  # tank
        draw.rectangle([600, horizon - 60, 680, horizon + 120], fill=(90, 90, 90))  # stand
        draw.rectangle([350, horizon + 60, 930, horizon + 220], fill=colour)  # kiosk / latrine block
    elif sector.startswith("energy"):
        for x in range(120, width, 260):
            draw.rectangle([x, horizon - 300, x + 14, horizon + 60], fill=(80, 80, 80))
            draw.rectangle([x - 50, horizon - 320, x + 64, horizon - 290], fill=(30, 50, 110))
    else:
        left, right = rng.randint(200, 320), rng.randint(900, 1080)
        draw.rectangle([left, horizon - 220, right, horizon + 120], fill=colour)  # walls
        draw.polygon([(left - 40, horizon - 220), ((left + right) // 2, horizon - 360),
                      (right + 40, horizon - 220)], fill=(140, 60, 40) if fixed else (110, 110, 120))
        for x in range(left + 60, right - 80, 170):  # windows
            draw.rectangle([x, horizon - 150, x + 90, horizon - 60], fill=(40, 60, 80))
        if not fixed:  # cracks
            for _ in range(4):
                x, y = rng.randint(left + 20, right - 20), rng.randint(horizon - 200, horizon + 60)
                draw.line([(x, y), (x + rng.randint(-60, 60), y + rng.randint(40, 120))], fill=(60, 50, 40), width=4)
    image = Image.blend(image, _grain(width, height), 0.08)  # grain, so sizes look like a camera's
    taken_at = datetime.combine(taken, time(rng.randint(8, 15), rng.randint(0, 59)), tzinfo=UTC)
    out = io.BytesIO()
    image.save(out, "JPEG", exif=minimal_exif(taken_at, latitude, longitude), quality=82)
    return out.getvalue()
