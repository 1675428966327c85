"""Founder pages: ask for help, confirm by link, the dashboard, guide suggestions. Thin."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.generic import FormView, TemplateView

from accounts.dashboard import dashboard_links
from antispam.views import SpamProtectedFormViewMixin
from founders.forms import HelpRequestEditForm, HelpRequestForm
from founders.models import HelpRequest
from founders.selectors import (
    guides_live,
    guides_suggested,
    help_request_next_step,
    help_request_prefill,
    help_request_timeline,
    help_requests_of_user,
)
from founders.services import (
    HelpRequestStateError,
    answered_by_guide_record,
    help_request_confirm,
    help_request_reopen,
    help_request_submit,
    help_request_update,
    help_request_withdraw,
)
from founders.tokens import (
    BadToken,
    ExpiredToken,
    confirmation_token_read,
    rematch_token_read,
)
from vocabulary.models import Topic

MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def _topic_slugs(value: list[str]) -> list[str]:
    """?thema=recht&thema=steuern or ?themen=recht,steuern → ["recht", "steuern"]."""
    return [slug.strip() for item in value for slug in item.split(",") if slug.strip()][:20]


class HelpRequestCreateView(SpamProtectedFormViewMixin, FormView):
    template_name = "founders/help_request_form.html"
    form_class = HelpRequestForm
    success_url = reverse_lazy("founders:submitted")
    antispam_form_key = "help_request"

    def get_initial(self) -> dict:
        slugs = _topic_slugs(self.request.GET.getlist("thema"))
        topics = list(Topic.objects.filter(slug__in=slugs)) if slugs else []
        self.prefilled = help_request_prefill(params=self.request.GET)
        return {**super().get_initial(), "topics": topics, **self.prefilled}

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        form = context["form"]
        slugs = [topic.slug for topic in form.initial.get("topics", [])]
        if form.is_bound:
            slugs = form.data.getlist("topics")[:20]
        context["suggested_guides"] = guides_suggested(topic_slugs=slugs, words="")
        context["suggestion_topic"] = slugs[0] if slugs else ""
        # The unbound fields are the same for everyone who comes with these topics preselected.
        context["initial_topics"] = ",".join(sorted(slugs))
        # One founder's own words and address are never kept for the next visitor.
        context["fields_personal"] = form.is_bound or bool(self.prefilled)
        return context

    def form_valid(self, form: HelpRequestForm) -> HttpResponse:
        data = {key: value for key, value in form.cleaned_data.items() if key != "consent"}
        help_request_submit(**data, contact_language=get_language() or "de")
        return super().form_valid(form)


class HelpRequestSubmittedView(TemplateView):
    template_name = "founders/help_request_submitted.html"


@require_http_methods(["GET", "POST"])
def help_request_confirm_view(request: HttpRequest, token: str) -> HttpResponse:
    """GET asks for a click (mail scanners follow links); POST confirms and logs the founder in."""
    try:
        help_request_id = confirmation_token_read(token=token)
    except ExpiredToken:
        return render(request, "founders/confirm_invalid.html", {"expired": True}, status=400)
    except BadToken:
        return render(request, "founders/confirm_invalid.html", {"expired": False}, status=400)
    help_request = HelpRequest.objects.filter(pk=help_request_id).first()
    if help_request is None:  # deleted after 7 days, or erased
        return render(request, "founders/confirm_invalid.html", {"expired": True}, status=400)
    if request.method == "GET":
        return render(request, "founders/confirm.html", {"token": token})
    help_request = help_request_confirm(help_request=help_request)
    user = help_request.founder.user
    if user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"):
        # Privileged accounts (coordinators and editors hold the admin by group, not is_staff)
        # never log in by a mailed link; their request is confirmed anyway.
        messages.success(request, _("Ihre Anfrage ist bestätigt. Bitte melden Sie sich an."))
        return redirect("account_login")
    if request.user != user:
        login(request, user, backend=MODEL_BACKEND)
    messages.success(request, _("Vielen Dank, Ihre Anfrage ist bestätigt."))
    return redirect("founders:dashboard")


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    help_requests = [
        {
            "help_request": help_request,
            "timeline": help_request_timeline(help_request=help_request),
            "next_step": help_request_next_step(help_request=help_request),
            "guides": guides_suggested(
                topic_slugs=[topic.slug for topic in help_request.topics.all()], words=""
            )
            if help_request.status == HelpRequest.Status.OPEN
            else [],
        }
        for help_request in help_requests_of_user(user=request.user)
    ]
    return render(
        request,
        "founders/dashboard.html",
        {"help_requests": help_requests, "links": dashboard_links(request)},
    )


def _own_help_request(request: HttpRequest, pk: int) -> HelpRequest:
    return get_object_or_404(help_requests_of_user(user=request.user), pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def help_request_edit(request: HttpRequest, pk: int) -> HttpResponse:
    help_request = _own_help_request(request, pk)
    if not help_request.is_editable:
        messages.error(request, _("Diese Anfrage kann nicht mehr geändert werden."))
        return redirect("founders:dashboard")
    initial = {
        name: getattr(help_request, name)
        for name in HelpRequestEditForm.base_fields
        if name != "topics"
    }
    initial["topics"] = list(help_request.topics.all())
    form = HelpRequestEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            help_request_update(help_request=help_request, **form.cleaned_data)
        except HelpRequestStateError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("founders:dashboard")
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Ihre Änderungen sind gespeichert."))
            return redirect("founders:dashboard")
    return render(
        request, "founders/help_request_edit.html", {"form": form, "help_request": help_request}
    )


@login_required
@require_http_methods(["GET", "POST"])
def help_request_withdraw_view(request: HttpRequest, pk: int) -> HttpResponse:
    help_request = _own_help_request(request, pk)
    if request.method == "POST":
        try:
            help_request_withdraw(help_request=help_request, by=request.user)
        except HelpRequestStateError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Ihre Anfrage ist zurückgezogen."))
        return redirect("founders:dashboard")
    return render(request, "founders/help_request_withdraw.html", {"help_request": help_request})


@require_GET
def guide_suggestions(request: HttpRequest) -> JsonResponse:
    """GET ?themen=recht,steuern&q=words → {"results": [{"id", "title", "url", "intro"}]} (≤ 3)."""
    slugs = _topic_slugs(request.GET.getlist("themen"))
    guides = guides_suggested(topic_slugs=slugs, words=request.GET.get("q", "")[:200])
    results = [
        {"id": guide.pk, "title": guide.title, "url": guide.get_url(request), "intro": guide.intro}
        for guide in guides
    ]
    return JsonResponse({"results": results})


@require_POST
def answered_by_guide(request: HttpRequest) -> HttpResponse:
    """ "Meine Frage ist beantwortet": an anonymous count (guide, topic, day), then thanks."""
    try:
        guide_id = int(request.POST.get("guide", ""))
    except ValueError:
        raise Http404 from None
    guide = get_object_or_404(guides_live(), pk=guide_id)
    topic = Topic.objects.filter(slug=request.POST.get("thema", "")).first()
    answered_by_guide_record(guide_id=guide.pk, topic=topic)
    context = {"guide": guide, "form_url": reverse("founders:create")}
    return render(request, "founders/answered.html", context)


@require_http_methods(["GET", "POST"])
def help_request_rematch(request: HttpRequest, token: str) -> HttpResponse:
    """The link in the mail of a founder whose mentoring ended early: one button asks for
    another expert (a GET changes nothing: mail programs open links to check them)."""
    try:
        help_request_id = rematch_token_read(token=token)
    except (BadToken, ExpiredToken):
        return render(request, "founders/rematch.html", {"invalid": True}, status=400)
    help_request = get_object_or_404(HelpRequest, pk=help_request_id)
    if request.method == "POST":
        try:
            help_request_reopen(
                help_request=help_request,
                by=help_request.founder.user if help_request.founder else None,
            )
        except HelpRequestStateError as error:
            context = {"refused": " ".join(error.messages)}
            return render(request, "founders/rematch.html", context, status=409)
        return render(request, "founders/rematch.html", {"reopened": True})
    return render(request, "founders/rematch.html", {"help_request": help_request})
