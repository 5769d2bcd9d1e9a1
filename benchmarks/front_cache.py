# ruff: noqa: S603 (starts only Debian's nginx with a generated configuration)
"""A standard front cache for the site benchmark: nginx ``proxy_cache`` in front of the
benchmark's gunicorn, with a configuration generated into a temporary directory.

It keeps what the app marks ``Cache-Control: public, s-maxage=…`` (samenspel.pagecache) and
nothing else (``private``, ``no-cache``, ``Set-Cookie`` are never kept), keys on address, host,
the language cookie and Accept-Language, and passes every request with a session cookie or
credentials straight to the app. The production configuration (deploy/nginx/) follows the same
rules.
"""

import shutil
import subprocess  # noqa: S404
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from benchmarks.common import free_port, request, stop

CONFIG = """
worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log error;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    proxy_cache_path {tmp}/cache levels=1:2 keys_zone=pages:10m max_size=200m inactive=10m
                     use_temp_path=off;
    upstream app {{
        server 127.0.0.1:{app_port};
        keepalive 32;
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://app;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            # The app sees its own address (links, oEmbed URLs); the cache keys on the front's.
            proxy_set_header Host 127.0.0.1:{app_port};
            proxy_cache pages;
            proxy_cache_key "$scheme$http_host$request_uri|$cookie_django_language|$http_accept_language";
            proxy_cache_bypass $cookie_sessionid $cookie_messages $http_authorization;
            proxy_no_cache $cookie_sessionid $cookie_messages $http_authorization;
            proxy_cache_lock on;
            proxy_cache_use_stale updating;
            add_header X-Front-Cache $upstream_cache_status;
        }}
    }}
}}
"""


def nginx_binary():
    return shutil.which("nginx") or next(
        (path for path in ("/usr/sbin/nginx",) if Path(path).exists()), None
    )


@contextmanager
def front_cache(app_port, timeout=15):
    """Yields the port of an nginx proxy cache in front of ``app_port``, or None without nginx."""
    binary = nginx_binary()
    if binary is None:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="samenspel-nginx-") as tmp:
        port = free_port()
        # Started as root, nginx's workers run as nobody: let them into their own directories.
        Path(tmp).chmod(0o711)
        for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi", "cache"):
            (Path(tmp) / name).mkdir(mode=0o777)
            (Path(tmp) / name).chmod(0o777)
        conf = Path(tmp) / "nginx.conf"
        conf.write_text(CONFIG.format(tmp=tmp, port=port, app_port=app_port))
        process = subprocess.Popen([binary, "-p", tmp, "-c", str(conf), "-e", f"{tmp}/error.log"])
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    if request(port, "GET", "/healthz")[0] == 200:
                        break
                except OSError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"nginx did not start: {Path(tmp, 'error.log').read_text()}")
                time.sleep(0.2)
            yield port
        finally:
            stop(process)
