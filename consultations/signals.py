"""What Sprechtage tell the apps above them (the site's event pages), sent after commit."""

from django.dispatch import Signal

# A day's line-up is confirmed: founders may book it now. Argument: day_id.
consultation_day_confirmed = Signal()
# A day is called off: its page goes offline. Argument: day_id.
consultation_day_cancelled = Signal()
