"""Background work of matching (django-q2); arguments are ids only, never personal data."""

import logging

from founders.models import HelpRequest
from matching.checkins import checkins_send as _checkins_send
from matching.feedback import feedback_requests_send as _feedback_requests_send
from matching.models import MatchingRun
from matching.recovery import matching_runs_recover as _recover
from matching.responsiveness import offers_chase
from matching.services import (
    MatchingRunBusy,
    matching_run_start,
    suggestions_store,
)
from matching.services import (
    matching_run_execute as _execute,
)
from matching.services import (
    matching_run_part_execute as _execute_part,
)

logger = logging.getLogger(__name__)


def matching_run_execute(run_id: int) -> None:
    _execute(run_id=run_id)


def matching_run_nightly() -> None:
    try:
        run = matching_run_start(trigger=MatchingRun.Trigger.SCHEDULE, enqueue=False)
    except MatchingRunBusy:
        logger.info("nightly matching run skipped: another run is in progress")
        return
    _execute(run_id=run.pk)


def matching_runs_recover() -> None:
    _recover()


def suggestions_refresh(help_request_id: int) -> None:
    help_request = HelpRequest.objects.filter(pk=help_request_id).first()
    if help_request is None or help_request.status != HelpRequest.Status.OPEN:
        return  # withdrawn or deleted meanwhile
    suggestions_store(help_request=help_request)


def offers_remind_and_expire() -> None:
    reminded, expired, paused = offers_chase()
    logger.info(
        "offers: %s reminded, %s expired, %s silent mentors paused", reminded, expired, paused
    )


def feedback_requests_send() -> None:
    logger.info("feedback asked for %s matches", _feedback_requests_send())


def checkins_send() -> None:
    logger.info("asked how it goes for %s matches", _checkins_send())


def matching_run_part_execute(part_id: int) -> None:
    _execute_part(part_id=part_id)
