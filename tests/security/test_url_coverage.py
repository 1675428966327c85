"""Every address in the URLconf is attacked by a security test, or named as public or library."""

from tests.security.urlmap import (
    ADMIN_OBJECTS,
    LIBRARY_PREFIXES,
    ROUTES,
    WAGTAIL_ADMIN_AREAS,
    admin_area,
    all_routes,
)


def uncovered() -> list[str]:
    missing = []
    for route in all_routes():
        area = admin_area(route)
        if area is not None:
            if area not in ADMIN_OBJECTS and area not in WAGTAIL_ADMIN_AREAS and route != "admin/":
                missing.append(route)
        elif not route.startswith(LIBRARY_PREFIXES) and route not in ROUTES:
            missing.append(route)
    return missing


def test_every_url_of_the_site_has_a_security_test():
    assert uncovered() == [], "add these to tests/security/urlmap.py with their protection"


def test_the_url_map_names_no_address_that_is_gone():
    assert sorted(set(ROUTES) - set(all_routes())) == []


def test_every_admin_area_of_ours_still_exists():
    areas = {admin_area(route) for route in all_routes()}
    assert set(ADMIN_OBJECTS) <= areas


def test_a_new_url_without_a_test_is_noticed(settings):
    settings.ROOT_URLCONF = "tests.security.urls_with_a_new_page"
    assert "hilfe-anfragen/geheim/<int:pk>/" in uncovered()
    assert "admin/neu/" in uncovered()
