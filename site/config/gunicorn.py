"""gunicorn settings: `gunicorn config.wsgi --chdir site -c python:config.gunicorn …` (README);
what the command line says besides wins (--workers, --bind).

Garbage collection: a worker holds ~300,000 objects once Django, Wagtail and the site are loaded.
Python's full collection walks all of them — ~130 ms on the 2-core host, during which the worker
answers nobody, which is where the slowest responses came from (bench/http/run.py). They live
as long as the worker, so they are moved out of the collector's sight (gc.freeze): once the
application is loaded, and once more when the first requests have compiled templates, loaded
translations and filled Django's and Wagtail's own caches (~45,000 more objects).
"""

import gc

FREEZE_AGAIN_AFTER_REQUESTS = 200


def post_worker_init(worker) -> None:
    gc.collect()
    gc.freeze()


def post_request(worker, req, environ, resp) -> None:
    if worker.nr == FREEZE_AGAIN_AFTER_REQUESTS:
        gc.freeze()
