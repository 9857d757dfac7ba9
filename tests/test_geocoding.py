"""Address look-up: answers are cached in the store, and no connection gives a clear message, never a hang.

Internet geocoding cannot exist here, so the geocoder is the one part replaced: by an object with geopy's
`geocode` signature that answers, or that raises geopy's own "service unavailable" error as Nominatim does offline.
"""

from __future__ import annotations

import pytest

from clubapp.services.errors import InvalidInput
from clubapp.services.geocoding import GeocodingService, GeocodingUnavailable
from fake_geocoder import Geocoder


def test_a_found_address_is_cached_and_works_offline_afterwards(store):
    online = Geocoder()
    place = GeocodingService(store, online).look_up("Nyeri", "ke")
    assert (place.latitude, place.longitude, place.from_cache) == (-0.4197, 36.9475, False)
    offline = Geocoder(online=False)
    again = GeocodingService(store, offline).look_up("  nyeri ", "KE")
    assert again.from_cache and again.display_name == "Nyeri, Nyeri County, Kenya"
    assert offline.calls == []  # answered from the store without trying the network


def test_offline_gives_a_clear_message(store):
    with pytest.raises(GeocodingUnavailable, match="Type the latitude and longitude"):
        GeocodingService(store, Geocoder(online=False)).look_up("Kamakwa")


def test_an_unknown_place_and_an_empty_address_are_explained(store):
    with pytest.raises(GeocodingUnavailable, match="No place called 'Atlantis'"):
        GeocodingService(store, Geocoder()).look_up("Atlantis")
    with pytest.raises(InvalidInput):
        GeocodingService(store, Geocoder()).look_up("   ")
