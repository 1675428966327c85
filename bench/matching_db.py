"""Benchmark: the matching adapter with its database, at the size of the issue (10,000 open
requests × 3,000 mentors), on PostgreSQL by default.

Run: .venv/bin/python bench/matching_db.py [--database-url postgres://postgres@127.0.0.1:5432/
landvorteil_bench] [--requests 10000] [--mentors 3000] [--views 200]

Seeds a dedicated database once (synthetic places clustered around the region's towns, German
texts, capacities 1–5), then prints: loading the engine's input (queries), the engine, storing the
proposals, a whole run as the worker does it, and p50/p95 of the admin's suggestion page for
random requests (request to response through Django, with the database). Not a test.
"""

import argparse
import os
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "site")]

TOWNS = [  # (name, postcode, lat, lon): towns of Herzogtum Lauenburg and Ludwigslust-Parchim
    ("Ratzeburg", "23909", 53.6997, 10.7726),
    ("Mölln", "23879", 53.6269, 10.6886),
    ("Geesthacht", "21502", 53.4357, 10.3760),
    ("Schwarzenbek", "21493", 53.5036, 10.4797),
    ("Lauenburg/Elbe", "21481", 53.3736, 10.5603),
    ("Ludwigslust", "19288", 53.3244, 11.4978),
    ("Parchim", "19370", 53.4256, 11.8483),
    ("Hagenow", "19230", 53.4306, 11.1889),
    ("Boizenburg/Elbe", "19258", 53.3810, 10.7190),
    ("Lübz", "19386", 53.4620, 12.0290),
    ("Plau am See", "19395", 53.4583, 12.2619),
    ("Crivitz", "19089", 53.5775, 11.6514),
]
SENTENCES = [
    "Ich brauche Hilfe bei der Umsatzsteuer und der Buchhaltung.",
    "Wir gründen eine GmbH und suchen Rat zum Gesellschaftsvertrag.",
    "Für meinen Hofladen suche ich eine Finanzierung und Fördermittel.",
    "Wie mache ich Marketing für meine Website und finde Kunden?",
    "Ich übernehme den Betrieb meiner Eltern und plane die Nachfolge.",
    "Mein Café braucht eine Konzession und ein Hygienekonzept.",
    "Wir wollen einen Onlineshop aufbauen und unsere Daten schützen.",
    "Ich stelle die erste Mitarbeiterin ein und brauche einen Arbeitsvertrag.",
]


def setup_django(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    if database_url.startswith("postgres"):
        import psycopg

        name = database_url.rsplit("/", 1)[1]
        admin_url = database_url.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin_url, autocommit=True) as connection:
            exists = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
            if not exists:
                connection.execute(f'CREATE DATABASE "{name}"')
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def seed(n_requests: int, n_mentors: int, seed: int, *, confirmed_at=None) -> None:
    """Requests and mentors for the benches; with ``confirmed_at`` every request was confirmed
    then (a fault scenario compares two runs: waiting times must not move between them)."""
    import numpy as np
    from django.db import transaction
    from django.utils import timezone

    from accounts.models import User
    from founders.models import HelpRequest
    from matching.models import Match, MatchingRun, Suggestion
    from mentors.models import Mentor
    from vocabulary.models import Land, Place, Topic

    if (
        HelpRequest.objects.filter(status="open").count() == n_requests
        and Mentor.objects.count() == n_mentors
        and (
            confirmed_at is None
            or not HelpRequest.objects.exclude(confirmed_at=confirmed_at).exists()
        )
    ):
        return
    rng = np.random.default_rng(seed)
    print(f"seeding {n_requests} requests and {n_mentors} mentors …", flush=True)
    with transaction.atomic():
        for model in (Match, Suggestion, MatchingRun, HelpRequest, Mentor):
            model.objects.all().delete()
        User.objects.filter(email__endswith="@bench.invalid").delete()
        places = []
        for i in range(120):
            name, postcode, lat, lon = TOWNS[i % len(TOWNS)]
            places.append(
                Place.objects.get_or_create(
                    postcode=postcode,
                    locality=f"{name} {i}",
                    defaults={
                        "land": Land.SH if lon < 10.9 else Land.MV,
                        "latitude": lat + rng.normal(0, 0.06),
                        "longitude": lon + rng.normal(0, 0.09),
                    },
                )[0]
            )
        topics = list(Topic.objects.order_by("pk"))
        popularity = 1 / np.arange(1, len(topics) + 1)
        popularity /= popularity.sum()

        def pick_topics(low: int, high: int) -> list:
            n = rng.integers(low, high + 1)
            return [topics[i] for i in rng.choice(len(topics), n, replace=False, p=popularity)]

        def languages() -> list[str]:
            return ["de"] + (["en"] if rng.random() < 0.4 else [])

        users = User.objects.bulk_create(
            User(email=f"expertin{i}@bench.invalid") for i in range(n_mentors)
        )
        mentors = Mentor.objects.bulk_create(
            Mentor(
                user=user,
                profession="entrepreneur",
                bio=" ".join(rng.choice(SENTENCES, 2, replace=False)),
                place=places[rng.integers(len(places))],
                travel_radius_km=int(rng.integers(10, 81)),
                remote=bool(rng.random() < 0.5),
                capacity=int(rng.integers(1, 6)),
                languages=languages(),
                status="active",
            )
            for user in users
        )
        Mentor.topics.through.objects.bulk_create(
            Mentor.topics.through(mentor_id=m.pk, topic_id=t.pk)
            for m in mentors
            for t in pick_topics(2, 4)
        )
        now = timezone.now()
        requests = HelpRequest.objects.bulk_create(
            HelpRequest(
                first_name="Bench",
                last_name=str(i),
                email=f"gruender{i}@bench.invalid",
                description=" ".join(rng.choice(SENTENCES, 2, replace=False)),
                stage="idea",
                place=places[rng.integers(len(places))],
                formats=["in_person"] if rng.random() < 0.4 else ["in_person", "video"],
                languages=languages(),
                consent_version="bench",
                consented_at=now,
                confirmed_at=confirmed_at or now - timedelta(days=float(rng.integers(0, 60))),
                status="open",
            )
            for i in range(n_requests)
        )
        HelpRequest.topics.through.objects.bulk_create(
            HelpRequest.topics.through(helprequest_id=r.pk, topic_id=t.pk)
            for r in requests
            for t in pick_topics(1, 3)
        )


def timed(function, repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/landvorteil_bench"
    )
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--mentors", type=int, default=3_000)
    parser.add_argument("--views", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    setup_django(args.database_url)
    seed(args.requests, args.mentors, args.seed)

    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from accounts.models import User
    from accounts.roles import Role
    from accounts.services import user_assign_role
    from founders.models import HelpRequest
    from matching.models import MatchingRun
    from matching.selectors import matching_input
    from matching.services import matching_run_execute, matching_run_start

    print(f"database: {connection.vendor}, {args.requests} requests × {args.mentors} mentors")
    with CaptureQueriesContext(connection) as queries:
        load_s, data = timed(matching_input)
    print(f"load engine input     {load_s:7.3f} s median  ({len(queries) // 3} queries)")
    run = matching_run_start(trigger=MatchingRun.Trigger.COMMAND, enqueue=False)
    started = time.perf_counter()
    run = matching_run_execute(run_id=run.pk)
    total = time.perf_counter() - started
    store = run.database_seconds - load_s
    print(
        f"whole run             {total:7.3f} s   engine {run.engine_seconds:.3f} s, "
        f"database {run.database_seconds:.3f} s (load ≈ {load_s:.3f}, store ≈ {store:.3f}; "
        f"target ≤ 3 s)"
    )
    print(
        f"served                {run.served_count} of {run.requests_count} "
        f"({run.candidates_count} feasible pairs)"
    )

    settings.ALLOWED_HOSTS = ["*"]
    user, _created = User.objects.get_or_create(email="koordination@bench.invalid")
    user_assign_role(user=user, role=Role.COORDINATOR)
    client = Client()
    client.force_login(user)
    ids = list(HelpRequest.objects.filter(status="open").values_list("pk", flat=True))

    random.seed(args.seed)
    client.get(f"/admin/matching/requests/{ids[0]}/suggestions/")  # warm-up (imports)
    times = []
    for pk in random.sample(ids, min(args.views, len(ids))):
        started = time.perf_counter()
        response = client.get(f"/admin/matching/requests/{pk}/suggestions/")
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    times.sort()
    p50, p95 = times[len(times) // 2], times[int(len(times) * 0.95) - 1]
    print(f"admin suggestion page p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  (target p95 ≤ 50 ms)")
    del data


if __name__ == "__main__":
    main()
