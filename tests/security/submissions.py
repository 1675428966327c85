"""What a person fills into the request form and the mentor registration, the n-th time."""

from conftest import PASSWORD


def help_request(n: int) -> dict:
    return {
        "topics": ["recht"],
        "description": "Ich will einen Hofladen gründen und weiß nicht, welche Rechtsform passt.",
        "stage": "founding",
        "place": "23909",
        "formats": ["video"],
        "languages": ["de"],
        "first_name": "Anna",
        "last_name": "Hansen",
        "email": f"anna{n}@example.org",
        "consent": "on",
    }


def mentor_registration(n: int) -> dict:
    from vocabulary.models import Topic

    return {
        "first_name": "Mara",
        "last_name": "Gestalt",
        "email": f"mara{n}@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "profession": "designer",
        "topics": [Topic.objects.get(slug="marketing").pk],
        "bio": "Ich gestalte seit zwanzig Jahren Marken für kleine Betriebe im Kreis. " * 2,
        "place": "23909",
        "travel_radius_km": "40",
        "languages": ["de"],
        "capacity": "2",
        "consent": "on",
    }
