"""Seeded region-shaped matching instances and the baselines bench/matching.py compares against.

Places cluster around the towns of Herzogtum Lauenburg and Ludwigslust-Parchim; topics follow a
skewed demand; texts are German. Baselines: a naive pure-Python per-pair loop with greedy
assignment, greedy assignments on the engine's own candidates, and exact scipy references.
Importing it costs numpy and the engine's data module only (the scipy solvers are imported where
they run), so the cold-process timing in bench/matching_cold.py charges no bench-only imports.
"""

from __future__ import annotations

import math
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from matching.engine.data import LANGUAGES, Mentors, Requests, topic_matrix
from matching.engine.weights import DEFAULT_WEIGHTS, PARTS

if TYPE_CHECKING:
    from matching.engine.candidates import Candidates

N_TOPICS = 12
# (lat, lon, inhabitants in thousands): the towns are the cluster centres, weighted by size.
TOWNS = {
    "Geesthacht": (53.437, 10.368, 31), "Mölln": (53.627, 10.687, 19),
    "Schwarzenbek": (53.504, 10.479, 16), "Ratzeburg": (53.699, 10.772, 15),
    "Lauenburg/Elbe": (53.376, 10.559, 12), "Büchen": (53.480, 10.617, 6),
    "Parchim": (53.426, 11.848, 18), "Ludwigslust": (53.329, 11.497, 12),
    "Hagenow": (53.431, 11.187, 12), "Boizenburg": (53.381, 10.722, 10),
    "Neustadt-Glewe": (53.379, 11.593, 7), "Wittenburg": (53.506, 11.069, 6),
    "Lübz": (53.462, 12.029, 6), "Plau am See": (53.458, 12.263, 6),
    "Grabow": (53.280, 11.565, 6), "Zarrentin": (53.551, 10.918, 5),
    "Crivitz": (53.573, 11.650, 5), "Lübtheen": (53.306, 11.083, 5),
    "Sternberg": (53.711, 11.829, 4), "Goldberg": (53.588, 12.090, 4),
    "Dömitz": (53.141, 11.250, 3), "Brüel": (53.740, 11.717, 3),
}  # fmt: skip
TOPIC_WORDS = [
    "Steuern Umsatzsteuer Buchhaltung Steuerberatung Finanzamt",
    "Recht Gesellschaftsvertrag GmbH Haftung Gewerbeanmeldung",
    "Finanzierung Businessplan Kredit Fördermittel Gründungszuschuss",
    "Marketing Website Werbung Kundengewinnung Social-Media",
    "Vertrieb Angebot Preiskalkulation Verhandlung Kunden",
    "Personal Einstellung Arbeitsvertrag Mitarbeitende Minijob",
    "Handwerk Meisterbetrieb Werkstatt Handwerkskammer Ausbildung",
    "Landwirtschaft Hofladen Direktvermarktung Biohof Ferienwohnung",
    "Gastronomie Café Konzession Hygiene Tourismus",
    "Digitalisierung Software Onlineshop Datenschutz IT",
    "Nachfolge Übergabe Betriebsübernahme Unternehmensbewertung",
    "Versicherung Vorsorge Krankenversicherung Rente Absicherung",
]
FILLER = "ich brauche Hilfe bei mit Erfahrung in unterstütze gern Fragen zu und für".split()  # noqa: SIM905


def places(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Two thirds in a town, one third in the villages around it; clipped to the region."""
    towns = np.array(list(TOWNS.values()))
    pick = towns[rng.choice(len(towns), n, p=towns[:, 2] / towns[:, 2].sum())]
    spread_km = np.where(rng.random(n) < 2 / 3, 3.0, 12.0)
    lat = pick[:, 0] + rng.normal(0, 1, n) * spread_km / 111.0
    lon = pick[:, 1] + rng.normal(0, 1, n) * spread_km / (111.0 * math.cos(math.radians(53.5)))
    return np.clip(lat, 53.0, 53.9), np.clip(lon, 10.3, 12.4)


def languages(rng: np.random.Generator, n: int, *, german: float) -> np.ndarray:
    bit = {code: np.uint64(1 << i) for i, code in enumerate(LANGUAGES)}
    masks = np.where(rng.random(n) < german, bit["de"], np.uint64(0))
    masks |= np.where(rng.random(n) < 0.35, bit["en"], np.uint64(0))
    other = rng.choice(["pl", "uk", "ru", "tr", "ar"], n)
    extra = np.array([bit[c] for c in other], dtype=np.uint64)
    masks |= np.where((rng.random(n) < 0.08) | (masks == 0), extra, np.uint64(0))
    return masks.astype(np.uint64)


def topic_sets(rng: np.random.Generator, n: int, high: int, skew: float) -> list[list[int]]:
    popularity = 1 / np.arange(1, N_TOPICS + 1) ** skew  # a few topics are asked for far more
    popularity /= popularity.sum()
    sizes = rng.integers(1, high + 1, n)
    return [rng.choice(N_TOPICS, k, replace=False, p=popularity).tolist() for k in sizes]


def texts(rng: np.random.Generator, topic_lists: list[list[int]]) -> list[str]:
    out = []
    for topics in topic_lists:
        words = " ".join(TOPIC_WORDS[t] for t in topics).split()
        chosen = rng.choice(words, min(len(words), 5), replace=False).tolist()
        out.append(" ".join(rng.choice(FILLER, 3).tolist() + chosen))
    return out


# How founders and mentors can meet. "region": as bench/matching.py times it (mentors drive
# 10–80 km, many meet by video, running matches hold a third of the places). "rural": a harder
# season start for the served-versus-greedy comparison: specialists (1–2 topics) who drive
# 5–25 km, few meet by video, most founders only in person, every place free.
SHAPES = {
    "region": dict(topics=4, radius=(10, 80), remote=0.4, in_person_only=0.35, taken=0.3),
    "rural": dict(topics=2, radius=(5, 25), remote=0.1, in_person_only=0.7, taken=0.0),
}


def instance(
    seed: int, n_req: int, n_mentors: int, shape: str = "region"
) -> tuple[Requests, Mentors]:
    how = SHAPES[shape]
    rng = np.random.default_rng(seed)
    r_topics = topic_sets(rng, n_req, 3, skew=1.0)
    m_topics = topic_sets(rng, n_mentors, how["topics"], skew=0.5)  # supply flatter than demand
    r_lat, r_lon = places(rng, n_req)
    m_lat, m_lon = places(rng, n_mentors)
    fmt = rng.random(n_req)  # in person only, either (the most), remote only (15 %)
    requests = Requests(
        ids=np.arange(n_req),
        topics=topic_matrix(r_topics, n_topics=N_TOPICS),
        languages=languages(rng, n_req, german=0.96),
        in_person=fmt < 0.85,
        remote=fmt >= how["in_person_only"],
        lat=r_lat,
        lon=r_lon,
        waiting_days=np.rint(rng.exponential(30, n_req)),
        texts=texts(rng, r_topics),
    )
    total = rng.integers(1, 6, n_mentors)  # places a mentor offers, 1–5
    load = rng.binomial(total, how["taken"])  # places taken by running matches
    mentors = Mentors(
        ids=np.arange(n_mentors),
        topics=topic_matrix(m_topics, n_topics=N_TOPICS),
        languages=languages(rng, n_mentors, german=0.99),
        lat=m_lat,
        lon=m_lon,
        radius_km=rng.uniform(*how["radius"], n_mentors),
        remote=rng.random(n_mentors) < how["remote"],
        capacity=total - load,
        load=load,
        texts=texts(rng, m_topics),
    )
    return requests, mentors


def subset(requests: Requests, rows) -> Requests:
    """The given rows of `requests` (positions), in that order."""
    rows = np.asarray(rows, dtype=np.int64)
    return replace(
        requests,
        ids=requests.ids[rows],
        topics=requests.topics[rows],
        languages=requests.languages[rows],
        in_person=requests.in_person[rows],
        remote=requests.remote[rows],
        lat=requests.lat[rows],
        lon=requests.lon[rows],
        waiting_days=requests.waiting_days[rows],
        texts=[requests.texts[i] for i in rows.tolist()],
    )


def describe(n_req: int, mentors: Mentors, cands: Candidates, *, seed: int, shape: str) -> dict:
    """What a table prints about its instance; `cands` are all feasible pairs."""
    per_request = np.bincount(cands.req, minlength=n_req)
    return {
        "shape": shape,
        "seed": seed,
        "requests": n_req,
        "mentors": len(mentors),
        "mentors_free": int(np.count_nonzero(mentors.capacity > 0)),
        "places": int(mentors.capacity.sum()),
        "pairs": len(cands),
        "median_feasible": float(np.median(per_request)),
        "no_feasible": int(np.count_nonzero(per_request == 0)),
    }


def instance_line(info: dict) -> str:
    return (
        f"instance: {info['shape']} shape, seed {info['seed']}: {info['requests']:,} requests × "
        f"{info['mentors']:,} mentors ({info['mentors_free']:,} with {info['places']:,} free "
        f"places); {info['pairs']:,} feasible pairs, median {info['median_feasible']:.0f} "
        f"feasible mentors per request ({info['no_feasible']:,} requests with none)"
    )


def naive(requests: Requests, mentors: Mentors) -> tuple[int, float, int]:
    """What an obvious implementation does: every pair in Python, then greedy by score."""
    w = dict(zip(PARTS, DEFAULT_WEIGHTS.as_array(), strict=True))
    r_topics = [set(requests.topics[i].indices.tolist()) for i in range(len(requests))]
    m_topics = [set(mentors.topics[j].indices.tolist()) for j in range(len(mentors))]
    df = [sum(t in s for s in m_topics) for t in range(N_TOPICS)]
    idf = [math.log((1 + len(mentors)) / (1 + d)) + 1 for d in df]
    r_words = [set(t.lower().split()) for t in requests.texts]
    m_words = [set(t.lower().split()) for t in mentors.texts]
    r_lang, m_lang = requests.languages.tolist(), mentors.languages.tolist()
    pairs = []
    for i in range(len(requests)):
        lat1, lon1 = math.radians(requests.lat[i]), math.radians(requests.lon[i])
        for j in range(len(mentors)):
            cap = int(mentors.capacity[j])
            shared = r_topics[i] & m_topics[j]
            if cap <= 0 or not shared or not r_lang[i] & m_lang[j]:
                continue
            lat2, lon2 = math.radians(mentors.lat[j]), math.radians(mentors.lon[j])
            h = math.sin((lat2 - lat1) / 2) ** 2
            h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
            dist = 2 * 6371.0088 * math.asin(math.sqrt(h))
            near = requests.in_person[i] and dist <= mentors.radius_km[j]
            online = requests.remote[i] and mentors.remote[j]
            if not (near or online):
                continue
            union = r_words[i] | m_words[j]  # word Jaccard: cheaper than the engine's TF-IDF
            wanted = int(requests.in_person[i]) + int(requests.remote[i])
            lang = bin(r_lang[i] & m_lang[j]).count("1") / bin(r_lang[i]).count("1")
            s = (
                w["topic"] * sum(idf[t] for t in shared) / sum(idf[t] for t in r_topics[i])
                + w["text"] * len(r_words[i] & m_words[j]) / max(len(union), 1)
                + w["distance"] * (math.exp(-dist / 25.0) if near else 0.0)
                + w["fit"] * ((int(near) + int(online)) / wanted + lang) / 2
                + w["waiting"] * (1 - math.exp(-requests.waiting_days[i] / 30.0))
                + w["load"] * cap / max(cap + int(mentors.load[j]), 1)
            )
            pairs.append((s, i, j))
    pairs.sort(reverse=True)
    left, taken, total = mentors.capacity.tolist(), set(), 0.0
    for s, i, j in pairs:
        if i not in taken and left[j] > 0:
            taken.add(i)
            left[j] -= 1
            total += s
    return len(taken), total, len(pairs)


def greedy(cands: Candidates, scores: np.ndarray, capacity: np.ndarray, order: np.ndarray):
    """Walk candidate pairs in `order`; a pair is taken when its request and mentor are free."""
    left, taken, total = capacity.tolist(), set(), 0.0
    req, mentor, s = cands.req[order].tolist(), cands.mentor[order].tolist(), scores[order]
    for n, (r, m) in enumerate(zip(req, mentor, strict=True)):
        if r not in taken and left[m] > 0:
            taken.add(r)
            left[m] -= 1
            total += s[n]
    return len(taken), float(total)


def greedy_by_score(cands: Candidates, scores: np.ndarray, capacity: np.ndarray):
    return greedy(cands, scores, capacity, np.argsort(-scores, kind="stable"))


def greedy_first_come(cands, scores, capacity, waiting_days: np.ndarray):
    """Longest-waiting request first; each takes its best mentor with a free place."""
    order = np.lexsort((-scores, np.argsort(np.argsort(-waiting_days, kind="stable"))[cands.req]))
    return greedy(cands, scores, capacity, order)


def dense_exact(cands: Candidates, scores: np.ndarray, capacity: np.ndarray, n_req: int):
    """Slot-expanded dense linear_sum_assignment, lexicographic: served first, then score."""
    from scipy.optimize import linear_sum_assignment

    slots = np.repeat(np.arange(len(capacity)), capacity)
    score_m = np.full((n_req, len(capacity)), np.nan)
    score_m[cands.req, cands.mentor] = scores
    gain = np.where(np.isnan(score_m), 0.0, (n_req + 1) + np.nan_to_num(score_m))[:, slots]
    rows, cols = linear_sum_assignment(gain, maximize=True)
    got = gain[rows, cols] > 0
    return int(got.sum()), float(np.nan_to_num(score_m)[rows, slots[cols]][got].sum())


def sparse_exact(cands: Candidates, scores: np.ndarray, capacity: np.ndarray, n_req: int):
    """The same optimum on the sparse graph: slots × (requests + one 'nobody' column per slot).

    Every slot must be matched; 'nobody' costs more than any served pair could ever save, so the
    minimum serves as many as possible first, then maximises the score (costs 1 + eps - score).
    Returns (served, score, seconds spent in scipy's solver itself).
    """
    import scipy.sparse as sp
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    n_slots = int(capacity.sum())
    first = np.concatenate([[0], np.cumsum(capacity)[:-1]])
    per = capacity[cands.mentor]
    arc = np.repeat(np.arange(len(cands)), per)
    slot = np.repeat(first[cands.mentor], per) + (
        np.arange(len(arc)) - np.repeat(np.cumsum(per) - per, per)
    )
    cost = 1.0 + 1e-6 - scores[arc]
    rows = np.concatenate([slot, np.arange(n_slots)])
    cols = np.concatenate([cands.req[arc], n_req + np.arange(n_slots)])
    data = np.concatenate([cost, np.full(n_slots, float(n_slots + 2))])
    graph = sp.csr_matrix((data, (rows, cols)), shape=(n_slots, n_req + n_slots))
    started = time.perf_counter()
    slot_rows, matched = min_weight_full_bipartite_matching(graph)
    solve_seconds = time.perf_counter() - started
    served = matched < n_req
    req_of_slot = matched[served]
    mentor_of_slot = np.repeat(np.arange(len(capacity)), capacity)[slot_rows[served]]
    # Each chosen (request, mentor) pair's score, looked up among the sorted pair keys.
    keys = cands.req.astype(np.int64) * len(capacity) + cands.mentor
    order = np.argsort(keys, kind="stable")
    wanted = req_of_slot.astype(np.int64) * len(capacity) + mentor_of_slot
    found = order[np.searchsorted(keys[order], wanted)]
    assert np.array_equal(keys[found], wanted)
    return int(served.sum()), float(scores[found].sum()), solve_seconds
