"""Outbox admin views: send failed mails again (one, or all at once)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext, ngettext

from outbox.models import Mail
from outbox.services import mail_resend

RESEND_PERMISSION = "outbox.resend_mail"


def mails_resend(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    """GET asks for confirmation; POST queues the failed mail(s) again."""
    if not request.user.has_perm(RESEND_PERMISSION):
        raise PermissionDenied
    failed = Mail.objects.filter(status=Mail.Status.FAILED)
    if pk is not None:
        failed = failed.filter(pk=get_object_or_404(Mail, pk=pk).pk)
    if request.method == "POST":
        with transaction.atomic():
            count = sum(mail_resend(mail=mail).status != Mail.Status.FAILED for mail in failed)
        messages.success(
            request,
            ngettext(
                "%(count)d E-Mail wird erneut gesendet.",
                "%(count)d E-Mails werden erneut gesendet.",
                count,
            )
            % {"count": count},
        )
        return redirect("mail_admin:index")
    return TemplateResponse(
        request,
        "outbox/admin/resend.html",
        {
            "page_title": gettext("Fehlgeschlagene E-Mails erneut senden"),
            "count": failed.count(),
            "index_url": reverse("mail_admin:index"),
        },
    )
