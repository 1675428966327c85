"""What the engine prepares once per process and reuses while the data it came from stand:
the matchable mentors' profiles, their index, and the raw text vectors of every text seen."""

import threading
from collections.abc import Callable, Hashable
from typing import TypeVar

from matching.engine.data import Mentors
from matching.engine.index import MentorIndex
from matching.engine.text import TextVectorCache

T = TypeVar("T")
TEXT_CACHE = TextVectorCache(maxsize=100_000)
_lock = threading.Lock()
_entries: dict[str, tuple[Hashable, object]] = {}


def remembered(name: str, version: Hashable, build: Callable[[], T]) -> T:
    """The value last built under `name` if it was built for `version`, else a fresh one."""
    with _lock:
        entry = _entries.get(name)
        if entry is None or entry[0] != version:
            entry = (version, build())
            _entries[name] = entry
        return entry[1]  # type: ignore[return-value]


def mentor_index(mentors: Mentors, *, version: Hashable) -> MentorIndex:
    """An index for the mentors read at `version`; capacity and load need no rebuild."""
    return remembered("index", version, lambda: MentorIndex(mentors, cache=TEXT_CACHE).warm())
