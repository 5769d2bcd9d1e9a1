# ruff: noqa: S603 (starts only our own manage.py and gunicorn, with fixed arguments)
"""Helpers shared by the benchmarks: a throw-away PostgreSQL database, gunicorn with production
settings on loopback, a bounded HTTP load generator with latency percentiles, and writing one
marked section of docs/benchmarks.md.

Every server started here listens on 127.0.0.1 only, and every load loop is bounded in requests
and seconds.
"""

import contextlib
import http.client
import json
import os
import re
import socket
import statistics
import subprocess  # noqa: S404
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DOC = ROOT / "docs" / "benchmarks.md"
DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres"


# --- databases -------------------------------------------------------------------------------


def postgres_server_url():
    """DATABASE_URL when it points at PostgreSQL, else the local server's default database."""
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else DEFAULT_POSTGRES_URL


def with_database(url, name):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


@contextlib.contextmanager
def throwaway_database(name, server_url=None):
    """A fresh, empty PostgreSQL database ``name`` (dropped first and afterwards); yields its URL."""
    import psycopg

    admin_url = with_database(server_url or postgres_server_url(), "postgres")
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield with_database(admin_url, name)
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def redis_url(db_number):
    """A dedicated Redis database on 127.0.0.1:6379, flushed, or None when Redis is not there."""
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as sock:
            sock.sendall(f"SELECT {db_number}\r\nFLUSHDB\r\n".encode())
            reply = sock.recv(64)
    except OSError:
        return None
    return f"redis://127.0.0.1:6379/{db_number}" if reply.startswith(b"+OK") else None


# --- the site under production settings --------------------------------------------------------


def production_environment(database_url, static_root, **extra):
    """Production settings with a dummy secret, no TLS redirect, loopback host, quiet logs."""
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DJANGO_SETTINGS_MODULE"}}
    if database_url:  # else the environment's own, or the settings' default
        env["DATABASE_URL"] = database_url
    env.update(
        DJANGO_SETTINGS_MODULE="samenspel.settings.production",
        SECRET_KEY="benchmark-only-not-secret-" + "x" * 50,
        SECURE_SSL_REDIRECT="false",
        SAMENSPEL_ENFORCE_MFA="false",
        ALLOWED_HOSTS="127.0.0.1",
        STATIC_ROOT=str(static_root),
        LOG_LEVEL="ERROR",
    )
    env.update({k: str(v) for k, v in extra.items() if v is not None})
    return env


def manage(env, *args, capture=False):
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
    )
    return result.stdout if capture else None


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env, port, workers=2, threads=1, timeout=30):
    """gunicorn on 127.0.0.1:port; returns the process once /healthz answers."""
    process = subprocess.Popen(
        [
            str(Path(PYTHON).parent / "gunicorn"),
            "samenspel.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--log-level",
            "error",
            "--graceful-timeout",
            "5",
        ],
        cwd=ROOT,
        env=env,
    )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {process.returncode}")
        try:
            status, _headers, _body = request(port, "GET", "/healthz")
            if status == 200:
                return process
        except OSError:
            pass
        time.sleep(0.3)
    stop(process)
    raise RuntimeError("gunicorn did not answer /healthz in time")


def stop(process, timeout=10):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# --- HTTP ------------------------------------------------------------------------------------


def request(port, method, path, headers=None, body=None, timeout=10):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def cookies_from(headers):
    """name=value pairs of the Set-Cookie header (http.client joins several with ', ')."""
    raw = headers.get("Set-Cookie", "")
    return dict(re.findall(r"(?:^|,\s*)([A-Za-z0-9_-]+)=([^;,]*)", raw))


def log_in(port, email, password):
    """Logs in through allauth's form; returns the Cookie header of the session."""
    status, headers, _body = request(port, "GET", "/accounts/login/")
    assert status == 200, status
    csrf = cookies_from(headers)["csrftoken"]
    form = f"login={email}&password={password}&csrfmiddlewaretoken={csrf}".replace("@", "%40")
    status, headers, _body = request(
        port,
        "POST",
        "/accounts/login/",
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={csrf}",
            "Referer": f"http://127.0.0.1:{port}/accounts/login/",
        },
        body=form,
    )
    session = cookies_from(headers).get("sessionid")
    assert status == 302 and session, f"login failed: HTTP {status}"
    return f"sessionid={session}; csrftoken={csrf}"


@dataclass
class LoadResult:
    path: str
    concurrency: int
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    latencies_ms: list = field(default_factory=list, repr=False)

    @property
    def rps(self):
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, q):
        if not self.latencies_ms:
            return None
        if len(self.latencies_ms) == 1:
            return self.latencies_ms[0]
        return statistics.quantiles(self.latencies_ms, n=100, method="inclusive")[q - 1]

    def summary(self):
        data = asdict(self)
        data.pop("latencies_ms")
        data.update(
            rps=round(self.rps, 1),
            p50_ms=round(self.percentile(50) or 0, 1),
            p95_ms=round(self.percentile(95) or 0, 1),
        )
        return data


def load(port, path, concurrency, max_requests, max_seconds, headers=None, warmup=5):
    """``concurrency`` keep-alive clients (threads) GET ``path`` until ``max_requests`` are done
    or ``max_seconds`` have passed. A response other than 200, or a failed connection, is an
    error."""
    for _ in range(warmup):
        request(port, "GET", path, headers=headers)
    result = LoadResult(path, concurrency)
    lock = threading.Lock()
    deadline = time.monotonic() + max_seconds

    def client():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=15)
        while time.monotonic() < deadline:
            with lock:
                if result.requests + result.errors >= max_requests:
                    break
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers or {})
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
            except (OSError, http.client.HTTPException):
                ok = False
                connection.close()
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                if ok:
                    result.requests += 1
                    result.latencies_ms.append(elapsed)
                else:
                    result.errors += 1
        connection.close()

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.monotonic() - started
    return result


# --- docs/benchmarks.md ----------------------------------------------------------------------


def write_marked_section(name, text, before_other_sections=False):
    """Replace the text between <!-- name:start --> and <!-- name:end --> in docs/benchmarks.md,
    leaving every other section alone; add the block if it is not there yet."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{text.strip()}\n{end}"
    doc = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(doc):
        doc = pattern.sub(lambda _m: block, doc)
    elif before_other_sections:
        first_section = re.search(r"^(## |<!-- )", doc, re.MULTILINE)
        at = first_section.start() if first_section else len(doc)
        doc = doc[:at].rstrip() + "\n\n" + block + "\n\n" + doc[at:].lstrip()
    else:
        doc = doc.rstrip() + "\n\n" + block + "\n"
    DOC.write_text(doc.rstrip() + "\n", encoding="utf-8")


def json_line(data):
    return json.dumps(data, ensure_ascii=False, sort_keys=True)
