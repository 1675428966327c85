"""Fixtures for the search tests: a few guides with the words founders' questions need."""

import pytest

from guides.tests.factories import guide_index_make, guide_make


@pytest.fixture
def guides(db):
    index = guide_index_make()
    return {
        "gewerbe": guide_make(
            index,
            title="Gewerbe anmelden",
            intro="Wer ein Gewerbe betreibt, meldet es beim Gewerbeamt an.",
            topics=["recht"],
        ),
        "steuern": guide_make(
            index,
            title="Steuern für Gründerinnen",
            intro="Der Fragebogen zur steuerlichen Erfassung geht an das Finanzamt.",
            topics=["steuern"],
        ),
        "geld": guide_make(
            index,
            title="Finanzierung und Förderung",
            intro="Kredit, Zuschuss und Gründungszuschuss der Agentur für Arbeit.",
            topics=["finanzierung"],
        ),
        "marke": guide_make(
            index,
            title="Marke und Design",
            intro="Wie Sie Ihren Namen als Marke schützen und ein Logo finden.",
        ),
        "personal": guide_make(
            index,
            title="Erste Mitarbeitende",
            intro="Vom Minijob bis zur festen Stelle: was Arbeitgeber wissen müssen.",
        ),
    }
