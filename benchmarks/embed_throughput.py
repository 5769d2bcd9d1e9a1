# ruff: noqa: S603 (starts only our own manage.py and gunicorn, with fixed arguments)
"""Embed throughput: requests/s of an embed view and of /oembed/ against a static HTML copy of
the same page served by the same server (whitenoise from STATIC_ROOT).

Runs gunicorn with production settings (a dev secret, no TLS redirect) on 127.0.0.1 against
DATABASE_URL (PostgreSQL recommended) with the demo data, then drives it from this process with
a small threaded http.client loop, bounded in requests and seconds. Loopback only.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/samenspel_bench \
        .venv/bin/python -m benchmarks.embed_throughput

Prints one JSON line and writes the ratios into the "Embed" section of docs/benchmarks.md.
"""

import http.client
import json
import os
import re
import socket
import subprocess  # noqa: S404 (runs our own manage.py and gunicorn)
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
THREADS = 4
MAX_REQUESTS = 2000
MAX_SECONDS = 8.0
WARMUP = 20
DOC = ROOT / "docs" / "benchmarks.md"
SECTION = "## Embed"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(static_root):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="samenspel.settings.production",
        SECRET_KEY="benchmark-only-" + "x" * 50,
        SECURE_SSL_REDIRECT="false",
        SAMENSPEL_ENFORCE_MFA="false",
        ALLOWED_HOSTS="127.0.0.1",
        STATIC_ROOT=str(static_root),
        LOG_LEVEL="ERROR",
    )
    return env


def manage(env, *args):
    subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )


PREPARE = """
from samenspel.embed.models import EmbedSettings
from samenspel.models import Organisation
from toolkit.models import BuildingBlockPage
delft = Organisation.objects.get(slug="delft")
EmbedSettings.objects.update_or_create(
    organisation=delft, defaults={"allowed_origins": ["https://intranet.delft.example"]}
)
page = BuildingBlockPage.objects.live().public().order_by("path").first()
print(page.url_path)
"""


def start_server(env, port):
    process = subprocess.Popen(
        [
            str(Path(PYTHON).parent / "gunicorn"),
            "samenspel.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "error",
        ],
        cwd=ROOT,
        env=env,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            get(port, "/healthz")
            return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise RuntimeError("gunicorn did not start")


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body


def load(port, path):
    """Requests/s over THREADS keep-alive connections, bounded by MAX_REQUESTS and MAX_SECONDS."""
    for _ in range(WARMUP):
        status, _body = get(port, path)
        assert status == 200, (path, status)
    lock = threading.Lock()
    done = [0]
    deadline = time.monotonic() + MAX_SECONDS

    def worker():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while time.monotonic() < deadline:
            with lock:
                if done[0] >= MAX_REQUESTS:
                    break
                done[0] += 1
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            assert response.status == 200
        connection.close()

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return done[0] / (time.monotonic() - started)


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
        env = environment(Path(static_root))
        manage(env, "migrate", "--no-input")
        manage(env, "seed_demo")
        url_path = (
            subprocess.run(
                [PYTHON, "manage.py", "shell", "-c", PREPARE],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        page_path = "/".join(url_path.strip("/").split("/")[1:]) + "/"
        embed_path = f"/embed/delft/{page_path}"
        oembed_path = f"/oembed/?url=http%3A%2F%2F127.0.0.1%3A{{port}}{embed_path}&format=json"
        manage(env, "collectstatic", "--no-input")

        port = free_port()
        server = start_server(env, port)
        try:
            status, html = get(port, embed_path)
            assert status == 200, status
        finally:
            server.terminate()
            server.wait()
        copy = Path(static_root) / "embed-benchmark" / "page.html"
        copy.parent.mkdir()
        copy.write_bytes(html)

        server = start_server(env, port)  # whitenoise indexes STATIC_ROOT at start-up
        try:
            static_rps = load(port, "/static/embed-benchmark/page.html")
            embed_rps = load(port, embed_path)
            oembed_rps = load(port, oembed_path.format(port=port))
        finally:
            server.terminate()
            server.wait()

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
