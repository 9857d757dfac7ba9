"""Human-readable codes made offline without coordination: club codes, tracking numbers, certificate codes.

They use Crockford's base32 (no I, L, O, U: nothing to confuse when read over a phone) and end in a Luhn
mod-32 check character, so a mistyped code is recognised as such instead of finding the wrong record.
A tracking number carries 50 random bits from the issue's UUID4 under the club's code: the chance that two of
a club's issues ever share one is below one in a billion, and the database refuses it if they did.
"""

from __future__ import annotations

import re
import secrets
import uuid

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
# Characters people type for the ones the alphabet leaves out.
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})
_TRACKING_SHAPE = re.compile(r"[A-Z]{2}[0-9A-Z]{4}-[0-9A-Z]{5}-[0-9A-Z]{6}")


def normalise(code: str, country_prefix: bool = False) -> str:
    """Upper-case, forgive look-alike letters, drop spaces; keep the dashes between groups.

    Club codes and tracking numbers start with a two-letter country code (LR, SL...), which may hold letters
    the alphabet leaves out; those two are kept as typed.
    """
    code = "".join(code.split()).upper()
    head, rest = (code[:2], code[2:]) if country_prefix else ("", code)
    return head + rest.translate(_READ_AS)


def _base32(number: int, length: int) -> str:
    chars = []
    for _ in range(length):
        number, digit = divmod(number, 32)
        chars.append(ALPHABET[digit])
    return "".join(reversed(chars))


def check_char(payload: str) -> str:
    """Luhn mod N over the base32 characters (dashes ignored): catches every single-character slip."""
    factor, total = 2, 0
    for ch in reversed(payload.replace("-", "")):
        addend = factor * _VALUE[ch]
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return ALPHABET[(32 - total % 32) % 32]


def has_valid_check(code: str, country_prefix: bool = False) -> bool:
    code = normalise(code, country_prefix)
    if country_prefix:
        if len(code) < 3 or not code[:2].isalpha():
            return False
        code = code[2:]
    body = code.replace("-", "")
    if len(body) < 2 or any(ch not in _VALUE for ch in body):
        return False
    return check_char(code[:-1]) == code[-1]


def new_club_code(country: str) -> str:
    """A short public code for a club, e.g. KE7Q3M: the country and four random characters."""
    return country.upper()[:2] + "".join(secrets.choice(ALPHABET) for _ in range(4))


def tracking_number(club_code: str, issue_id: str) -> str:
    """KE7Q3M-8G2QF-K9XW3Z: club code, then 50 bits of the issue's UUID, then a check character."""
    bits = uuid.UUID(issue_id).int >> (128 - 50)
    random_part = _base32(bits, 10)
    payload = f"{normalise(club_code, country_prefix=True)}-{random_part[:5]}-{random_part[5:]}"
    return payload + check_char(payload[2:])


def is_tracking_number(text: str) -> bool:
    code = normalise(text, country_prefix=True)
    return bool(_TRACKING_SHAPE.fullmatch(code)) and has_valid_check(code, country_prefix=True)
