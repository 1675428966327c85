"""The signed "I'm back" link of a mentor who was paused because offers went unanswered: it
carries only the profile's id."""

from django.core import signing

SALT = "mentors.back"
MAX_AGE_SECONDS = 60 * 24 * 60 * 60  # two months; the pause itself ends after 30 days

BadToken = signing.BadSignature  # SignatureExpired is one too


def back_token_make(*, mentor_id: int) -> str:
    return signing.TimestampSigner(salt=SALT).sign(str(mentor_id))


def back_token_read(*, token: str) -> int:
    value = signing.TimestampSigner(salt=SALT).unsign(token, max_age=MAX_AGE_SECONDS)
    try:
        return int(value)
    except ValueError as error:  # signed by us, so only if the salt were reused elsewhere
        raise BadToken(str(error)) from error
