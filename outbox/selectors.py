"""Reads for the outbox: what coordinators should look at."""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count, Q
from django.utils import timezone

from outbox.models import Mail, SuppressedAddress

# Pending longer than this, a mail is late: the worker may be down.
LATE_AFTER = timedelta(minutes=15)


@dataclass(frozen=True)
class MailProblems:
    failed: int
    late: int
    suppressed: int

    def __bool__(self) -> bool:
        return bool(self.failed or self.late or self.suppressed)


def mail_problems() -> MailProblems:
    counts = Mail.objects.aggregate(
        failed=Count("pk", filter=Q(status=Mail.Status.FAILED)),
        late=Count(
            "pk",
            filter=Q(status=Mail.Status.PENDING, created_at__lt=timezone.now() - LATE_AFTER),
        ),
    )
    return MailProblems(**counts, suppressed=SuppressedAddress.objects.count())
