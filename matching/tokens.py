"""Signed links in mails: the mentor's answer to an offer (names one match and the mentor's
account, lasts until the offer expires plus a day), either side's feedback (match and side)
and answer to "Läuft es?" (one question to one side), two months each."""

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
CHECKIN_SALT = "matching.checkin"
SIDE_TOKEN_MAX_AGE = 60 * 24 * 60 * 60  # two months to answer


def _side_token_make(*, salt: str, match_id: int, side: str) -> str:
    return signing.TimestampSigner(salt=salt).sign(f"{match_id}:{side}")


def _side_token_read(*, salt: str, token: str) -> tuple[int, str]:
    value = signing.TimestampSigner(salt=salt).unsign(token, max_age=SIDE_TOKEN_MAX_AGE)
    match_id, _sep, side = value.partition(":")
    try:
        return int(match_id), side
    except ValueError as error:
        raise BadToken(str(error)) from error


def feedback_token_make(*, match_id: int, side: str) -> str:
    return _side_token_make(salt=FEEDBACK_SALT, match_id=match_id, side=side)


def feedback_token_read(*, token: str) -> tuple[int, str]:
    """(match id, side) of a feedback token; raises BadToken when tampered with or too old."""
    return _side_token_read(salt=FEEDBACK_SALT, token=token)


def checkin_token_make(*, checkin_id: int) -> str:
    return signing.TimestampSigner(salt=CHECKIN_SALT).sign(str(checkin_id))


def checkin_token_read(*, token: str) -> int:
    """The check-in a "Läuft es?" link answers; raises BadToken like the others."""
    value = signing.TimestampSigner(salt=CHECKIN_SALT).unsign(token, max_age=SIDE_TOKEN_MAX_AGE)
    try:
        return int(value)
    except ValueError as error:
        raise BadToken(str(error)) from error
