"""Consultation days and where they are held."""

from consultations.models.days import ConsultationDay, ConsultationInvitation, ConsultationSlot
from consultations.models.spaces import InnovationSpace

__all__ = ["ConsultationDay", "ConsultationInvitation", "ConsultationSlot", "InnovationSpace"]
