"""Address look-up for a project's location: first the towns and villages the app carries (GeoNames, offline,
in every spelling the data has), then geopy's Nominatim when online, every online answer cached in the local
store, and a clear offline answer that never blocks a form (the student can always type coordinates).
Also "taken near <town>" for a photo's GPS position."""

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
    offline: bool = False  # found in the app's own list of towns


def _offline(query: str, country: str) -> Place | None:
    """The town called so (or the first part of an address that names one: "Kiganjo School, Nyeri")."""
    from ..store.places import country_name_of, find, folded

    countries = [country.upper()] if country else []
    parts = [query] + [part.strip() for part in query.split(",") if part.strip()]
    for part in parts:
        found = [t for t in find(part, countries=countries, at_most=5) if not countries or t.country in countries]
        exact = [t for t in found if folded(part) in {folded(t.name), *(folded(o) for o in t.other_names)}]
        if exact:
            town = exact[0]
            return Place(query, town.latitude, town.longitude, f"{town.name}, {country_name_of(town.country)}",
                         False, offline=True)
    return None


def _offline_prefix(query: str, country: str) -> Place | None:
    """Offline and not found online: a town whose name begins so, in the club's country (a spelling cut short)."""
    from ..store.places import country_name_of, find

    found = [t for t in find(query, countries=[country] if country else None, at_most=1)
             if not country or t.country == country.upper()]
    if not found:
        return None
    town = found[0]
    return Place(query, town.latitude, town.longitude, f"{town.name}, {country_name_of(town.country)}", False,
                 offline=True)


def taken_near(latitude: float | None, longitude: float | None) -> str:
    """ "taken near Nyeri" for a photo's GPS position (nothing when it has none or no town is within 30 km)."""
    if latitude is None or longitude is None:
        return ""
    from ..store.places import nearest

    found = nearest(latitude, longitude, within_km=30)
    if found is None:
        return ""
    town, km = found
    if km < 1:
        return _("taken in {town}").format(town=town.name)
    return _("taken near {town} ({distance} km)").format(town=town.name, distance=f"{km:.0f}")


class GeocodingService:
    def __init__(self, db: Database, geocoder: Any = None):
        self.db = db
        self._geocoder = geocoder  # anything with geopy's geocode(query, timeout=...); Nominatim by default

    def look_up(self, address: str, country: str = "") -> Place:
        query = clean_text(address, max_length=250)
        if not query:
            raise InvalidInput({"address": _("Type an address or a place name to look up.")})
        place = _offline(query, country)  # no internet needed for a town or a village
        if place is not None:
            return place
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
            near = _offline_prefix(address, country)
            if near is not None:
                return near
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
            from geopy.geocoders import Nominatim

            self._geocoder = Nominatim(user_agent=USER_AGENT)
        return self._geocoder
