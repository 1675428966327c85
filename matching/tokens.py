"""Signed links in mails: the mentor's answer to an offer (names one match and the mentor's
account, lasts until the offer expires plus a day), and either side's feedback and answer to
"is the mentoring finished?" (match and side, two months each)."""

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
COMPLETION_SALT = "matching.completion"
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


def completion_token_make(*, match_id: int, side: str) -> str:
    return _side_token_make(salt=COMPLETION_SALT, match_id=match_id, side=side)


def completion_token_read(*, token: str) -> tuple[int, str]:
    """(match id, side) of a link asking "finished?"; raises BadToken like the others."""
    return _side_token_read(salt=COMPLETION_SALT, token=token)
