"""The seeded plans name only offices, topics and guides that exist, each Land has its
chambers and development bank, and every step fits its field."""

from demo.content.guides import GUIDES
from support.content import content_errors
from support.models import OfficeKind
from vocabulary.data.topics import TOPICS


def test_the_seeded_content_names_only_what_exists():
    errors = content_errors(
        office_kinds=set(OfficeKind.values),
        topic_slugs={slug for slug, *_rest in TOPICS},
        guide_slugs={guide["slug"] for guide in GUIDES},
    )
    assert errors == []


def test_the_check_finds_a_step_naming_a_guide_that_does_not_exist():
    errors = content_errors(
        office_kinds=set(OfficeKind.values), topic_slugs={"steuern"}, guide_slugs=set()
    )
    assert any("unknown guide" in error for error in errors)
