"""scripts/backup.sh and scripts/restore.sh: a backup restores into a fresh database with the
same rows in every table, and the same media files.

On PostgreSQL (DATABASE_URL set, as in CI) the pytest database is dumped with pg_dump and restored
into a new database beside it; on SQLite the in-memory test database is first copied to a file,
which is what a SQLite installation has.
"""

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from django.db import connection

from samenspel.models import Invitation
from samenspel.roles import Role
from tests.site.factories import OrganisationFactory, member

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db(transaction=True)


def postgres_url(name):
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{name}"


def run_script(script, *args, database_url, media_root):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "MEDIA_ROOT"}
    }
    env.update(
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(media_root),
        DJANGO_SETTINGS_MODULE="samenspel.settings.dev",
    )
    result = subprocess.run(
        ["bash", f"scripts/{script}", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout.strip().splitlines()[-1]


def count_rows(cursor, tables, quote):
    counts = {}
    for table in tables:
        cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")  # noqa: S608 - introspected names
        counts[table] = cursor.fetchone()[0]
    return counts


@pytest.fixture
def content(django_db_serialized_rollback):
    """Rows in the project's own tables besides what the migrations created."""
    delft = OrganisationFactory(name="Delft", slug="delft")
    admin = member(delft, Role.ORG_ADMIN, email="beheer@example.org")
    member(delft, Role.PROFESSIONAL, email="professional@example.org")
    Invitation.objects.create(organisation=delft, email="nieuw@example.org", invited_by=admin)


@pytest.fixture
def media(tmp_path):
    root = tmp_path / "media"
    (root / "documents").mkdir(parents=True)
    (root / "documents" / "werkblad.pdf").write_bytes(b"%PDF-1.4 werkblad " + bytes(range(256)))
    return root


def test_backup_restores_every_table_and_the_media(content, media, tmp_path):
    tables = connection.introspection.table_names()
    with connection.cursor() as cursor:
        expected = count_rows(cursor, tables, connection.ops.quote_name)
    assert expected["samenspel_user"] == 2
    restored_media = tmp_path / "restored-media"

    if connection.vendor == "postgresql":
        import psycopg

        source_name = connection.settings_dict["NAME"]
        target_name = f"{source_name}_restored"[:63]
        admin_url = postgres_url("postgres")
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{target_name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{target_name}"')
        try:
            folder = run_script(
                "backup.sh", str(tmp_path / "backups"),
                database_url=postgres_url(source_name), media_root=media,
            )  # fmt: skip
            assert (Path(folder) / "database.dump").stat().st_size > 0
            run_script(
                "restore.sh", "--yes", folder,
                database_url=postgres_url(target_name), media_root=restored_media,
            )  # fmt: skip
            with psycopg.connect(postgres_url(target_name)) as restored:
                actual = count_rows(restored.cursor(), tables, connection.ops.quote_name)
        finally:
            with psycopg.connect(admin_url, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{target_name}" WITH (FORCE)')
    else:
        source_file = tmp_path / "source.sqlite3"
        with sqlite3.connect(source_file) as copy:
            connection.connection.backup(copy)
        target_file = tmp_path / "restored" / "db.sqlite3"
        folder = run_script(
            "backup.sh", str(tmp_path / "backups"),
            database_url=f"sqlite:///{source_file}", media_root=media,
        )  # fmt: skip
        assert (Path(folder) / "database.sqlite3").stat().st_size > 0
        run_script(
            "restore.sh", "--yes", folder,
            database_url=f"sqlite:///{target_file}", media_root=restored_media,
        )  # fmt: skip
        with sqlite3.connect(target_file) as restored:
            actual = count_rows(restored.cursor(), tables, connection.ops.quote_name)

    assert actual == expected
    assert (restored_media / "documents" / "werkblad.pdf").read_bytes() == (
        media / "documents" / "werkblad.pdf"
    ).read_bytes()


def test_restore_refuses_without_confirmation(tmp_path):
    result = subprocess.run(
        ["bash", "scripts/restore.sh", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "--yes" in result.stderr
