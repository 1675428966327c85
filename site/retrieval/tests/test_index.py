"""The index follows the pages: published, edited, unpublished, moved to draft, deleted."""

from io import StringIO

import pytest
from django.core.management import call_command
from django_q.models import Schedule

from guides.selectors import guides_suggested
from retrieval.models import IndexedPage

pytestmark = pytest.mark.django_db


def _suggested(words: str) -> list[str]:
    return [guide.title for guide in guides_suggested(topic_slugs=[], words=words, limit=3)]


def test_a_published_guide_is_found_by_its_words(guides):
    assert _suggested("Gewerbeamt")[0] == "Gewerbe anmelden"


def test_an_edit_is_found_at_once_and_the_old_words_no_longer(guides):
    guide = guides["marke"]
    guide.intro = "Wie Sie Ihre Kundschaft mit Flyern erreichen."
    guide.save_revision().publish()
    assert _suggested("Flyer")[0] == "Marke und Design"
    assert "Marke und Design" not in _suggested("schützen")


def test_a_draft_change_is_not_searchable_before_it_is_published(guides):
    guide = guides["marke"]
    guide.intro = "Wie Sie Ihre Kundschaft mit Flyern erreichen."
    guide.save_revision()
    assert _suggested("Flyer") == []
    assert _suggested("schützen")[0] == "Marke und Design"


def test_unpublished_and_deleted_guides_are_not_suggested(guides):
    guides["marke"].unpublish()
    assert "Marke und Design" not in _suggested("Marke Logo")
    page_id = guides["steuern"].pk
    guides["steuern"].delete()
    assert not IndexedPage.objects.filter(page_id=page_id).exists()
    assert _suggested("Finanzamt") == []


def test_a_rebuild_gives_the_same_answers(guides):
    before = _suggested("Firmennamen schützen")
    out = StringIO()
    call_command("retrieval_rebuild", stdout=out)
    assert int(out.getvalue().split()[0]) >= len(guides)
    assert _suggested("Firmennamen schützen") == before == ["Marke und Design"]


def test_the_index_is_rebuilt_and_old_questions_forgotten_every_night():
    daily = set(
        Schedule.objects.filter(schedule_type=Schedule.DAILY).values_list("func", flat=True)
    )
    assert {"retrieval.services.index_rebuild", "retrieval.services.questions_forget_old"} <= daily
