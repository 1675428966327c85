"""'Meine Daten': download, withdraw consent, delete the account. Acts only on request.user."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from privacy.forms import AccountDeleteForm, ConsentWithdrawForm
from privacy.services import account_delete, consent_withdraw, personal_data_export


@require_GET
@login_required
def overview(request: HttpRequest) -> HttpResponse:
    return render(request, "privacy/overview.html")


@require_GET
@login_required
def export(request: HttpRequest) -> HttpResponse:
    data = personal_data_export(user=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="meine-daten.json"'
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "POST"])
@login_required
def withdraw(request: HttpRequest) -> HttpResponse:
    form = ConsentWithdrawForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        consent_withdraw(user=request.user)
        messages.success(request, _("Ihre Einwilligung ist widerrufen. Wir vermitteln nicht mehr."))
        return redirect("privacy:overview")
    return render(request, "privacy/withdraw.html", {"form": form})


@require_http_methods(["GET", "POST"])
@login_required
def delete(request: HttpRequest) -> HttpResponse:
    form = AccountDeleteForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        account_delete(user=request.user)
        logout(request)
        return redirect("privacy:deleted")
    return render(request, "privacy/delete.html", {"form": form})


@require_GET
def deleted(request: HttpRequest) -> HttpResponse:
    return render(request, "privacy/deleted.html")
