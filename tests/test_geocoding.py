"""Address look-up: towns and villages are found offline in the app's own list (in their local spellings too),
online answers are cached in the store, and no connection gives a clear message, never a hang.

Internet geocoding cannot exist here, so the geocoder is the one part replaced: by an object with geopy's
`geocode` signature that answers, or that raises geopy's own "service unavailable" error as Nominatim does offline.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from geopy.exc import GeocoderUnavailable

from clubapp.services.errors import InvalidInput
from clubapp.services.geocoding import GeocodingService, GeocodingUnavailable


@dataclass
class Found:
    latitude: float
    longitude: float
    address: str


class Geocoder:
    def __init__(self, online: bool = True):
        self.online, self.calls = online, []

    def geocode(self, query, timeout=None):
        self.calls.append(query)
        if not self.online:
            raise GeocoderUnavailable("Failed to establish a new connection")
        if "Mathari" in query:
            return Found(-0.4052, 36.9311, "Mathari Mission Hospital, Nyeri, Kenya")
        return None


def test_a_found_address_is_cached_and_works_offline_afterwards(store):
    online = Geocoder()
    place = GeocodingService(store, online).look_up("Mathari Mission Hospital", "ke")
    assert (place.latitude, place.longitude, place.from_cache) == (-0.4052, 36.9311, False)
    offline = Geocoder(online=False)
    again = GeocodingService(store, offline).look_up("  mathari mission hospital ", "KE")
    assert again.from_cache and again.display_name == "Mathari Mission Hospital, Nyeri, Kenya"
    assert offline.calls == []  # answered from the store without trying the network


@pytest.mark.parametrize(("typed", "country", "town", "position"), [
    ("Nyeri", "KE", "Nyeri, Kenya", (-0.42013, 36.94759)),
    ("Kiganjo Primary School, Tetu", "KE", "Tetu, Kenya", (-0.43419, 36.91681)),  # the town named in an address
    ("धुलिखेल", "NP", "Dhulikhel, Nepal", (27.6221, 85.54281)),  # Nepali, as the data spells it
    ("هرات", "AF", "Herāt, Afghanistan", (34.34817, 62.19967)),
    ("Kāṭhmāṇḍu", "", "Kathmandu, Nepal", (27.70169, 85.3206)),  # accents set aside
])
def test_towns_and_villages_are_found_without_the_internet(store, typed, country, town, position):
    offline = Geocoder(online=False)
    place = GeocodingService(store, offline).look_up(typed, country)
    assert place.offline and place.display_name == town
    if position:
        assert (place.latitude, place.longitude) == pytest.approx(position, abs=1e-4)
    assert offline.calls == []  # the network was not even tried


def test_a_spelling_cut_short_is_found_offline_when_the_internet_is_not_there(store):
    place = GeocodingService(store, Geocoder(online=False)).look_up("Karatin", "KE")
    assert place.offline and place.display_name == "Karatina, Kenya"


def test_a_photo_says_which_town_it_was_taken_near():
    from clubapp.services.geocoding import taken_near

    assert taken_near(-0.434, 36.9167) == "taken in Tetu"
    assert taken_near(-0.40, 36.98) == "taken near Kiganjo (2 km)"
    assert taken_near(None, None) == "" and taken_near(-30.0, -20.0) == ""  # no GPS; the middle of the ocean


def test_offline_gives_a_clear_message(store):
    with pytest.raises(GeocodingUnavailable, match="Type the latitude and longitude"):
        GeocodingService(store, Geocoder(online=False)).look_up("Xyzzy Primary School")


def test_an_unknown_place_and_an_empty_address_are_explained(store):
    with pytest.raises(GeocodingUnavailable, match="No place called 'Xyzzyville'"):
        GeocodingService(store, Geocoder()).look_up("Xyzzyville")
    with pytest.raises(InvalidInput):
        GeocodingService(store, Geocoder()).look_up("   ")
