"""axe-core (npm, pinned in package-lock.json) run on the page the browser shows.

The script is evaluated through the DevTools protocol (`page.evaluate`), which the page's CSP
does not govern, so the page keeps its real, strict policy during the check: `add_script_tag`
would insert an inline script the public CSP forbids, and `bypass_csp` would switch the policy
off and let the check see a page no visitor sees.
"""

from functools import cache
from pathlib import Path

from conftest import missing_tool

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SERIOUS = {"serious", "critical"}


@cache
def _axe_source() -> str:
    return AXE.read_text()


def axe_available() -> None:
    if not AXE.exists():
        missing_tool(f"axe-core missing at {AXE}: run `npm ci` (./dev test does)")


def serious_violations(page) -> list[str]:
    """WCAG 2.1 A/AA violations of serious or critical impact: "rule-id: element, element"."""
    axe_available()
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(_axe_source() + "\n;true")
    result = page.evaluate(
        """tags => axe.run(document, {runOnly: {type: "tag", values: tags},
                                      resultTypes: ["violations"]})""",
        WCAG_21_AA,
    )
    return [
        f"{violation['id']} ({violation['impact']}): "
        + ", ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in result["violations"]
        if violation["impact"] in SERIOUS
    ]


def pages_with_violations(page, paths: list[str]) -> dict[str, list[str]]:
    """Visit each path; the ones with serious violations, each with its rule ids and elements."""
    found = {}
    for path in paths:
        response = page.goto(page.base_url + path)
        assert response.ok, f"{path}: HTTP {response.status}"
        if violations := serious_violations(page):
            found[path] = violations
    return found
