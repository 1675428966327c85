"""How production serves pages: one Redis client per pool, gunicorn workers out of the way of
the garbage collector."""

import gc

from config import gunicorn
from config.cache import RedisCache


def test_the_redis_cache_reuses_its_client_instead_of_building_one_per_call():
    cache = RedisCache("redis://127.0.0.1:6379/15", {})
    client = cache._cache.get_client("key")
    assert cache._cache.get_client("other", write=True) is client


def test_a_gunicorn_worker_freezes_what_it_loaded_and_again_after_its_first_requests():
    class Worker:
        nr = 0

    try:
        gc.unfreeze()
        gunicorn.post_worker_init(Worker())
        frozen = gc.get_freeze_count()
        assert frozen > 0
        _created_since = [[] for _ in range(1000)]
        worker = Worker()
        worker.nr = gunicorn.FREEZE_AGAIN_AFTER_REQUESTS - 1
        gunicorn.post_request(worker, None, {}, None)
        # Not frozen again yet (the thousand new lists would count); a frozen object may die.
        assert gc.get_freeze_count() <= frozen
        worker.nr = gunicorn.FREEZE_AGAIN_AFTER_REQUESTS
        gunicorn.post_request(worker, None, {}, None)
        assert gc.get_freeze_count() > frozen
    finally:
        gc.unfreeze()
