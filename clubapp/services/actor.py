"""The acting person, as the services name it (defined in the domain, where exports and reports read it too)."""

from ..domain.actor import Actor

__all__ = ["Actor"]
