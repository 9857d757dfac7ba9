"""Address look-up for a project's location: geopy's Nominatim when online, every answer cached in the local
store, and a clear offline answer that never blocks a form (the student can always type coordinates)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..store.base import utcnow
from ..store.database import Database
from ..store.sync_tables import GeocodeCache
from ..words import _
from .errors import InvalidInput, ServiceError
from .validation import clean_text

USER_AGENT = "clubapp (Integrity Clubs desktop app)"
TIMEOUT_SECONDS = 8


class GeocodingUnavailable(ServiceError):
    """No connection or no answer: say so, and say what to do instead."""


@dataclass(frozen=True)
class Place:
    query: str
    latitude: float
    longitude: float
    display_name: str
    from_cache: bool


class GeocodingService:
    def __init__(self, db: Database, geocoder: Any = None):
        self.db = db
        self._geocoder = geocoder  # anything with geopy's geocode(query, timeout=...); Nominatim by default

    def look_up(self, address: str, country: str = "") -> Place:
        query = clean_text(address, max_length=250)
        if not query:
            raise InvalidInput({"address": _("Type an address or a place name to look up.")})
        if country:
            query = f"{query}, {country.upper()}"
        key = query.casefold()
        with self.db.reading() as session:
            cached = session.get(GeocodeCache, key)
            if cached is not None and cached.latitude is not None and cached.longitude is not None:
                return Place(query, cached.latitude, cached.longitude, cached.display_name, True)
        try:
            found = self.geocoder().geocode(query, timeout=TIMEOUT_SECONDS)
        except Exception as exc:
            raise GeocodingUnavailable(
                _("The address could not be looked up (no internet connection, or the map service did not "
                "answer). Type the latitude and longitude instead, or try again when you are online.")
            ) from exc
        if found is None:
            raise GeocodingUnavailable(_("No place called '{address}' was found. Check the spelling, or type the "
                                         "coordinates.").format(address=address))
        with self.db.transaction() as session:
            session.merge(GeocodeCache(query=key, latitude=found.latitude, longitude=found.longitude,
                                       display_name=str(found.address)[:500], fetched_at=utcnow()))
        return Place(query, found.latitude, found.longitude, str(found.address), False)

    def geocoder(self) -> Any:
        if self._geocoder is None:
            from geopy.geocoders import Nominatim  # geopy loads at the first look-up, not at start-up

            self._geocoder = Nominatim(user_agent=USER_AGENT)
        return self._geocoder
