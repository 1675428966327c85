"""The signed links of a Begleitung: the founder's consent (it names the track only) and an
expert's offer (her role and her account, so a forwarded mail answers for no one else)."""

from django.core import signing

SALT = "support.consent"
MAX_AGE_SECONDS = 30 * 24 * 60 * 60  # a month to think it over

BadToken = signing.BadSignature  # SignatureExpired is one too


def consent_token_make(*, track_id: int) -> str:
    return signing.TimestampSigner(salt=SALT).sign(str(track_id))


def consent_token_read(*, token: str) -> int:
    value = signing.TimestampSigner(salt=SALT).unsign(token, max_age=MAX_AGE_SECONDS)
    try:
        return int(value)
    except ValueError as error:  # signed by us, so only if the salt were reused elsewhere
        raise BadToken(str(error)) from error


EXPERT_SALT = "support.expert_offer"
EXPERT_MAX_AGE_SECONDS = 21 * 24 * 60 * 60  # three weeks to answer


def expert_token_make(*, role_id: int, user_id: int) -> str:
    return signing.TimestampSigner(salt=EXPERT_SALT).sign(f"{role_id}:{user_id}")


def expert_token_read(*, token: str) -> tuple[int, int]:
    """(role, user) of an expert's offer link; BadToken if forged, altered or too old."""
    value = signing.TimestampSigner(salt=EXPERT_SALT).unsign(token, max_age=EXPERT_MAX_AGE_SECONDS)
    try:
        role_id, user_id = value.split(":")
        return int(role_id), int(user_id)
    except ValueError as error:
        raise BadToken(str(error)) from error
