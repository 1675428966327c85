"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server."""

import os
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import missing_tool
from tests.worker import worker_running

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        missing_tool(f"Chromium not found at {CHROMIUM}: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop; Django must not treat the tests as async code.
    # Only for as long as the browser runs, so subprocesses of other tests do not inherit it.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(params=[(1280, 900), (390, 844)], ids=["desktop", "phone"])
def viewport(request) -> dict[str, int]:
    width, height = request.param
    return {"width": width, "height": height}


@pytest.fixture
def new_page(browser, live_server, viewport) -> Iterator[Callable]:
    """Another person's browser (a context of its own: own cookies) at the test's viewport."""
    contexts = []

    def new_page(**options):
        context = browser.new_context(viewport=viewport, locale="de-DE", **options)
        contexts.append(context)
        context.set_default_timeout(15_000)
        page = context.new_page()
        page.base_url = live_server.url
        return page

    yield new_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(request, new_page):
    page = new_page()
    yield page
    if getattr(request.node, "rep_call", None) and request.node.rep_call.failed:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{request.node.name}.png"), full_page=True)


@pytest.fixture
def step(request, page) -> Callable:
    """`with step("confirms by the mailed link", on=founder):` — if anything inside fails, the
    page as it was is kept in var/screenshots/<test>-<step>.png and the step is named in the
    failure."""

    @contextmanager
    def step(name: str, *, on=None) -> Iterator[None]:
        try:
            yield
        except BaseException as error:
            slug = re.sub(r"[^\w-]+", "-", name.lower()).strip("-")
            path = SCREENSHOTS / f"{request.node.name}-{slug}.png"
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            try:
                (on or page).screenshot(path=str(path), full_page=True)
            except Exception as screenshot_error:  # the page itself may be what broke
                error.add_note(f"no screenshot: {screenshot_error}")
            else:
                error.add_note(f"screenshot: {path}")
            error.add_note(f"failed in step: {name}")
            raise

    return step


@pytest.fixture
def worker(monkeypatch, live_server, settings) -> Iterator[None]:
    """A real django-q2 worker; links in its mails point at the live server."""
    settings.SITE_URL = live_server.url
    with worker_running(monkeypatch=monkeypatch, env={"SITE_URL": live_server.url}):
        yield


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report
