"""Questions that found no good guide: anonymous words for editors, kept 90 days."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from accounts.roles import Role
from accounts.services import roles_sync
from founders.tests.conftest import help_request_make
from guides.services import help_request_gap_record
from guides.tests.factories import place_make
from retrieval.models import UnansweredQuestion
from retrieval.selectors import questions_unanswered
from retrieval.services import question_unanswered_record, questions_forget_old

pytestmark = pytest.mark.django_db


def _request(description: str):
    request = help_request_make(place=place_make("23909"))
    request.description = description
    request.save(update_fields=["description"])
    return request


def _request(description: str):
    request = help_request_make(place=place_make("23909"))
    request.description = description
    request.save(update_fields=["description"])
    return request


def test_a_kept_question_holds_no_name_place_address_or_number(guides):
    place_make("23909")
    recorded = question_unanswered_record(
        text="Ich bin Maria Kowalski aus Ratzeburg, 0171 2345678, maria@example.org: "
        "Brauche ich eine Genehmigung für mein Foodtruck-Catering? www.maria.example",
        source=UnansweredQuestion.Source.SEARCH,
        leave_out=["Maria", "Kowalski"],
    )
    assert recorded.words == "genehmigung foodtruck catering foodtruckcatering"
    assert recorded.asked_on == timezone.localdate()


def test_nothing_is_kept_when_no_content_word_is_left(guides):
    assert question_unanswered_record(text="Wie geht das?", source="search") is None
    assert not UnansweredQuestion.objects.exists()


def test_a_confirmed_request_no_guide_answers_is_kept_without_its_author(guides):
    request = _request("Ich brauche eine Konzession für meine Imbissbude.")
    recorded = help_request_gap_record(help_request_id=request.pk)
    assert recorded.source == UnansweredQuestion.Source.REQUEST
    assert "konzession" in recorded.words and "imbissbude" in recorded.words
    assert request.first_name.lower() not in recorded.words


def test_a_request_a_guide_answers_is_not_kept(guides):
    request = _request("Wann muss ich den Fragebogen ans Finanzamt schicken?")
    assert help_request_gap_record(help_request_id=request.pk) is None


def test_a_site_search_without_results_is_kept_once_per_cached_page(client, guides):
    client.get("/suche/", {"q": "Hundefriseur Ausbildung"})
    assert list(UnansweredQuestion.objects.values_list("words", flat=True)) == [
        "hundefriseur ausbildung"
    ]


def test_questions_are_shown_for_90_days_then_forgotten(guides):
    question_unanswered_record(text="Imbissbude Konzession", source="search")
    with time_machine.travel(timezone.now() + timedelta(days=89)):
        assert questions_unanswered().count() == 1
        assert questions_forget_old() == 0
    with time_machine.travel(timezone.now() + timedelta(days=90)):
        assert questions_unanswered().count() == 0
        assert questions_forget_old() == 1


def test_editors_see_the_questions_and_can_only_delete_them(client, guides, django_user_model):
    question_unanswered_record(text="Imbissbude Konzession", source="search")
    roles_sync()
    editor = django_user_model.objects.create_user(email="redaktion@example.org")
    editor.groups.add(*Group.objects.filter(name=Role.EDITOR.value))
    client.force_login(editor)
    listing = client.get(reverse("wagtailsnippets_retrieval_unansweredquestion:list"))
    assert listing.status_code == 200
    assert "imbissbude konzession" in listing.content.decode()
    added = client.get(reverse("wagtailsnippets_retrieval_unansweredquestion:add"))
    assert added.status_code in (302, 403)
    question = UnansweredQuestion.objects.get()
    deleted = client.post(
        reverse("wagtailsnippets_retrieval_unansweredquestion:delete", args=[question.pk])
    )
    assert deleted.status_code == 302
    assert not UnansweredQuestion.objects.exists()
