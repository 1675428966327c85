"""Consultation days and where they are held."""

from consultations.models.spaces import InnovationSpace

__all__ = ["InnovationSpace"]
