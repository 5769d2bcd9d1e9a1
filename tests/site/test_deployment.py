"""The deployment files keep their rules: every scheduled job runs, every long-running service
restarts and reports its health, migrate runs once before the app, settings come from the
environment, and the front cache's config is valid nginx.

deploy/crontab is the one list of scheduled jobs: the compose file's scheduler runs it, and the
management commands that must run on a schedule say so (``scheduled = True``).
"""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from django.apps import apps
from django.core.management import get_commands, load_command_class

ROOT = Path(__file__).resolve().parents[2]
CRONTAB = ROOT / "deploy" / "crontab"
COMPOSE = ROOT / "docker-compose.yml"
NGINX_CONF = ROOT / "deploy" / "nginx" / "default.conf"
# The project's own apps: those whose code lives in this checkout (a new app's commands are
# covered without an edit here).
PROJECT_PACKAGES = {
    config.name.split(".")[0]
    for config in apps.get_app_configs()
    if Path(config.path).resolve().is_relative_to(ROOT) and ".venv" not in Path(config.path).parts
}
LONG_RUNNING = {"web", "worker", "scheduler", "db", "redis", "front-cache"}
APP_ROLES = {"web", "worker", "scheduler"}
CRON_FIELD = re.compile(r"^(\*|\d+(-\d+)?)(/\d+)?(,(\*|\d+(-\d+)?)(/\d+)?)*$")
JOB = re.compile(r"^python manage\.py (?P<command>[a-z_]+)(?: .*)?$")


def crontab_lines():
    """(schedule fields, command line, pending) for every job in deploy/crontab."""
    jobs = []
    for raw in CRONTAB.read_text().splitlines():
        line, pending = raw.strip(), False
        if line.startswith("# pending:"):
            line, pending = line.removeprefix("# pending:").strip(), True
        if not line or line.startswith("#"):
            continue
        fields = line.split(None, 5)
        assert len(fields) == 6, f"not a crontab line: {raw!r}"
        jobs.append((fields[:5], fields[5], pending))
    return jobs


def command_name(command_line):
    match = JOB.match(command_line)
    assert match, f"a job runs one management command: {command_line!r}"
    return match["command"]


def scheduled_commands():
    """The project's management commands marked ``scheduled = True``."""
    return {
        name
        for name, app in get_commands().items()
        if app.split(".")[0] in PROJECT_PACKAGES
        and getattr(load_command_class(app, name), "scheduled", False)
    }


def active_jobs():
    return {command_name(cmd): fields for fields, cmd, pending in crontab_lines() if not pending}


def test_every_scheduled_command_is_in_the_crontab():
    marked = scheduled_commands()
    # The jobs the docs have always named must be among them (a marker cannot go missing).
    assert {"apply_retention", "purge_abandoned_submissions", "send_digests",
            "sweep_tasks", "flush_embed_views"} <= marked  # fmt: skip
    missing = marked - set(active_jobs())
    assert not missing, f"scheduled commands without a line in deploy/crontab: {missing}"


def test_every_crontab_line_runs_an_existing_command_on_a_valid_schedule():
    commands = get_commands()
    for fields, command_line, pending in crontab_lines():
        name = command_name(command_line)
        assert all(CRON_FIELD.match(field) for field in fields), f"bad schedule: {fields}"
        if pending:
            assert name not in commands, (
                f"{name} exists now: switch its line on in deploy/crontab (drop '# pending:') "
                "and mark the command scheduled = True"
            )
            continue
        assert name in commands, f"deploy/crontab runs {name}, which is no management command"
        app = commands[name]
        if app.split(".")[0] in PROJECT_PACKAGES:
            assert getattr(load_command_class(app, name), "scheduled", False), (
                f"{name} runs from deploy/crontab: mark it scheduled = True"
            )


def test_the_sweeper_runs_every_five_minutes_and_the_digest_weekly():
    jobs = active_jobs()
    assert jobs["sweep_tasks"][0] == "*/5"  # it also runs recover_stuck_cases
    assert jobs["send_digests"][4] != "*"  # one day of the week


def test_deploy_docs_list_every_scheduled_job():
    docs = (ROOT / "docs" / "deploy.md").read_text()
    section = docs.split("## Scheduled jobs", 1)[1].split("\n## ", 1)[0]
    for name in active_jobs():
        assert f"manage.py {name}" in section, f"docs/deploy.md does not list {name}"


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load(COMPOSE.read_text())


def command_text(service):
    command = service.get("command", "")
    return " ".join(command) if isinstance(command, list) else command


def test_every_long_running_service_restarts_and_checks_its_health(compose):
    services = compose["services"]
    assert set(services) >= LONG_RUNNING | {"migrate"}
    for name in LONG_RUNNING:
        service = services[name]
        assert service.get("restart") in {"always", "unless-stopped"}, name
        check = service.get("healthcheck", {})
        assert not check.get("disable") and check.get("test"), f"{name} has no health check"


def test_migrate_is_a_one_off_job_that_the_app_waits_for(compose):
    services = compose["services"]
    migrate = services["migrate"]
    assert "manage.py migrate" in command_text(migrate)
    assert migrate.get("restart", "no") == "no"
    for name in APP_ROLES:
        assert "migrate" not in command_text(services[name]), f"{name} must not migrate"
        depends = services[name]["depends_on"]
        assert depends["migrate"]["condition"] == "service_completed_successfully", name
        assert depends["db"]["condition"] == "service_healthy", name
        assert depends["redis"]["condition"] == "service_healthy", name


def test_the_scheduler_runs_the_crontab_with_supercronic(compose):
    command = compose["services"]["scheduler"]["command"]
    assert command[0] == "supercronic"
    assert command[-1] == str(CRONTAB.relative_to(ROOT))
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "supercronic -test deploy/crontab" in dockerfile
    assert "sha1sum -c" in dockerfile  # the downloaded binary is checked


def volume_targets(service):
    return {entry.split(":")[1]: entry.split(":")[0] for entry in service.get("volumes", [])}


def test_data_lives_in_named_volumes(compose):
    services, volumes = compose["services"], set(compose["volumes"])
    assert volume_targets(services["db"])["/var/lib/postgresql/data"] in volumes
    assert volume_targets(services["redis"])["/data"] in volumes
    redis = command_text(services["redis"])
    assert "--appendonly yes" in redis
    assert "--maxmemory-policy volatile-lru" in redis  # never evicts the generation counters
    for name in ("web", "worker"):
        assert volume_targets(services[name])["/app/var/media"] == "media"
    front = volume_targets(services["front-cache"])
    assert front["/srv/media"] == "media"
    assert front["/etc/nginx/conf.d/default.conf"] == "./deploy/nginx/default.conf"


def test_settings_come_from_the_environment_and_production_reads_them(compose):
    environment = compose["services"]["web"]["environment"]
    for name in ("SITE_URL", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_HOST_USER", "EMAIL_HOST_PASSWORD",
                 "EMAIL_USE_TLS", "DEFAULT_FROM_EMAIL", "REDIS_URL", "DATABASE_URL", "SECRET_KEY",
                 "ALLOWED_HOSTS"):  # fmt: skip
        assert name in environment, name
    for name in APP_ROLES | {"migrate"}:
        assert compose["services"][name]["environment"] == environment, name
    settings_text = "".join(path.read_text() for path in (ROOT / "site" / "settings").glob("*.py"))
    read_elsewhere = {
        "DATABASE_URL": "dj_database_url.config() reads it",
        "SENTRY_DSN": "sentry-sdk reads it from the environment",
        "TZ": "the operating system and supercronic read it",
    }
    for name, value in environment.items():
        if name in read_elsewhere:
            continue
        assert f'"{name}"' in settings_text, f"no setting reads {name}"
        assert not str(value).startswith(("postgres://samenspel:samenspel", "changeme")), name


def test_no_secret_has_a_default(compose):
    environment = compose["services"]["web"]["environment"]
    for name in ("SECRET_KEY", "DATABASE_URL"):
        assert ":?" in environment[name], f"{name} must be required, never defaulted"
    assert ":?" in compose["services"]["db"]["environment"]["POSTGRES_PASSWORD"]


@pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed")
def test_the_front_cache_config_is_valid_nginx(tmp_path):
    # nginx -t resolves upstream names, and the cache folder must be writable: point both at
    # this machine.
    conf = NGINX_CONF.read_text()
    assert "server web:8000;" in conf
    conf = conf.replace("server web:8000;", "server 127.0.0.1:8000;").replace(
        "/var/cache/nginx/samenspel", str(tmp_path / "cache")
    )
    (tmp_path / "default.conf").write_text(conf)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log stderr;\nevents {{}}\n"
        f"http {{ access_log off; include {tmp_path}/default.conf; }}\n"
    )
    result = subprocess.run(
        ["nginx", "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],  # noqa: S607
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_production_reads_smtp_site_url_and_redis_from_the_environment():
    from tests.site.test_settings import run_manage

    code = (
        "from django.conf import settings as s; import json; print(json.dumps(["
        "s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_HOST_USER, s.EMAIL_HOST_PASSWORD, s.EMAIL_USE_TLS,"
        " s.DEFAULT_FROM_EMAIL, s.WAGTAILADMIN_BASE_URL, s.CSRF_TRUSTED_ORIGINS,"
        " s.SESSION_ENGINE, s.CACHES['default']['OPTIONS']['IGNORE_EXCEPTIONS']]))"
    )
    result = run_manage(
        "shell", "-v", "0", "-c", code,
        SECRET_KEY="s" * 50, SITE_URL="https://samenspel.example/", REDIS_URL="redis://127.0.0.1:6379/3",
        EMAIL_HOST="smtp.example.nl", EMAIL_PORT="587", EMAIL_HOST_USER="samenspel",
        EMAIL_HOST_PASSWORD="geheim", EMAIL_USE_TLS="true",
        DEFAULT_FROM_EMAIL="Samenspel <noreply@samenspel.example>",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        "smtp.example.nl", 587, "samenspel", "geheim", True,
        "Samenspel <noreply@samenspel.example>", "https://samenspel.example",
        ["https://samenspel.example"], "django.contrib.sessions.backends.cached_db", True,
    ]  # fmt: skip
