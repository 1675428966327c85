"""Signed links in mails: the mentor's answer to an offer (names one match and the mentor's
account, lasts until the offer expires plus a day) and either side's feedback (match and side)."""

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


FEEDBACK_SALT = "matching.feedback"
FEEDBACK_MAX_AGE = 60 * 24 * 60 * 60  # two months to answer


def feedback_token_make(*, match_id: int, side: str) -> str:
    return signing.TimestampSigner(salt=FEEDBACK_SALT).sign(f"{match_id}:{side}")


def feedback_token_read(*, token: str) -> tuple[int, str]:
    """(match id, side) of a feedback token; raises BadToken when tampered with or too old."""
    value = signing.TimestampSigner(salt=FEEDBACK_SALT).unsign(token, max_age=FEEDBACK_MAX_AGE)
    match_id, _sep, side = value.partition(":")
    try:
        return int(match_id), side
    except ValueError as error:
        raise BadToken(str(error)) from error
