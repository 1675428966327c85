"""Small builders for engine inputs: sensible defaults, override only what a test is about."""

from __future__ import annotations

from matching.engine.data import Mentors, Requests, language_mask, topic_matrix

N_TOPICS = 12
BERLIN = (52.52, 13.405)
POTSDAM = (52.39, 13.065)  # ~27 km from Berlin centre
COTTBUS = (51.756, 14.333)  # ~100 km


def requests(rows: list[dict]) -> Requests:
    defaults = {
        "topics": {0},
        "languages": ("de",),
        "in_person": True,
        "remote": True,
        "place": BERLIN,
        "waiting_days": 10.0,
        "text": "",
    }
    rows = [defaults | row for row in rows]
    return Requests(
        ids=[row.get("id", 100 + i) for i, row in enumerate(rows)],
        topics=topic_matrix([row["topics"] for row in rows], n_topics=N_TOPICS),
        languages=[language_mask(row["languages"]) for row in rows],
        in_person=[row["in_person"] for row in rows],
        remote=[row["remote"] for row in rows],
        lat=[row["place"][0] for row in rows],
        lon=[row["place"][1] for row in rows],
        waiting_days=[row["waiting_days"] for row in rows],
        texts=[row["text"] for row in rows],
    )


def mentors(rows: list[dict]) -> Mentors:
    defaults = {
        "topics": {0},
        "languages": ("de",),
        "place": BERLIN,
        "radius_km": 30.0,
        "remote": False,
        "capacity": 2,
        "load": 0,
        "text": "",
    }
    rows = [defaults | row for row in rows]
    return Mentors(
        ids=[row.get("id", 1 + i) for i, row in enumerate(rows)],
        topics=topic_matrix([row["topics"] for row in rows], n_topics=N_TOPICS),
        languages=[language_mask(row["languages"]) for row in rows],
        lat=[row["place"][0] for row in rows],
        lon=[row["place"][1] for row in rows],
        radius_km=[row["radius_km"] for row in rows],
        remote=[row["remote"] for row in rows],
        capacity=[row["capacity"] for row in rows],
        load=[row["load"] for row in rows],
        texts=[row["text"] for row in rows],
    )
