"""Signed answer links in offer mails: the mentor answers without logging in. A token names one
match and its mentor's account, and lasts until the offer expires (plus a day)."""

from django.conf import settings
from django.core import signing

SALT = "matching.offer"

BadToken = signing.BadSignature  # SignatureExpired is one too


def offer_token_make(*, match_id: int, user_id: int) -> str:
    return signing.TimestampSigner(salt=SALT).sign(f"{match_id}:{user_id}")


def offer_token_read(*, token: str) -> tuple[int, int]:
    """(match id, user id) of a token; raises BadToken when tampered with or too old."""
    max_age = (settings.MATCHING_OFFER_EXPIRY_DAYS + 1) * 24 * 60 * 60
    value = signing.TimestampSigner(salt=SALT).unsign(token, max_age=max_age)
    match_id, _sep, user_id = value.partition(":")
    try:
        return int(match_id), int(user_id)
    except ValueError as error:  # signed by us, so only if the salt were reused elsewhere
        raise BadToken(str(error)) from error
