"""Writes for accounts: keeping role groups in step with roles.py, creating coordinators,
recording every login's session and forgetting it once the session has ended."""

import contextlib
import logging
from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.http import HttpRequest

from accounts.models import User
from accounts.roles import ROLES, Role
from common.schedules import schedule_ensure

logger = logging.getLogger(__name__)

SESSIONS_SCHEDULE_NAME = "accounts: forget ended sessions"


def _permissions(names: tuple[str, ...]) -> list[Permission]:
    found = []
    for name in names:
        app_label, codename = name.split(".")
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            found.append(permission)
    return found


def _grant_wagtail_permissions(*, group: Group, role: Role) -> None:
    # Imported here: Wagtail's models need the app registry, and accounts is loaded first.
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    spec = ROLES[role]
    root_page = Page.get_first_root_node()
    if root_page is not None:
        for codename in spec.page_permissions:
            for permission in _permissions((f"wagtailcore.{codename}",)):
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=permission
                )
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for permission in _permissions(spec.collection_permissions):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )


@transaction.atomic
def roles_sync() -> dict[Role, Group]:
    """Create the role groups and grant exactly the permissions roles.py lists (idempotent)."""
    groups = {}
    for role, spec in ROLES.items():
        group, _created = Group.objects.get_or_create(name=role.value)
        group.permissions.set(_permissions(spec.permissions))
        _grant_wagtail_permissions(group=group, role=role)
        groups[role] = group
    return groups


def roles_sync_after_migrate(sender, **kwargs) -> None:
    # post_migrate fires once per app with models, in INSTALLED_APPS order, and each app's
    # permissions are created by its own signal: only at the last one do they all exist.
    last = [config for config in apps.get_app_configs() if config.models_module][-1]
    if sender.label == last.label:
        roles_sync()


@transaction.atomic
def user_assign_role(*, user: User, role: Role) -> User:
    user.groups.add(Group.objects.get(name=role.value))
    return user


@transaction.atomic
def coordinator_create(
    *, email: str, password: str | None, first_name: str = "", last_name: str = ""
) -> User:
    """A coordinator who can log in at once: the address counts as verified, the role is set."""
    from allauth.account.models import EmailAddress

    email = User.objects.normalize_email(email).lower()
    user, created = User.objects.get_or_create(
        email=email, defaults={"first_name": first_name, "last_name": last_name}
    )
    if password:
        user.set_password(password)
    elif created:
        user.set_unusable_password()  # logs in by emailed code
    user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    roles_sync()
    user_assign_role(user=user, role=Role.COORDINATOR)
    logger.info("coordinator account ready (user id %s)", user.pk)
    return user


def user_session_record_receiver(sender, request: HttpRequest, user: User, **kwargs) -> None:
    """Django's user_logged_in, sent by every login. allauth records the logins of its own flows
    (allauth.usersessions); this records the others too (a founder's confirmation link logs her
    in with Django's login), so that every session of a person is found by her UserSession rows.
    """
    from allauth.usersessions.models import UserSession

    # A login outside a visitor's request (the test client's force_login) has no client to record.
    if getattr(request, "user", None) is not user:
        return
    UserSession.objects.create_from_request(request)


def user_sessions_forget_ended() -> int:
    """Delete the record (IP address, browser) of every login whose session has ended: expired,
    logged out, or no longer valid for its user. A daily task: kept no longer than the session.

    Django's expired sessions go first (what `clearsessions` does); allauth's purge() then
    decides for each record, whichever session engine holds the sessions."""
    from allauth.usersessions.models import UserSession

    # NotImplementedError: an engine whose sessions expire by themselves (a cache).
    with contextlib.suppress(NotImplementedError):
        import_module(settings.SESSION_ENGINE).SessionStore.clear_expired()
    forgotten = sum(1 for user_session in UserSession.objects.iterator() if user_session.purge())
    logger.info("%s ended sessions forgotten", forgotten)
    return forgotten


def user_sessions_schedule_sync() -> None:
    from django_q.models import Schedule

    schedule_ensure(
        name=SESSIONS_SCHEDULE_NAME,
        func="accounts.services.user_sessions_forget_ended",
        schedule_type=Schedule.DAILY,
    )


def user_sessions_schedule_sync_after_migrate(sender, **kwargs) -> None:
    # post_migrate fires once per app with models; django_q's tables exist by the last one.
    last = [config for config in apps.get_app_configs() if config.models_module][-1]
    if sender.label == last.label:
        user_sessions_schedule_sync()
