"""Writes for guides: the editorial workflow and the review reminder's schedule, both kept in
step with this code on every migrate (idempotent)."""

from datetime import datetime, time, timedelta

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from django_q.models import Schedule
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

from accounts.roles import Role
from accounts.services import roles_sync
from common.schedules import schedule_ensure
from founders.models import HelpRequest
from guides.selectors import guides_suggestion
from retrieval.models import UnansweredQuestion
from retrieval.services import question_unanswered_record

WORKFLOW_NAME = "Redaktionelle Freigabe"
APPROVAL_TASK_NAME = "Freigabe durch Redaktion oder Koordination"
APPROVER_ROLES = (Role.EDITOR, Role.COORDINATOR)

REVIEW_SCHEDULE_NAME = "guides: review overdue"
REVIEW_SCHEDULE_FUNC = "guides.tasks.guides_review_overdue_notify"
REVIEW_MAIL_TIME = time(7, 0)  # local time: in the inbox at the start of the working day


@transaction.atomic
def editorial_workflow_ensure() -> Workflow:
    """One approval step by editors or coordinators, for every page (assigned to the root).

    Like the role groups, this is configuration owned by code: each run restores the approving
    groups and the root's workflow (Wagtail's default "Moderators approval" is replaced).
    """
    groups = roles_sync()
    task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=APPROVAL_TASK_NAME)
    elif not task.active:
        task.active = True
        task.save(update_fields=["active"])
    task.groups.set([groups[role] for role in APPROVER_ROLES])

    workflow, created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    if not created and not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    root = Page.get_first_root_node()
    if root is not None:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow


def _next_local(at: time) -> datetime:
    now = timezone.localtime()
    candidate = now.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    return candidate if candidate > now else candidate + timedelta(days=1)


def guide_schedules_ensure() -> Schedule:
    """The daily review reminder, registered once (found again by its name)."""
    return schedule_ensure(
        name=REVIEW_SCHEDULE_NAME,
        func=REVIEW_SCHEDULE_FUNC,
        schedule_type=Schedule.DAILY,
        next_run=_next_local(REVIEW_MAIL_TIME),
    )


def guides_setup_after_migrate(sender, **kwargs) -> None:
    # post_migrate fires once per app with models; only at the last one do all groups,
    # permissions and tables exist (the same guard as accounts.services).
    last = [config for config in apps.get_app_configs() if config.models_module][-1]
    if sender.label == last.label:
        editorial_workflow_ensure()
        guide_schedules_ensure()


def help_request_gap_record(*, help_request_id: int) -> UnansweredQuestion | None:
    """Keep the words of a confirmed request that no guide answers (anonymous, for editors).

    Runs after the confirmation committed; the request's own names and place are left out."""
    help_request = HelpRequest.objects.select_related("place").filter(pk=help_request_id).first()
    if help_request is None:
        return None
    suggestion = guides_suggestion(topic_slugs=[], words=help_request.description, limit=1)
    if suggestion.answered:
        return None
    own = [help_request.first_name, help_request.last_name, help_request.email]
    if help_request.place is not None:
        own.append(help_request.place.locality)
    return question_unanswered_record(
        text=help_request.description,
        source=UnansweredQuestion.Source.REQUEST,
        best_guide=suggestion.guides[0].title if suggestion.guides else "",
        leave_out=own,
    )


def help_request_confirmed_received(sender, *, help_request_id: int, **kwargs) -> None:
    transaction.on_commit(lambda: help_request_gap_record(help_request_id=help_request_id))
