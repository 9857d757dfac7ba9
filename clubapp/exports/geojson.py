"""GeoJSON: a FeatureCollection of projects with their issue counts and status, for any GIS or web map."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .tables import ExportRows


def project_features(rows: ExportRows) -> dict[str, Any]:
    features = []
    for row in rows.projects():
        if row["latitude"] is None or row["longitude"] is None:
            continue
        features.append({
            "type": "Feature",
            "id": row["id"],
            "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},  # GeoJSON: lon, lat
            "properties": {
                "title": row["title"], "club": row["club"], "country": row["country"], "sector": row["sector"],
                "status": row["status"], "public_authority": row["public_authority"],
                "issues": row["issues"], "issues_fixed": row["issues_fixed"],
                "issues_not_fixed": row["issues"] - row["issues_fixed"],
            },
        })
    return {"type": "FeatureCollection", "features": features}


def export_geojson(rows: ExportRows, out: Path) -> dict[str, int]:
    collection = project_features(rows)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, suffix=".part")
    with os.fdopen(fd, "w", encoding="utf-8") as stream:
        json.dump(collection, stream, ensure_ascii=False)
    os.replace(tmp, out)
    return {"projects": len(collection["features"])}
