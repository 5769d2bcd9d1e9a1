#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into the database and media folder of the settings
# in force (DATABASE_URL, MEDIA_ROOT, ...). Destructive: it replaces what is there.
#   scripts/restore.sh --yes BACKUP_FOLDER
# PostgreSQL: the target database must exist (it may be empty); objects in it are replaced
# (pg_restore --clean --if-exists, in one transaction). SQLite: the file is replaced.
# Media: MEDIA_ROOT is emptied and filled from media.tar.gz. See docs/backups.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=backup.sh
source "$ROOT/scripts/backup.sh"

if [ "${1:-}" != "--yes" ] || [ -z "${2:-}" ]; then
  echo "usage: scripts/restore.sh --yes BACKUP_FOLDER   (replaces the current database and media)" >&2
  exit 2
fi
folder="$(cd "$2" && pwd)"

(cd "$folder" && grep -E '^[0-9a-f]{64}  ' manifest.txt | sha256sum --check --quiet) || {
  echo "Backup $folder does not match its manifest; not restoring." >&2
  exit 1
}

eval "$(samenspel_storage_env)"
export PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE
[ -n "$PGHOST" ] || unset PGHOST
[ -n "$PGPORT" ] || unset PGPORT
[ -n "$PGPASSWORD" ] || unset PGPASSWORD

backup_engine="$(sed -n 's/^engine: //p' "$folder/manifest.txt")"
if [ "$backup_engine" != "$DB_ENGINE" ]; then
  echo "Backup is of a $backup_engine database, the settings point at $DB_ENGINE." >&2
  exit 1
fi

case "$DB_ENGINE" in
  postgresql)
    pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction \
      --exit-on-error --dbname="$PGDATABASE" "$folder/database.dump"
    ;;
  sqlite)
    mkdir -p "$(dirname "$DB_NAME")"
    sqlite3 "$folder/database.sqlite3" "PRAGMA integrity_check" | grep -qx ok
    cp "$folder/database.sqlite3" "$DB_NAME.restoring"
    rm -f "$DB_NAME-wal" "$DB_NAME-shm"
    mv "$DB_NAME.restoring" "$DB_NAME"
    ;;
esac

if [ "$MEDIA_STORAGE" = "django.core.files.storage.FileSystemStorage" ]; then
  mkdir -p "$MEDIA_ROOT"
  find "$MEDIA_ROOT" -mindepth 1 -delete
  tar -C "$MEDIA_ROOT" -xzf "$folder/media.tar.gz"
else
  echo "Note: media are in $MEDIA_STORAGE; restore the bucket separately (docs/backups.md)." >&2
fi
echo "Restored $folder"
