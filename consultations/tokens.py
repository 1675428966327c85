"""The signed link of an expert's invitation to a Sprechtag: it names only the invitation."""

from django.core import signing

SALT = "consultations.invitation"
MAX_AGE_SECONDS = 120 * 24 * 60 * 60  # days are planned up to a few months ahead

BadToken = signing.BadSignature  # SignatureExpired is one too


def invitation_token_make(*, invitation_id: int) -> str:
    return signing.TimestampSigner(salt=SALT).sign(str(invitation_id))


def invitation_token_read(*, token: str) -> int:
    value = signing.TimestampSigner(salt=SALT).unsign(token, max_age=MAX_AGE_SECONDS)
    try:
        return int(value)
    except ValueError as error:  # signed by us, so only if the salt were reused elsewhere
        raise BadToken(str(error)) from error
