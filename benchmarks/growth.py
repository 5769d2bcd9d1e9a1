# ruff: noqa: S603 (starts only our own modules and gunicorn, with fixed arguments)
"""Growth: do the main pages keep their query count and latency when the content grows 10×?

    .venv/bin/python -m benchmarks.growth          (part of `make bench`)
    BENCH_GROWTH_LEVELS=demo,1,3,10 .venv/bin/python -m benchmarks.growth

Issue 14's target: with 10× the content (1,000 building blocks, 100,000 comments, 100,000 cases,
100,000 questionnaire responses) each page's query count stays constant and p95 grows by less
than 1.5×. A level ``x`` here means x/10 of that content: ``10`` is the target itself, ``1`` is
100 building blocks and 10,000 of the rest, ``demo`` is the seeded demo as it is.

Steps: a copy of the seeded database that `make bench` hands over in DATABASE_URL (``CREATE
DATABASE … TEMPLATE``, so the other benchmarks keep the plain demo; without a seeded database a
throw-away one is migrated and seeded), the Wagtail search index built (the benchmark has no task
worker). Then for each level: grow the content with bulk inserts (a subprocess, production
settings), count each page's queries in-process (Django test client, first and second request),
and load each page under gunicorn with 20 concurrent clients (p50/p95), Redis flushed first.
The page list comes from the page tree (home and its sections, a chapter, a building block) and
the URL names of the list and detail views. Prints one JSON line last; writes the "Growth"
section of docs/benchmarks.md, and the "Growth at 10×" section when the run reached level 10.
"""

import json
import os
import random
import subprocess  # noqa: S404
import sys
import tempfile
import time
from datetime import timedelta

from benchmarks.common import (
    PYTHON,
    ROOT,
    free_port,
    json_line,
    load,
    manage,
    postgres_server_url,
    production_environment,
    redis_url,
    start_gunicorn,
    stop,
    throwaway_database,
    write_marked_section,
)

LEVELS = [
    level.strip()
    for level in os.environ.get("BENCH_GROWTH_LEVELS", "demo,1").split(",")
    if level.strip()
]
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "20"))
MAX_REQUESTS = int(os.environ.get("BENCH_GROWTH_MAX_REQUESTS", "1000"))
MAX_SECONDS = float(os.environ.get("BENCH_GROWTH_SECONDS", "1.5"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "3"))
REDIS_DB = int(os.environ.get("BENCH_GROWTH_REDIS_DB", "13"))  # dedicated; flushed per level
USERS = {
    "professional": "professional.lt@samenspel.example",
    "facilitator": "facilitator@samenspel.example",
    "taskteam": "taskteam@samenspel.example",
}
# Content at level 10 (issue 14); level x is x/10 of it.
TARGET = {"blocks": 1_000, "comments": 100_000, "cases": 100_000, "responses": 100_000}
RESPONSES_PER_ROUND = 200  # a municipality's round; the responses come as more rounds
TARGET_P95_RATIO = 1.5
SEED = 2026


def level_counts(level):
    if level == "demo":
        return None
    factor = float(level) / 10
    return {kind: round(count * factor) for kind, count in TARGET.items()}


# --- growing the content (runs inside Django) ----------------------------------------------------


def grow(want):
    """Bring the database up to ``want`` building blocks, comments, cases and responses."""
    import django

    django.setup()
    from django.db import connection, transaction

    rng = random.Random(f"{SEED}-{sorted(want.items())}")
    timings = {}
    for kind, function in (
        ("blocks", grow_blocks),
        ("comments", grow_comments),
        ("cases", grow_cases),
        ("responses", grow_responses),
    ):
        started = time.monotonic()
        with transaction.atomic():
            function(want[kind], rng)
        timings[kind] = round(time.monotonic() - started, 1)
    # Fresh planner statistics, as autovacuum would gather them in production: without them
    # PostgreSQL plans for the demo's dozen cases and sorts 100,000 where an index would do.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(json.dumps({"timings": timings, "counts": current_counts()}))


def current_counts():
    from casebank.models import Case
    from learning.feedback.models import Comment
    from learning.models import Response
    from toolkit.models import BuildingBlockPage

    return {
        "blocks": BuildingBlockPage.objects.count(),
        "comments": Comment.objects.count(),
        "cases": Case.objects.count(),
        "responses": Response.objects.count(),
    }


def grow_blocks(want, rng):
    """New building blocks under the index, each a copy of a demo block's content with its own
    title and slug, live with one published revision and in the search index. ``add_child`` keeps
    the tree (treebeard paths) right; the revisions are bulk-created."""
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone
    from wagtail.models import Page, Revision
    from wagtail.search.backends import get_search_backend

    from toolkit.models import BuildingBlockIndexPage, BuildingBlockPage

    have = BuildingBlockPage.objects.count()
    if have >= want:
        return
    index = BuildingBlockIndexPage.objects.get()
    templates = list(BuildingBlockPage.objects.live().order_by("path"))
    fields = [
        f.name
        for f in BuildingBlockPage._meta.get_fields()
        if f.concrete
        and f.model is BuildingBlockPage
        and f.name not in {"page_ptr", "id"}
        and not f.is_relation
    ]
    new_pages = []
    for number in range(have, want):
        source = templates[number % len(templates)]
        page = BuildingBlockPage(
            title=f"{source.title} (variant {number})",
            slug=f"groei-{number}-{source.slug}"[:250],
            live=True,
            **{name: getattr(source, name) for name in fields},
        )
        index.add_child(instance=page)
        new_pages.append(page)
    now = timezone.now()
    content_type = ContentType.objects.get_for_model(BuildingBlockPage)
    base_type = ContentType.objects.get_for_model(Page)
    revisions = Revision.objects.bulk_create(
        [
            Revision(
                content_type=content_type,
                base_content_type=base_type,
                object_id=str(page.pk),
                created_at=now,
                object_str=page.title,
                content=page.serializable_data(),
            )
            for page in new_pages
        ],
        batch_size=200,
    )
    for page, revision in zip(new_pages, revisions, strict=True):
        page.latest_revision_id = page.live_revision_id = revision.pk
        page.first_published_at = page.last_published_at = now
        page.latest_revision_created_at = now
    Page.objects.bulk_update(
        new_pages,
        [
            "latest_revision",
            "live_revision",
            "first_published_at",
            "last_published_at",
            "latest_revision_created_at",
        ],
        batch_size=200,
    )
    backend = get_search_backend()
    for page in new_pages:
        backend.add(page)


def grow_comments(want, rng):
    """Comments (a tenth of them replies) spread evenly over the live building blocks, each on
    the block's page or one of its steps, by the demo's members."""
    from django.contrib.auth import get_user_model

    from learning.feedback.choices import CommentKind
    from learning.feedback.models import Comment
    from toolkit.models import BuildingBlockPage

    have = Comment.objects.count()
    if have >= want:
        return
    pages = list(BuildingBlockPage.objects.live().order_by("path"))
    anchors = {page.pk: [""] + [step.id for step in page.steps] for page in pages}
    authors = list(get_user_model().objects.filter(memberships__isnull=False).distinct())
    kinds = list(CommentKind.values)
    batch = []
    for number in range(have, want):
        page = pages[number % len(pages)]
        batch.append(
            Comment(
                page_id=page.pk,
                anchor=rng.choice(anchors[page.pk]),
                revision_id=page.live_revision_id,
                author=rng.choice(authors),
                kind=rng.choice(kinds),
                body=f"<p>Ervaring {number} uit de praktijk met deze bouwsteen: "
                "wat werkte, wat schuurde en wat we de volgende keer anders doen.</p>",
                hide_name=number % 7 == 0,
            )
        )
        if len(batch) == 5000:
            link_replies(Comment.objects.bulk_create(batch), rng)
            batch = []
    if batch:
        link_replies(Comment.objects.bulk_create(batch), rng)


def link_replies(comments, rng):
    """Every tenth new comment becomes a reply to an earlier one on the same page."""
    from learning.feedback.models import Comment

    by_page, replies = {}, []
    for comment in comments:
        earlier = by_page.setdefault(comment.page_id, [])
        if earlier and comment.pk % 10 == 0:
            parent = rng.choice(earlier)
            comment.parent_id, comment.anchor, comment.kind = parent.pk, parent.anchor, ""
            replies.append(comment)
        else:
            earlier.append(comment)
    Comment.objects.bulk_update(replies, ["parent", "kind", "anchor"], batch_size=2000)


def grow_cases(want, rng):
    """Published cases with factors, facet rows and the stored Dutch tsvector, their words drawn
    from the demo cases' own text."""
    import re

    from benchmarks.synthetic_cases import add_cases, index_search_vectors  # after django.setup()
    from casebank.models import Case
    from toolkit.models import BuildingBlockPage

    have = Case.objects.count()
    if have >= want:
        return
    text = " ".join(" ".join(row) for row in Case.objects.values_list("title", "course", "lessons"))
    words = sorted(set(re.findall(r"[a-zà-ÿ]{4,}", text.lower()))) or ["samenwerking"]
    slugs = list(
        BuildingBlockPage.objects.live()
        .exclude(slug__startswith="groei-")
        .values_list("slug", flat=True)
    )
    for offset in range(have, want, 2000):
        numbers = range(offset, min(offset + 2000, want))
        add_cases(rng, words, numbers, slug_prefix="groei-casus", building_blocks=slugs)
    index_search_vectors("groei-casus")


def grow_responses(want, rng):
    """More measurement rounds, one per municipality in turn, each with its municipality's
    respondents (``learning.synthetic``); the demo's own rounds keep their responses."""
    from learning.models import MeasurementRound, Response
    from learning.synthetic import generate_responses
    from learning.tokens import hash_code
    from samenspel.models import Organisation

    have = Response.objects.count()
    if have >= want:
        return
    demo_round = MeasurementRound.objects.order_by("pk").first()
    municipalities = list(Organisation.objects.filter(kind="municipality").order_by("pk"))
    made = MeasurementRound.objects.count()
    number = made
    while have < want:
        size = min(RESPONSES_PER_ROUND, want - have)
        municipality = municipalities[number % len(municipalities)]
        opens = demo_round.opens_on - timedelta(days=30 * (number + 1))
        measurement_round = MeasurementRound.objects.create(
            instrument=demo_round.instrument,
            title=f"Meting {municipality.name} {number}",
            kind=MeasurementRound.Kind.BASELINE,
            scope=MeasurementRound.Scope.MUNICIPALITY,
            municipality=municipality,
            opens_on=opens,
            closes_on=opens + timedelta(days=21),
        )
        salt = measurement_round.series_salt
        Response.objects.bulk_create(
            Response(
                measurement_round=measurement_round,
                status=Response.Status.COMPLETE,
                org_type=r["org_type"],
                municipality=municipality.name,
                trained=r["trained"],
                code_hash=hash_code(r["code"], salt) if r["code"] else "",
                items=r["items"],
                grades=r["grades"],
                started_on=opens,
                submitted_on=opens,
            )
            for r in generate_responses(size, seed=SEED + number)
        )
        have += size
        number += 1


# --- the in-process probe: the pages and their queries -----------------------------------------


def endpoints():
    """(key, label, path, user) for the main pages: home and its sections from the page tree, a
    chapter and a building block, and the list and detail views by URL name. ``user`` is None
    (anonymous) or a key of USERS. Fixed objects (the first demo ones), so every level measures
    the same page."""
    from django.urls import reverse
    from wagtail.models import Site

    from casebank.models import Case
    from learning.models import MeasurementRound
    from toolkit.models import BuildingBlockPage, ChapterPage

    home = Site.objects.get(is_default_site=True).root_page.specific
    found = [("home", "Home page", home.url, None)]
    for child in home.get_children().live().public().specific().order_by("path"):
        kind = type(child).__name__
        if kind == "StandardPage":
            continue
        user = "professional" if kind in {"CaseIndexPage", "LearningIndexPage"} else None
        found.append((kind, f"{child._meta.verbose_name.capitalize()}", child.url, user))
    chapter = ChapterPage.objects.live().public().order_by("path").first()
    if chapter:
        found.append(("chapter", "Handbook chapter", chapter.url, None))
    block = BuildingBlockPage.objects.live().public().order_by("path").first()
    found.append(("block_anonymous", "Building block", block.url, None))
    found.append(("block_member", "Building block", block.url, "professional"))
    found.append(("search", "Search", reverse("toolkit:search") + "?q=gezin", None))
    casebank = reverse("casebank:search")
    found.append(("casebank_index", "Case-bank search, no query", casebank, "professional"))
    found.append(("casebank_search", "Case-bank search", casebank + "?q=school", "professional"))
    case = Case.objects.published().order_by("pk").first()
    found.append(("case", "Case", case.get_absolute_url(), "professional"))
    found.append(("lot_list", "LOT overview", reverse("learning:lot_list"), "facilitator"))
    first_round = MeasurementRound.objects.order_by("pk").first()
    found.append(
        ("round_report", "Questionnaire report", first_round.get_absolute_url(), "facilitator")
    )
    found.append(("register", "Feedback register", reverse("feedback:register"), None))
    found.append(("inbox", "Feedback inbox (task team)", reverse("feedback:inbox"), "taskteam"))
    return found


def sessions():
    """Prints a session cookie per demo user (made in-process: the task team's demo account has
    two-step verification, so a form log-in would stop at the code)."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client

    cookies = {}
    for key, email in USERS.items():
        client = Client()
        client.force_login(get_user_model().objects.get(email=email))
        cookies[key] = f"sessionid={client.cookies['sessionid'].value}"
    print(json.dumps(cookies))


def probe(port):
    """Prints the endpoints with their query counts (cold, warm) as JSON."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    users = {key: get_user_model().objects.get(email=email) for key, email in USERS.items()}
    result, notes = [], []
    for key, label, path, user in endpoints():
        client = Client(HTTP_HOST=f"127.0.0.1:{port}")
        if user:
            client.force_login(users[user])
        counts = []
        for _ in range(2):  # cold (fills caches), then warm
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
            counts.append(len(queries))
        if response.status_code != 200:
            notes.append(f"{label}: HTTP {response.status_code} in the probe, skipped")
            continue
        result.append(
            {
                "key": key,
                "label": label + (", logged in" if user else ""),
                "path": path,
                "user": user,
                "queries_cold": counts[0],
                "queries_warm": counts[1],
                "bytes": len(response.content),
            }
        )
    print(json.dumps({"endpoints": result, "notes": notes}))


# --- the run ------------------------------------------------------------------------------------


def in_django(env, *args):
    """Runs this module with ``args`` under ``env``; returns its last line as JSON."""
    done = subprocess.run(
        [PYTHON, "-m", "benchmarks.growth", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        sys.stderr.write(done.stderr)
        done.check_returncode()
    return json.loads(done.stdout.strip().splitlines()[-1])


def is_seeded(url):
    import psycopg

    try:
        with psycopg.connect(url) as connection:
            row = connection.execute(
                "SELECT count(*) FROM toolkit_buildingblockpage"
            ).fetchone()  # fmt: skip
    except psycopg.Error:
        return False
    return row[0] > 0


def copy_database(source_url, name):
    """A new database ``name`` as a copy of ``source_url``'s (no one may be connected to it)."""
    import psycopg

    from benchmarks.common import with_database

    source = source_url.rsplit("/", 1)[1].split("?")[0]
    with psycopg.connect(with_database(source_url, "postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')


def measure_level(level, env, port):
    redis_url(REDIS_DB)
    probed = in_django(env, "--probe", str(port))
    redis_url(REDIS_DB)  # the probe's cache entries are not the server's warm-up
    server = start_gunicorn(env, port, workers=WORKERS)
    try:
        sessions = in_django(env, "--sessions")
        rows = []
        for endpoint in probed["endpoints"]:
            user = endpoint["user"]
            headers = {"Cookie": sessions[user]} if user else None
            page = load(port, endpoint["path"], CONCURRENCY, MAX_REQUESTS, MAX_SECONDS, headers)
            rows.append({**endpoint, "load": page.summary()})
    finally:
        stop(server)
    return {"level": level, "endpoints": rows, "notes": probed["notes"]}


def run():
    started = time.monotonic()
    name = f"samenspel_growth_{os.getpid()}"
    source = os.environ.get("DATABASE_URL", "")
    with tempfile.TemporaryDirectory() as static_root:
        if source.startswith("postgres") and is_seeded(source):
            from benchmarks.common import with_database

            copy_database(source, name)
            database_url = with_database(source, name)
            context = None
        else:
            context = throwaway_database(name, postgres_server_url())
            database_url = context.__enter__()
        try:
            redis = redis_url(REDIS_DB)
            env = production_environment(database_url, static_root, REDIS_URL=redis)
            if context is not None:
                manage(env, "migrate", "--no-input")
                manage(env, "seed_demo")
            manage(env, "collectstatic", "--no-input")
            manage(env, "update_index")  # no task worker here: index what seed_demo queued
            port = free_port()

            levels = []
            for level in LEVELS:
                grown = None
                counts = level_counts(level)
                if counts is not None:
                    grow_started = time.monotonic()
                    grown = in_django(env, "--grow", json.dumps(counts))
                    grown["seconds"] = round(time.monotonic() - grow_started, 1)
                measured = measure_level(level, env, port)
                measured["grown"] = grown
                measured["loadavg"] = loadavg()
                levels.append(measured)
                print(json_line({"level": level, "grown": grown}), file=sys.stderr, flush=True)
        finally:
            if context is not None:
                context.__exit__(None, None, None)
            else:
                drop_database(database_url)
    result = summarise(levels, redis is not None, time.monotonic() - started)
    write_doc(result)
    return result


def drop_database(url):
    import psycopg

    from benchmarks.common import with_database

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(with_database(url, "postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def loadavg():
    try:
        with open("/proc/loadavg") as handle:
            return " ".join(handle.read().split()[:3])
    except OSError:
        return "unknown"


def p95_ratio(row, start):
    if start is None or not start["load"]["p95_ms"]:
        return None
    return round(row["load"]["p95_ms"] / start["load"]["p95_ms"], 2)


def summarise(levels, with_redis, seconds):
    """Per page: the warm query count constant across every level, and p95 at the last level
    over p95 at the first (and over level 1, the issue's own 1×, when it was measured)."""
    first, last = levels[0], levels[-1]
    by_level = {lv["level"]: {row["key"]: row for row in lv["endpoints"]} for lv in levels}
    pages = []
    for row in last["endpoints"]:
        start = by_level[first["level"]].get(row["key"])
        if start is None:
            continue
        warm = {by_level[lv["level"]].get(row["key"], {}).get("queries_warm") for lv in levels}
        cold = {by_level[lv["level"]].get(row["key"], {}).get("queries_cold") for lv in levels}
        ratio = p95_ratio(row, start)
        one = by_level.get("1", {}).get(row["key"]) if first["level"] != "1" else None
        pages.append(
            {
                "key": row["key"],
                "label": row["label"],
                "queries_constant": len(warm) == 1,
                "cold_queries_constant": len(cold) == 1,
                "p95_ratio": ratio,
                "p95_ratio_from_1": p95_ratio(row, one) if last["level"] != "1" else None,
                "met": len(warm) == 1 and ratio is not None and ratio < TARGET_P95_RATIO,
            }
        )
    return {
        "benchmark": "growth",
        "levels": levels,
        "pages": pages,
        "from_level": first["level"],
        "to_level": last["level"],
        "cache": "Redis" if with_redis else "local memory per worker",
        "workers": WORKERS,
        "concurrency": CONCURRENCY,
        "all_met": all(page["met"] for page in pages),
        "reached_target": last["level"] == "10",
        "seconds": round(seconds, 1),
    }


def level_title(level):
    if level == "demo":
        return "demo"
    counts = level_counts(level)
    return f"{level}× ({counts['blocks']:,} blocks)"


def table(result):
    levels = result["levels"]
    last, first = result["to_level"], result["from_level"]
    with_one = any(page["p95_ratio_from_1"] is not None for page in result["pages"])
    heads = ["page", *(level_title(lv["level"]) for lv in levels), "KB"]
    heads += [f"p95 {last}×/{first}"] + ([f"p95 {last}×/1×"] if with_one else []) + ["met"]
    lines = [
        "| " + " | ".join(heads) + " |",
        "| --- | " + " | ".join(["---:"] * (len(heads) - 2)) + " | --- |",
    ]
    verdicts = {page["key"]: page for page in result["pages"]}
    for row in levels[0]["endpoints"]:
        cells = [f"{row['label']} (`{row['path'].split('?')[0]}`)"]
        found = [
            next((r for r in lv["endpoints"] if r["key"] == row["key"]), None) for lv in levels
        ]
        for match in found:
            cells.append(
                f"{match['queries_cold']}/{match['queries_warm']} · {match['load']['p95_ms']:.0f}"
                if match
                else "–"
            )
        sizes = [match["bytes"] for match in found if match]
        cells.append(f"{sizes[0] / 1000:.0f}→{sizes[-1] / 1000:.0f}")
        verdict = verdicts.get(row["key"], {})
        ratios = [verdict.get("p95_ratio")] + (
            [verdict.get("p95_ratio_from_1")] if with_one else []
        )
        cells += [f"{ratio:.2f}" if ratio is not None else "–" for ratio in ratios]
        if not verdict:
            cells.append("–")
        elif verdict["met"]:
            cells.append("yes")
        else:
            why = [] if verdict["queries_constant"] else ["queries grow"]
            why += [] if (verdict["p95_ratio"] or 99) < TARGET_P95_RATIO else ["p95"]
            cells.append(f"**no** ({', '.join(why)})")
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def write_doc(result):
    levels = result["levels"]
    grown = [
        f"{lv['level']}×: {lv['grown']['counts']['blocks']:,} building blocks, "
        f"{lv['grown']['counts']['comments']:,} comments, {lv['grown']['counts']['cases']:,} "
        f"cases, {lv['grown']['counts']['responses']:,} responses, grown in "
        f"{lv['grown']['seconds']:.0f} s"
        for lv in levels
        if lv["grown"]
    ]
    loads = ", ".join(f"{lv['level']}: {lv['loadavg']}" for lv in levels)
    lines = [
        "`.venv/bin/python -m benchmarks.growth` (part of `make bench`, levels "
        f"`{','.join(lv['level'] for lv in levels)}`; `BENCH_GROWTH_LEVELS=demo,1,3,10` for the "
        "whole curve: 28 minutes at a load average of 11-14). A copy of the seeded demo "
        "database, grown with bulk inserts: level x is x/10 of issue 14's 10× content (1,000 "
        "building blocks, 100,000 comments, 100,000 cases, 100,000 questionnaire responses). "
        "Per level and page: queries in-process (Django test client: first request with cold "
        "caches / second request) · p95 ms under gunicorn "
        f"({result['workers']} workers, production settings, cache: {result['cache']}, flushed "
        f"per level) with {result['concurrency']} concurrent keep-alive clients, at most "
        f"{MAX_REQUESTS} requests or {MAX_SECONDS:g} s per page. KB: the page's size at the "
        "first and the last level.",
        "",
        *table(result),
        "",
        f"Target: the same warm query count at every level and p95 below {TARGET_P95_RATIO}× "
        f"from {result['from_level']} to {result['to_level']}. Content: "
        + "; ".join(grown)
        + ". Load average (1/5/15 min) after each level: "
        + loads
        + f" (2 shared cores: compare ratios within one run). Whole run: "
        f"{result['seconds']:.0f} s.",
    ]
    write_marked_section("growth", "## Growth\n\n" + "\n".join(lines))
    if result["reached_target"]:
        write_marked_section("growth-10x", "## Growth to 10×\n\n" + "\n".join(lines))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--grow":
        grow(json.loads(sys.argv[2]))
        return
    if sys.argv[1:] == ["--sessions"]:
        sessions()
        return
    if len(sys.argv) == 3 and sys.argv[1] == "--probe":
        probe(int(sys.argv[2]))
        return
    result = run()
    print(json_line(result), file=sys.stderr)  # every level's numbers, for the record
    print(
        json_line({k: v for k, v in result.items() if k != "levels"} | {"met": result["all_met"]})
    )


if __name__ == "__main__":
    main()
