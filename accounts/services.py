"""Writes for accounts: keeping role groups in step with roles.py, creating coordinators."""

import logging

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from accounts.models import User
from accounts.roles import ROLES, Role

logger = logging.getLogger(__name__)


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
