"""The signed links of Sprechtage, each naming one row only: an expert's invitation and her
schedule of the day, a founder's confirmation of her booking and her cancellation. They last
until long after the day."""

from django.core import signing

SALT = "consultations.invitation"
MAX_AGE_SECONDS = 120 * 24 * 60 * 60  # days are planned and booked a few months ahead

BadToken = signing.BadSignature  # SignatureExpired is one too


def _token_make(*, salt: str, pk: int) -> str:
    return signing.TimestampSigner(salt=salt).sign(str(pk))


def _token_read(*, salt: str, token: str) -> int:
    value = signing.TimestampSigner(salt=salt).unsign(token, max_age=MAX_AGE_SECONDS)
    try:
        return int(value)
    except ValueError as error:  # signed by us, so only if the salt were reused elsewhere
        raise BadToken(str(error)) from error


def invitation_token_make(*, invitation_id: int) -> str:
    return _token_make(salt=SALT, pk=invitation_id)


def invitation_token_read(*, token: str) -> int:
    return _token_read(salt=SALT, token=token)


SCHEDULE_SALT = "consultations.schedule"


def schedule_token_make(*, invitation_id: int) -> str:
    return _token_make(salt=SCHEDULE_SALT, pk=invitation_id)


def schedule_token_read(*, token: str) -> int:
    return _token_read(salt=SCHEDULE_SALT, token=token)


FOLLOW_UP_SALT = "consultations.follow_up"


def follow_up_token_make(*, booking_id: int) -> str:
    return _token_make(salt=FOLLOW_UP_SALT, pk=booking_id)


def follow_up_token_read(*, token: str) -> int:
    return _token_read(salt=FOLLOW_UP_SALT, token=token)


BOOKING_CONFIRM_SALT = "consultations.booking.confirm"
BOOKING_CANCEL_SALT = "consultations.booking.cancel"


def booking_confirm_token_make(*, booking_id: int) -> str:
    return _token_make(salt=BOOKING_CONFIRM_SALT, pk=booking_id)


def booking_confirm_token_read(*, token: str) -> int:
    return _token_read(salt=BOOKING_CONFIRM_SALT, token=token)


def booking_cancel_token_make(*, booking_id: int) -> str:
    return _token_make(salt=BOOKING_CANCEL_SALT, pk=booking_id)


def booking_cancel_token_read(*, token: str) -> int:
    return _token_read(salt=BOOKING_CANCEL_SALT, token=token)


FEEDBACK_SALT = "consultations.feedback"
EXPERT_FEEDBACK_SALT = "consultations.feedback.expert"


def feedback_token_make(*, booking_id: int) -> str:
    return _token_make(salt=FEEDBACK_SALT, pk=booking_id)


def feedback_token_read(*, token: str) -> int:
    return _token_read(salt=FEEDBACK_SALT, token=token)


def expert_feedback_token_make(*, invitation_id: int) -> str:
    return _token_make(salt=EXPERT_FEEDBACK_SALT, pk=invitation_id)


def expert_feedback_token_read(*, token: str) -> int:
    return _token_read(salt=EXPERT_FEEDBACK_SALT, token=token)
