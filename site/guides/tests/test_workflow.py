"""Editorial workflow and the review reminder's schedule: set up by migrate, exactly once."""

import pytest
from django_q.models import Schedule
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage

from accounts.roles import Role
from guides.services import (
    APPROVAL_TASK_NAME,
    REVIEW_SCHEDULE_NAME,
    WORKFLOW_NAME,
    editorial_workflow_ensure,
    guide_schedules_ensure,
    guides_setup_after_migrate,
)
from guides.tests.factories import guide_make

pytestmark = pytest.mark.django_db


def test_migrate_sets_up_the_editorial_workflow_for_every_page(guide_index):
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    assert workflow.active
    task = GroupApprovalTask.objects.get(name=APPROVAL_TASK_NAME)
    assert [wt.task.pk for wt in workflow.workflow_tasks.all()] == [task.pk]
    assert set(task.groups.values_list("name", flat=True)) == {Role.EDITOR, Role.COORDINATOR}
    assert WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow == workflow
    assert guide_make(guide_index).get_workflow() == workflow
    assert guide_index.get_workflow() == workflow


def test_editors_and_coordinators_may_approve(editor_user, coordinator_user, founder_user):
    task = GroupApprovalTask.objects.get(name=APPROVAL_TASK_NAME)
    guide_groups = set(task.groups.all())
    assert guide_groups & set(editor_user.groups.all())
    assert guide_groups & set(coordinator_user.groups.all())
    assert not guide_groups & set(founder_user.groups.all())


def test_workflow_setup_is_idempotent_and_repairs_drift():
    editorial_workflow_ensure()
    task = GroupApprovalTask.objects.get(name=APPROVAL_TASK_NAME)
    task.groups.clear()
    WorkflowPage.objects.all().delete()
    editorial_workflow_ensure()
    editorial_workflow_ensure()
    assert Workflow.objects.filter(name=WORKFLOW_NAME).count() == 1
    assert GroupApprovalTask.objects.filter(name=APPROVAL_TASK_NAME).count() == 1
    assert Workflow.objects.get(name=WORKFLOW_NAME).workflow_tasks.count() == 1
    assert task.groups.count() == 2
    assert WorkflowPage.objects.filter(page=Page.get_first_root_node()).count() == 1


def test_review_schedule_is_registered_once_after_migrate_and_further_runs():
    assert Schedule.objects.filter(name=REVIEW_SCHEDULE_NAME).count() == 1
    guide_schedules_ensure()
    guide_schedules_ensure()
    schedules = Schedule.objects.filter(name=REVIEW_SCHEDULE_NAME)
    assert schedules.count() == 1
    schedule = schedules.get()
    assert schedule.func == "guides.tasks.guides_review_overdue_notify"
    assert schedule.schedule_type == Schedule.DAILY
    assert not schedule.args and not schedule.kwargs


def test_setup_runs_only_when_the_last_app_has_migrated():
    from django.apps import apps

    Schedule.objects.filter(name=REVIEW_SCHEDULE_NAME).delete()
    guides_setup_after_migrate(sender=apps.get_app_config("guides"))
    assert not Schedule.objects.filter(name=REVIEW_SCHEDULE_NAME).exists()
    last = [config for config in apps.get_app_configs() if config.models_module][-1]
    guides_setup_after_migrate(sender=last)
    assert Schedule.objects.filter(name=REVIEW_SCHEDULE_NAME).count() == 1
