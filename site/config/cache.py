"""Django's Redis cache, keeping one Redis client per connection pool instead of one per call.

Django builds a new redis.Redis for every cache operation; redis-py fills a few hundred response
callbacks into a case-insensitive dict each time, which cost more CPU than the round trip itself
(a page with a handful of cached fragments spent ~0.8 ms of its ~4 ms there). A client is only a
handle on its pool and safe to share between threads; the pool reconnects after a fork.
Django offers no public hook for this: _get_connection_pool, _client and RedisCache._class are
its private names (pinned: tests/test_private_api_pins.py).
"""

from django.core.cache.backends import redis


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write: bool = False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._class = RedisCacheClient
