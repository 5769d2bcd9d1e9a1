"""Embed throughput: requests/s of an embed view and of /oembed/ against a static HTML copy of
the same page served by the same server (whitenoise from STATIC_ROOT).

Runs gunicorn with production settings (a dev secret, no TLS redirect) on 127.0.0.1 against
DATABASE_URL (PostgreSQL recommended) with the demo data, then drives it from this process with
the shared load loop of benchmarks.common, bounded in requests and seconds. Loopback only.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/samenspel_bench \
        .venv/bin/python -m benchmarks.embed_throughput

Prints one JSON line and writes the ratios into the "Embed" section of docs/benchmarks.md.
"""

import json
import os
import re
import tempfile
from pathlib import Path

from benchmarks.common import (
    DOC,
    free_port,
    load,
    manage,
    production_environment,
    request,
    start_gunicorn,
    stop,
)

THREADS = 4
MAX_REQUESTS = 2000
MAX_SECONDS = 8.0
SECTION = "## Embed"

PREPARE = """
from embed.models import EmbedSettings
from samenspel.models import Organisation
from toolkit.models import BuildingBlockPage
delft = Organisation.objects.get(slug="delft")
EmbedSettings.objects.update_or_create(
    organisation=delft, defaults={"allowed_origins": ["https://intranet.delft.example"]}
)
page = BuildingBlockPage.objects.live().public().order_by("path").first()
print(page.url_path)
"""


def requests_per_second(port, path):
    """Requests/s over THREADS keep-alive connections; every answer must be a 200."""
    result = load(port, path, THREADS, MAX_REQUESTS, MAX_SECONDS, warmup=20)
    assert result.errors == 0, (path, result.errors)
    return result.rps


def write_doc(result):
    section = "\n".join(
        [
            SECTION,
            "",
            "`.venv/bin/python -m benchmarks.embed_throughput`: gunicorn (2 workers, production "
            f"settings) on loopback, {THREADS} client threads, at most {MAX_REQUESTS} requests or "
            f"{MAX_SECONDS:.0f} s per URL, database: {result['database']}. The static copy is the "
            "same embed page's HTML served by whitenoise from STATIC_ROOT by the same server.",
            "",
            "| URL | requests/s | ratio to the static copy |",
            "| --- | ---: | ---: |",
            f"| static HTML copy | {result['static_rps']:.0f} | 1.00 |",
            f"| embed view (`{result['embed_path']}`) | {result['embed_rps']:.0f} | "
            f"{result['embed_ratio']:.3f} |",
            f"| oEmbed (`/oembed/`) | {result['oembed_rps']:.0f} | {result['oembed_ratio']:.3f} |",
            "",
            "Every embed view also counts one view (an atomic increment in the cache, written to the "
            "day's row in batches of 50), which the static file does not; repeated views are "
            "answered by the page cache (samenspel.pagecache); the oEmbed answer is not cached.",
            "",
            "",
        ]
    )
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    text = pattern.sub(section, text) if pattern.search(text) else text.rstrip() + "\n\n" + section
    DOC.write_text(text, encoding="utf-8")


def main():
    with tempfile.TemporaryDirectory() as static_root:
        env = production_environment(None, static_root)
        manage(env, "migrate", "--no-input")
        manage(env, "seed_demo")
        url_path = manage(env, "shell", "-c", PREPARE, capture=True).strip().splitlines()[-1]
        page_path = "/".join(url_path.strip("/").split("/")[1:]) + "/"
        embed_path = f"/embed/delft/{page_path}"
        oembed_path = f"/oembed/?url=http%3A%2F%2F127.0.0.1%3A{{port}}{embed_path}&format=json"
        manage(env, "collectstatic", "--no-input")

        port = free_port()
        server = start_gunicorn(env, port)
        try:
            status, _headers, html = request(port, "GET", embed_path)
            assert status == 200, status
        finally:
            stop(server)
        copy = Path(static_root) / "embed-benchmark" / "page.html"
        copy.parent.mkdir()
        copy.write_bytes(html)

        server = start_gunicorn(env, port)  # whitenoise indexes STATIC_ROOT at start-up
        try:
            static_rps = requests_per_second(port, "/static/embed-benchmark/page.html")
            embed_rps = requests_per_second(port, embed_path)
            oembed_rps = requests_per_second(port, oembed_path.format(port=port))
        finally:
            stop(server)

    database = (
        "PostgreSQL" if os.environ.get("DATABASE_URL", "").startswith("postgres") else ("SQLite")
    )
    result = {
        "benchmark": "embed_throughput",
        "database": database,
        "embed_path": embed_path,
        "static_rps": round(static_rps, 1),
        "embed_rps": round(embed_rps, 1),
        "oembed_rps": round(oembed_rps, 1),
        "embed_ratio": round(embed_rps / static_rps, 3),
        "oembed_ratio": round(oembed_rps / static_rps, 3),
    }
    write_doc(result)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
