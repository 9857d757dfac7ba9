"""The errors the services raise (defined in the domain, so that every layer raises the same ones)."""

from ..domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied, ServiceError

__all__ = ["Conflict", "InvalidInput", "NotFound", "PermissionDenied", "ServiceError"]
