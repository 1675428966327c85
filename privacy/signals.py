"""What privacy tells the apps above it; each app decides what it means for its own rows."""

from django.dispatch import Signal

# Sent inside the transaction of a consent withdrawal with `user` and `erasure` (True when the
# account is being deleted): founders withdraw requests, mentors end profiles, the outbox
# holds back mail — all before this transaction commits.
consent_withdrawn = Signal()
