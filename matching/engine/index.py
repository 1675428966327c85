"""A prepared, reusable mentor side: places, topic IDF, text and word vectors.

Build it once per mentor set and pass it to candidates/score/suggest; per call those take only
what changes often (capacity, load) from the Mentors they are given. Rebuild when the mentors'
ids, topics, languages, places, radius, remote offer or texts change: `mentor_fingerprint` says
which those were.
"""

from __future__ import annotations

import hashlib
from functools import cached_property

import numpy as np

from matching.engine.data import Mentors
from matching.engine.text import MentorTexts, TextVectorCache
from matching.engine.words import MentorWords

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)


def mentor_fingerprint(mentors: Mentors) -> str:
    """Hash of everything an index prepares; capacity and load are left out on purpose."""
    h = hashlib.blake2b(digest_size=16)
    for array in (
        mentors.ids,
        mentors.topics.indptr,
        mentors.topics.indices,
        mentors.languages,
        mentors.lat,
        mentors.lon,
        mentors.radius_km,
        mentors.remote,
    ):
        h.update(np.ascontiguousarray(array).tobytes())
        h.update(b"|")
    h.update(str(mentors.topics.shape[1]).encode())
    for text in mentors.texts:
        h.update(text.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


class MentorIndex:
    """What candidates, score and suggest would otherwise recompute from the mentors per call.

    Text and word parts are built on first use (call `warm()` to build them up front); the text
    part reads mentor texts through `cache` when one is given.
    """

    def __init__(self, mentors: Mentors, *, cache: TextVectorCache | None = None) -> None:
        self.n = len(mentors)
        self.ids = mentors.ids.copy()
        self.topics = mentors.topics.copy()
        self.topics_dense = self.topics.toarray()
        self.languages = mentors.languages.copy()
        self.radius_km = mentors.radius_km.copy()
        self.remote = mentors.remote.copy()
        self._texts = list(mentors.texts)
        self._cache = cache
        self._mentors = mentors

        df = np.asarray(self.topics.sum(axis=0)).ravel()
        self.topic_idf = np.log((1 + self.n) / (1 + df)) + 1  # rare topics weigh more

        # Places as unit vectors: "within r km" becomes "squared chord <= 4 sin²(r / 2R)", one
        # small matrix product per block of pairs (see candidates). Radius 0: not in person.
        lat, lon = np.radians(mentors.lat), np.radians(mentors.lon)
        self.place_rad = np.c_[lat, lon]
        xyz = np.c_[np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)]
        # Times a request's (unit vector, 1, offset) this gives the squared chord (+ offset).
        self.place_factors = np.r_[-2 * xyz.T, np.full((1, self.n), 2.0), np.ones((1, self.n))]
        angle = np.minimum(self.radius_km / EARTH_RADIUS_KM, np.pi)
        self.reach_chord2 = np.where(self.radius_km > 0, 4 * np.sin(angle / 2) ** 2, -1.0)
        self.topic_factors = np.ascontiguousarray(self.topics_dense.T, dtype=np.float32)

    @cached_property
    def fingerprint(self) -> str:
        return mentor_fingerprint(self._mentors)

    @cached_property
    def position(self) -> dict[int, int]:
        return {int(i): n for n, i in enumerate(self.ids)}

    @cached_property
    def texts(self) -> MentorTexts:
        return MentorTexts.build(self._texts, cache=self._cache)

    @cached_property
    def words(self) -> MentorWords:
        return MentorWords.build(self._texts)

    def warm(self) -> MentorIndex:
        """Build every lazy part now, so no later call pays for it."""
        _ = self.fingerprint, self.position, self.texts, self.words
        self._mentors = None  # type: ignore[assignment]  # nothing left to read from it
        return self

    def check(self, mentors: Mentors) -> None:
        """Cheap guard that `mentors` has the rows this index was built for, in that order."""
        if len(mentors) != self.n or not np.array_equal(mentors.ids, self.ids):
            raise ValueError("the mentor index was built for other mentors; rebuild it")
