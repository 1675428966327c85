"""Plain data the engine works on: open requests, matchable mentors, excluded pairs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

# Bit i of a language mask stands for LANGUAGES[i]; the order only has to be stable.
LANGUAGES: tuple[str, ...] = (
    "de",
    "en",
    "pl",
    "uk",
    "ru",
    "tr",
    "ar",
    "fa",
    "ro",
    "bg",
    "da",
    "nl",
    "fr",
    "es",
    "it",
    "vi",
)
_LANGUAGE_BIT = {code: i for i, code in enumerate(LANGUAGES)}


def language_mask(codes: Iterable[str]) -> int:
    """Bitmask of ISO 639-1 codes; unknown codes are an error, not a silent miss."""
    mask = 0
    for code in codes:
        mask |= 1 << _LANGUAGE_BIT[code]
    return mask


def language_codes(mask: int) -> list[str]:
    return [code for i, code in enumerate(LANGUAGES) if mask >> i & 1]


def topic_matrix(topic_sets: Sequence[Iterable[int]], *, n_topics: int) -> sp.csr_matrix:
    """Sparse 0/1 matrix rows × topics from one set of topic indices per row."""
    indptr = [0]
    indices: list[int] = []
    for topics in topic_sets:
        row = sorted(set(topics))
        indices.extend(row)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    return sp.csr_matrix(
        (data, np.asarray(indices, dtype=np.int64), np.asarray(indptr, dtype=np.int64)),
        shape=(len(indptr) - 1, n_topics),
    )


def _f(values: object) -> np.ndarray:
    return np.asarray(values, dtype=np.float64)


@dataclass(frozen=True, eq=False)
class Requests:
    """Open help requests, one row each; lat/lon in degrees."""

    ids: np.ndarray
    topics: sp.csr_matrix
    languages: np.ndarray  # uint64 masks, see LANGUAGES
    in_person: np.ndarray  # founder accepts meeting in person
    remote: np.ndarray  # founder accepts video or phone
    lat: np.ndarray
    lon: np.ndarray
    waiting_days: np.ndarray
    texts: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        n = len(self.ids)
        object.__setattr__(self, "ids", np.asarray(self.ids, dtype=np.int64))
        object.__setattr__(self, "topics", sp.csr_matrix(self.topics, dtype=np.float64))
        object.__setattr__(self, "languages", np.asarray(self.languages, dtype=np.uint64))
        object.__setattr__(self, "in_person", np.asarray(self.in_person, dtype=bool))
        object.__setattr__(self, "remote", np.asarray(self.remote, dtype=bool))
        for name in ("lat", "lon", "waiting_days"):
            object.__setattr__(self, name, _f(getattr(self, name)))
        if not self.texts:
            object.__setattr__(self, "texts", [""] * n)
        _check_lengths(self, n, ("languages", "in_person", "remote", "lat", "lon", "waiting_days"))
        if self.topics.shape[0] != n or len(self.texts) != n:
            raise ValueError("topics and texts need one row per request")

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True, eq=False)
class Mentors:
    """Matchable mentors, one row each; capacity is what remains after approved/pending matches."""

    ids: np.ndarray
    topics: sp.csr_matrix
    languages: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    radius_km: np.ndarray
    remote: np.ndarray  # offers video or phone
    capacity: np.ndarray  # remaining places, >= 0
    load: np.ndarray  # places already taken
    texts: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        n = len(self.ids)
        object.__setattr__(self, "ids", np.asarray(self.ids, dtype=np.int64))
        object.__setattr__(self, "topics", sp.csr_matrix(self.topics, dtype=np.float64))
        object.__setattr__(self, "languages", np.asarray(self.languages, dtype=np.uint64))
        object.__setattr__(self, "remote", np.asarray(self.remote, dtype=bool))
        for name in ("lat", "lon", "radius_km"):
            object.__setattr__(self, name, _f(getattr(self, name)))
        object.__setattr__(self, "capacity", np.asarray(self.capacity, dtype=np.int64))
        object.__setattr__(self, "load", np.asarray(self.load, dtype=np.int64))
        if not self.texts:
            object.__setattr__(self, "texts", [""] * n)
        _check_lengths(
            self, n, ("languages", "lat", "lon", "radius_km", "remote", "capacity", "load")
        )
        if self.topics.shape[0] != n or len(self.texts) != n:
            raise ValueError("topics and texts need one row per mentor")
        if (self.capacity < 0).any() or (self.load < 0).any():
            raise ValueError("capacity and load must be >= 0")

    def __len__(self) -> int:
        return len(self.ids)


def _check_lengths(obj: object, n: int, names: Sequence[str]) -> None:
    for name in names:
        if len(getattr(obj, name)) != n:
            raise ValueError(f"{name} needs {n} entries")
