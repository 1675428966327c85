"""Signals other apps may listen to; mentors never import those apps (one-way dependencies)."""

from django.dispatch import Signal

# Sent inside the transaction that pauses a mentor or ends her profile (mentor_id, by, reason:
# an EndReason); receivers end what depends on it in that same transaction.
mentor_unavailable = Signal()
