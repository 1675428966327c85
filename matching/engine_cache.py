"""What the engine prepares once per process and reuses: the mentor index (rebuilt when the
mentors' profiles change) and the raw text vectors of every text seen (bounded)."""

import threading

from matching.engine.data import Mentors
from matching.engine.index import MentorIndex, mentor_fingerprint
from matching.engine.text import TextVectorCache

TEXT_CACHE = TextVectorCache(maxsize=100_000)
_lock = threading.Lock()
_index: MentorIndex | None = None


def mentor_index(mentors: Mentors) -> MentorIndex:
    """An index for exactly these mentors; capacity and load changes need no rebuild."""
    global _index
    fingerprint = mentor_fingerprint(mentors)
    with _lock:
        if _index is None or _index.fingerprint != fingerprint:
            _index = MentorIndex(mentors, cache=TEXT_CACHE).warm()
        return _index
