# ruff: noqa: S603 (starts only our own manage.py and gunicorn, with fixed arguments)
"""Site load: requests/s and p50/p95 latency of the main pages under gunicorn with production
settings on PostgreSQL, each against a static HTML copy of the same page served by the same
server (whitenoise from STATIC_ROOT), plus SQL queries per page.

    .venv/bin/python -m benchmarks.site_load        (the whole `make bench` is `-m benchmarks`)

Steps: a throw-away PostgreSQL database (next to DATABASE_URL, or on 127.0.0.1:5432), migrate,
seed_demo, collectstatic; an in-process probe (Django test client + CaptureQueriesContext)
counts the queries of each page and writes its HTML into STATIC_ROOT; then gunicorn (3 workers)
on a loopback port, and this process loads each page and its static copy with 20 concurrent
keep-alive clients, bounded in requests and seconds. Endpoints whose feature is not there are
skipped with a note. Prints one JSON line; writes the "Site" section of docs/benchmarks.md.
"""

import importlib.util
import json
import os
import subprocess  # noqa: S404
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from benchmarks.common import (
    PYTHON,
    ROOT,
    free_port,
    json_line,
    load,
    log_in,
    manage,
    production_environment,
    redis_url,
    start_gunicorn,
    stop,
    throwaway_database,
    write_marked_section,
)
from benchmarks.front_cache import front_cache

CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "20"))
MAX_REQUESTS = int(os.environ.get("BENCH_MAX_REQUESTS", "3000"))
MAX_SECONDS = float(os.environ.get("BENCH_SECONDS", "5"))
FRONT_REQUESTS = 4 * MAX_REQUESTS  # the front cache answers ~10x faster: keep it measurable
WORKERS = int(os.environ.get("BENCH_WORKERS", "3"))
REDIS_DB = 14  # dedicated to benchmarks; flushed first
MEMBER = "professional.lt@samenspel.example"
STATIC_DIR = "bench-static"

# Targets from the issue (2-core machine).
TARGET_CACHED_RATIO = 0.6  # anonymous cached pages vs the static copy, through the app
TARGET_FRONT_RATIO = 0.9  # the same through the front cache (nginx proxy_cache)
TARGET_LOGGED_IN_P95_MS = 75
TARGET_SEARCH_P95_MS = 100
TARGET_OEMBED_RATIO = 0.5


# --- the in-process probe: which pages exist, their queries, their static copies -----------------


def endpoints(port):
    """(key, label, path, logged_in, cached) for every endpoint whose feature has landed, and
    notes for the ones that have not."""
    from django.urls import NoReverseMatch, reverse

    found, notes = [], []

    def route(name, **query):
        try:
            path = reverse(name)
        except NoReverseMatch:
            notes.append(f"{name}: no such URL yet, skipped")
            return None
        return path + ("?" + "&".join(f"{k}={quote(v)}" for k, v in query.items()) if query else "")

    found.append(("home", "Home page", "/", False, True))
    block = None
    try:
        from toolkit.models import BuildingBlockPage

        block = BuildingBlockPage.objects.live().public().order_by("path").first()
    except ImportError:
        pass
    if block is None:
        notes.append("building block: no live BuildingBlockPage, skipped")
    else:
        found.append(("block_anonymous", "Building block, anonymous", block.url, False, True))
        found.append(("block_member", "Building block, logged in", block.url, True, False))
    if path := route("toolkit:search", q="gezin"):
        found.append(("search", "Search", path, False, False))
    if path := route("casebank:search", q="school"):
        found.append(("casebank_search", "Case-bank search", path, False, False))
    if block is not None and (embed := embed_path(block, notes)):
        found.append(("embed", "Embed view", embed, False, True))
        try:
            url = f"http://127.0.0.1:{port}{embed}"
            found.append(
                ("oembed", "oEmbed", f"{reverse('embed:oembed')}?url={quote(url, safe='')}"
                 "&format=json", False, False)
            )  # fmt: skip
        except NoReverseMatch:
            notes.append("embed:oembed: no such URL yet, skipped")
    return found, notes


def embed_path(block, notes):
    """/embed/<organisation>/<page path>/ for Delft, with embedding switched on."""
    try:
        from embed.models import EmbedSettings
        from samenspel.models import Organisation
    except ImportError:
        notes.append("embed: app not installed, skipped")
        return None
    delft = Organisation.objects.get(slug="delft")
    EmbedSettings.objects.update_or_create(
        organisation=delft, defaults={"allowed_origins": ["https://intranet.delft.example"]}
    )
    page_path = "/".join(block.url_path.strip("/").split("/")[1:]) + "/"
    return f"/embed/delft/{page_path}"


def probe(port, static_root):
    """Runs inside Django (production settings): prints the endpoints as JSON."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model

    found, notes = endpoints(port)
    member = get_user_model().objects.get(email=MEMBER)
    copies = Path(static_root) / STATIC_DIR
    copies.mkdir(parents=True, exist_ok=True)
    result = []
    for key, label, path, logged_in, cached in found:
        response, counts = fetch(path, port, member if logged_in else None)
        if response.status_code == 302 and not logged_in:  # members only: measure logged in
            logged_in, cached, label = True, False, f"{label}, logged in"
            response, counts = fetch(path, port, member)
        if response.status_code != 200:
            notes.append(f"{label}: HTTP {response.status_code} in the probe, skipped")
            continue
        suffix = ".json" if response["Content-Type"].startswith("application/json") else ".html"
        (copies / f"{key}{suffix}").write_bytes(response.content)
        result.append(
            {
                "key": key,
                "label": label,
                "path": path,
                "logged_in": logged_in,
                "cached": cached,
                "static": f"/static/{STATIC_DIR}/{key}{suffix}",
                "queries_cold": counts[0],
                "queries_warm": counts[1],
                "bytes": len(response.content),
            }
        )
    print(json.dumps({"endpoints": result, "notes": notes}))


def fetch(path, port, user):
    """The response to the second of two GETs, and the query counts of both (cold, warm)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=f"127.0.0.1:{port}")
    if user is not None:
        client.force_login(user)
    counts = []
    for _ in range(2):  # cold (fills caches), then warm
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        counts.append(len(queries))
    return response, counts


# --- the run ------------------------------------------------------------------------------------


def run():
    """The whole site benchmark on its own throw-away database."""
    with (
        tempfile.TemporaryDirectory() as static_root,
        throwaway_database(f"samenspel_bench_{os.getpid()}") as database_url,
    ):
        return run_on(database_url, static_root)


def run_on(database_url, static_root):
    """Migrate and seed ``database_url`` (an empty or earlier benchmark database), then measure."""
    started = time.monotonic()
    redis = redis_url(REDIS_DB)
    env = production_environment(database_url, static_root, REDIS_URL=redis)
    manage(env, "migrate", "--no-input")
    manage(env, "seed_demo")
    manage(env, "collectstatic", "--no-input")
    port = free_port()
    probed = json.loads(
        subprocess.run(
            [PYTHON, "-m", "benchmarks.site_load", "--probe", str(port), static_root],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip().splitlines()[-1]
    )  # fmt: skip
    redis_url(REDIS_DB)  # the probe's cache entries are not the server's warm-up
    server = start_gunicorn(env, port, workers=WORKERS)  # whitenoise indexes STATIC_ROOT now
    other = None
    try:
        other, other_port = start_wagtail_cache(env, probed["notes"])
    except BaseException:
        stop(server)
        raise
    load_before = load_average()
    try:
        session = log_in(port, MEMBER, "samenspel-demo-2026")
        rows = []
        with front_cache(port) as front:
            if front is None:
                probed["notes"].append("front cache: nginx not installed, not measured")
            for endpoint in probed["endpoints"]:
                headers = {"Cookie": session} if endpoint["logged_in"] else None
                path, static_path = endpoint["path"], endpoint["static"]
                page = load(port, path, CONCURRENCY, MAX_REQUESTS, MAX_SECONDS, headers)
                static = load(port, static_path, CONCURRENCY, MAX_REQUESTS, MAX_SECONDS)
                row = {**endpoint, "page": page.summary(), "static_copy": static.summary()}
                if front is not None and not endpoint["logged_in"]:
                    front_page = load(front, path, CONCURRENCY, FRONT_REQUESTS, MAX_SECONDS)
                    front_static = load(
                        front, static_path, CONCURRENCY, FRONT_REQUESTS, MAX_SECONDS
                    )
                    row["front"] = front_page.summary()
                    row["front_static"] = front_static.summary()
                    row["front_status"] = front_status(front, path)
                if other is not None and not endpoint["logged_in"]:
                    row["wagtail_cache"] = load(
                        other_port, path, CONCURRENCY, MAX_REQUESTS, MAX_SECONDS
                    ).summary()
                    row["wagtail_cache_status"] = wagtail_cache_status(other_port, path)
                rows.append(row)
    finally:
        stop(server)
        if other is not None:
            stop(other)
    result = summarise(rows, probed["notes"], redis is not None, time.monotonic() - started)
    result["load_average"] = {"before": load_before, "after": load_average()}
    write_doc(result)
    return result


def start_wagtail_cache(env, notes):
    """A second gunicorn on the same database and Redis with wagtail-cache in place of the
    site's page cache (samenspel.settings.bench_wagtail_cache); (None, None) when wagtail-cache
    is not installed."""
    if importlib.util.find_spec("wagtailcache") is None:
        notes.append("wagtail-cache: not installed (make bench installs it), not measured")
        return None, None
    port = free_port()
    other_env = {**env, "DJANGO_SETTINGS_MODULE": "samenspel.settings.bench_wagtail_cache"}
    return start_gunicorn(other_env, port, workers=WORKERS), port


def wagtail_cache_status(port, path):
    """What wagtail-cache did with one more request for ``path`` (hit, miss, skip)."""
    from benchmarks.common import request

    return request(port, "GET", path)[1].get("X-Wagtail-Cache", "?")


def front_status(port, path):
    """What the front cache did with one more request for ``path`` (HIT, MISS, EXPIRED …)."""
    from benchmarks.common import request

    return request(port, "GET", path)[1].get("X-Front-Cache", "?")


def load_average():
    try:
        return Path("/proc/loadavg").read_text().split()[:3]
    except OSError:
        return None


def ratio(page, static):
    return round(page["rps"] / static["rps"], 3) if static["rps"] else None


def summarise(rows, notes, with_redis, seconds):
    for row in rows:
        row["ratio"] = ratio(row["page"], row["static_copy"])
        if "front" in row:
            row["front_ratio"] = ratio(row["front"], row["front_static"])
        if "wagtail_cache" in row:
            row["wagtail_cache_ratio"] = ratio(row["wagtail_cache"], row["static_copy"])
    errors = sum(row["page"]["errors"] + row["static_copy"]["errors"] for row in rows)
    by_key = {row["key"]: row for row in rows}
    targets = {}
    cached = [row for row in rows if row["cached"] and not row["logged_in"]]
    if cached:
        worst = min(row["ratio"] or 0 for row in cached)
        targets["anonymous_cached_ratio"] = {
            "value": worst,
            "target": f">= {TARGET_CACHED_RATIO}",
            "met": worst >= TARGET_CACHED_RATIO,
        }
    fronted = [
        row for row in cached if row.get("front_ratio") is not None and row["key"] != "embed"
    ]
    if fronted:  # the embed view is counted per view, so it is revalidated, never kept
        worst = min(row["front_ratio"] for row in fronted)
        targets["front_cache_ratio"] = {
            "value": worst,
            "target": f">= {TARGET_FRONT_RATIO}",
            "met": worst >= TARGET_FRONT_RATIO,
        }
    for key, name, goal in (
        ("block_member", "logged_in_block_p95_ms", TARGET_LOGGED_IN_P95_MS),
        ("search", "search_p95_ms", TARGET_SEARCH_P95_MS),
    ):
        if key in by_key:
            p95 = by_key[key]["page"]["p95_ms"]
            targets[name] = {"value": p95, "target": f"< {goal}", "met": p95 < goal}
    if "oembed" in by_key:
        value = by_key["oembed"]["ratio"] or 0
        targets["oembed_ratio"] = {
            "value": value,
            "target": f">= {TARGET_OEMBED_RATIO}",
            "met": value >= TARGET_OEMBED_RATIO,
        }
    targets["errors"] = {"value": errors, "target": "0", "met": errors == 0}
    return {
        "benchmark": "site_load",
        "database": "PostgreSQL",
        "cache": "Redis" if with_redis else "local memory per worker",
        "workers": WORKERS,
        "concurrency": CONCURRENCY,
        "endpoints": rows,
        "notes": notes,
        "targets": targets,
        "all_targets_met": all(t["met"] for t in targets.values()),
        "seconds": round(seconds, 1),
    }


def write_doc(result):
    lines = [
        "## Site",
        "",
        "`.venv/bin/python -m benchmarks.site_load` (part of `make bench`): gunicorn "
        f"({result['workers']} workers, production settings, PostgreSQL, cache: {result['cache']}) "
        f"on loopback, loaded from the benchmark process with {result['concurrency']} concurrent "
        f"keep-alive clients, at most {MAX_REQUESTS} requests or {MAX_SECONDS:.0f} s per URL. "
        "The static copy is the same response saved into STATIC_ROOT and served by whitenoise "
        "from the same server. Front cache: the same pages and static copies through nginx "
        "`proxy_cache` (benchmarks/front_cache.py) in front of that server, in the same run; "
        "logged-in requests pass it by. wagtail-cache: the same anonymous pages from a second "
        "gunicorn (same workers, database and Redis) whose settings "
        "(samenspel.settings.bench_wagtail_cache) put wagtail-cache's middleware in place of the "
        "site's own page cache; its ratio is against the same static copy. Queries: Django test client in-process, first request "
        "(cold caches) and second (warm). Load average (1, 5, 15 min) before the first and after "
        f"the last measurement: {' '.join(result['load_average']['before'] or [])} → "
        f"{' '.join(result['load_average']['after'] or [])}.",
        "",
        "| page | req/s | p50 ms | p95 ms | errors | static req/s | ratio | front req/s "
        "| front p95 ms | front static req/s | front ratio | wagtail-cache req/s "
        "| wagtail-cache p95 ms | wagtail-cache ratio | queries cold/warm |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
        "| ---: | ---: | ---: | ---: |",
    ]
    for row in result["endpoints"]:
        page, static = row["page"], row["static_copy"]
        front, front_static = row.get("front"), row.get("front_static")
        front_cells = (
            f"{front['rps']:.0f} | {front['p95_ms']:.0f} | {front_static['rps']:.0f} | "
            f"{row['front_ratio']:.2f} ({row['front_status']})"
            if front
            else "– | – | – | –"
        )
        other = row.get("wagtail_cache")
        other_cells = (
            f"{other['rps']:.0f} | {other['p95_ms']:.0f} | "
            f"{row['wagtail_cache_ratio']:.2f} ({row['wagtail_cache_status']})"
            if other
            else "– | – | –"
        )
        lines.append(
            f"| {row['label']} (`{row['path'].split('?')[0]}`) | {page['rps']:.0f} | "
            f"{page['p50_ms']:.0f} | {page['p95_ms']:.0f} | {page['errors']} | "
            f"{static['rps']:.0f} | {row['ratio']:.2f} | {front_cells} | {other_cells} | "
            f"{row['queries_cold']}/{row['queries_warm']} |"
        )
    lines += ["", "| target | measured | goal | met |", "| --- | ---: | --- | --- |"]
    for name, target in result["targets"].items():
        met = "yes" if target["met"] else "**no**"
        lines.append(f"| {name} | {target['value']} | {target['target']} | {met} |")
    if result["notes"]:
        lines += ["", "Skipped: " + "; ".join(result["notes"]) + "."]
    write_marked_section("site", "\n".join(lines), before_other_sections=True)


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--probe":
        probe(int(sys.argv[2]), sys.argv[3])
        return
    result = run()
    print(json_line(result))


if __name__ == "__main__":
    main()
