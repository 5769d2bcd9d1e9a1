"""Render cost of a building-block page: queries and time, uncached vs from the page cache.

Needs a seeded database (``manage.py seed_demo``). Prints one JSON line.
Run: .venv/bin/python -m benchmarks.toolkit_render
"""

import json
import os
import statistics
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenspel.settings.dev")
django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from samenspel.cache import PAGES  # noqa: E402

ROUNDS = 20
URLS = ["/bouwstenen/privacy/", "/bouwstenen/privacy/werkkaart/pdf/", "/zoeken/?q=gezinspatronen"]


def measure(client, url, cached):
    times, queries = [], 0
    for _ in range(ROUNDS):
        if not cached:
            PAGES.bump()
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(url, HTTP_HOST="localhost")
            times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(captured)
    return {"median_ms": round(statistics.median(times), 1), "queries": queries}


def main():
    settings.ALLOWED_HOSTS = ["*"]
    cache.clear()
    client = Client()
    client.get(URLS[0], HTTP_HOST="localhost")
    result = {"database": connection.vendor, "rounds": ROUNDS}
    for url in URLS:
        result[url] = {
            "uncached": measure(client, url, cached=False),
            "cached": measure(client, url, cached=True),
        }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
