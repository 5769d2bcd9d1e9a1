#!/usr/bin/env bash
# Back up the database and the uploaded media into one timestamped folder.
#   scripts/backup.sh [DESTINATION]          default DESTINATION: var/backups
# The database and media location come from the Django settings in force (DJANGO_SETTINGS_MODULE,
# DATABASE_URL, MEDIA_ROOT, ...), exactly as the application sees them:
#   PostgreSQL  pg_dump --format=custom  -> database.dump
#   SQLite      sqlite3 .backup (online, consistent) -> database.sqlite3
#   media       tar.gz of MEDIA_ROOT -> media.tar.gz
# plus manifest.txt (engine, time, SHA-256 of each file). See docs/backups.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"

# Prints shell assignments (DB_ENGINE, DB_NAME, PGHOST, ..., MEDIA_ROOT, MEDIA_STORAGE) from the
# Django settings, so the scripts and the application never disagree about where data lives.
samenspel_storage_env() {
  (cd "$ROOT" && "$PYTHON" - <<'PY'
import os
import shlex

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenspel.settings.dev")
from django.conf import settings  # noqa: E402

db = settings.DATABASES["default"]
engine = "postgresql" if "postgresql" in db["ENGINE"] else "sqlite" if "sqlite" in db["ENGINE"] else db["ENGINE"]
values = {
    "DB_ENGINE": engine,
    "DB_NAME": str(db["NAME"]),
    "PGHOST": db.get("HOST") or "",
    "PGPORT": str(db.get("PORT") or ""),
    "PGUSER": db.get("USER") or "",
    "PGPASSWORD": db.get("PASSWORD") or "",
    "PGDATABASE": str(db["NAME"]),
    "MEDIA_ROOT": str(settings.MEDIA_ROOT),
    "MEDIA_STORAGE": settings.STORAGES["default"]["BACKEND"],
}
for key, value in values.items():
    print(f"{key}={shlex.quote(value)}")
PY
  )
}

backup_main() {
  local destination="${1:-$ROOT/var/backups}"
  eval "$(samenspel_storage_env)"
  export PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE
  [ -n "$PGHOST" ] || unset PGHOST
  [ -n "$PGPORT" ] || unset PGPORT
  [ -n "$PGPASSWORD" ] || unset PGPASSWORD

  local folder
  folder="$destination/samenspel-$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$folder"
  chmod 700 "$folder"  # a backup holds personal data

  case "$DB_ENGINE" in
    postgresql)
      pg_dump --format=custom --no-owner --no-privileges --file="$folder/database.dump"
      ;;
    sqlite)
      [ -f "$DB_NAME" ] || { echo "SQLite database $DB_NAME not found" >&2; exit 1; }
      sqlite3 "$DB_NAME" ".backup '$folder/database.sqlite3'"
      ;;
    *)
      echo "Unsupported database engine: $DB_ENGINE" >&2
      exit 1
      ;;
  esac

  if [ "$MEDIA_STORAGE" != "django.core.files.storage.FileSystemStorage" ]; then
    echo "Note: media are in $MEDIA_STORAGE, not on this disk; back up the bucket separately (docs/backups.md)." >&2
    tar -czf "$folder/media.tar.gz" --files-from /dev/null
  elif [ -d "$MEDIA_ROOT" ]; then
    tar -C "$MEDIA_ROOT" -czf "$folder/media.tar.gz" .
  else
    tar -czf "$folder/media.tar.gz" --files-from /dev/null
  fi

  {
    echo "engine: $DB_ENGINE"
    echo "created: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "git: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    (cd "$folder" && sha256sum database.* media.tar.gz)
  } >"$folder/manifest.txt"
  echo "$folder"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  backup_main "$@"
fi
