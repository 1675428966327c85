"""The one error of a Begleitung's writes, shared by its service modules."""

from django.core.exceptions import ValidationError


class SupportTrackError(ValidationError):
    """A Begleitung that cannot start or change; its message says why (by field, if given)."""
