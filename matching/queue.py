"""Background work handed to django-q2 once the change that causes it has committed."""

from django.db import transaction


def enqueue_after_commit(task: str, object_id: int) -> None:
    """Queue `task(object_id)` after commit; an id only, never personal data in arguments."""

    def enqueue() -> None:
        from django_q.tasks import async_task  # imported late so tests can patch it

        async_task(task, object_id)

    transaction.on_commit(enqueue)
