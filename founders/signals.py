"""Signals other apps may listen to; founders never import those apps (one-way dependencies)."""

from django.dispatch import Signal

# Sent inside the submitting transaction with help_request_id and referral (the signed mark of
# the service it was begun from, as that service put it into the form's link), if there is one.
help_request_submitted = Signal()
# Sent inside the confirming transaction with help_request_id; receivers act after commit.
help_request_confirmed = Signal()
# Sent inside the transaction that withdraws a request (help_request_id, by, reason: an
# EndReason); receivers end what depends on it in that same transaction.
help_request_withdrawn = Signal()
# Sent inside the transaction that opens a closed request again ("find me another expert").
help_request_reopened = Signal()
