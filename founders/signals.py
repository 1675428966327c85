"""Signals other apps may listen to; founders never import those apps (one-way dependencies)."""

from django.dispatch import Signal

# Sent inside the confirming transaction with help_request_id; receivers act after commit.
help_request_confirmed = Signal()
