"""Photos as phones write them, for the tests that add photos (imported as `from photo_files import phone_jpeg`)."""

from __future__ import annotations

import io

from PIL import ExifTags, Image


def phone_jpeg(width=4000, height=3000, *, lat=-0.4197, lon=36.9475, taken="2026:05:14 10:32:00",
               mode="RGB") -> bytes:
    """A JPEG as a phone writes it: big, with date, GPS, make, model and a serial number."""
    image = Image.new(mode, (width, height), "seagreen" if mode == "RGB" else 60)
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Model X"  # Model
    exif.get_ifd(ExifTags.IFD.Exif)[0x9003] = taken
    exif.get_ifd(ExifTags.IFD.Exif)[0xA431] = "SN-123456789"  # BodySerialNumber
    if lat is not None:
        def dms(v):
            v = abs(v)
            d = int(v)
            m = int((v - d) * 60)
            return (float(d), float(m), round(((v - d) * 60 - m) * 60, 3))
        exif.get_ifd(ExifTags.IFD.GPSInfo).update({1: "S" if lat < 0 else "N", 2: dms(lat),
                                                    3: "W" if lon < 0 else "E", 4: dms(lon)})
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), quality=90)
    return out.getvalue()
