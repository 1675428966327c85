"""Consultation days, where they are held, their experts' slots and the founders' bookings."""

from consultations.models.bookings import ConsultationBooking
from consultations.models.days import ConsultationDay, ConsultationInvitation, ConsultationSlot
from consultations.models.feedback import ConsultationFeedback
from consultations.models.spaces import InnovationSpace

__all__ = [
    "ConsultationBooking",
    "ConsultationDay",
    "ConsultationFeedback",
    "ConsultationInvitation",
    "ConsultationSlot",
    "InnovationSpace",
]
