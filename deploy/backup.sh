#!/usr/bin/env bash
# Backs up the task table: the database (pg_dump, custom format) and the evidence store, into a new directory
# BACKUP_ROOT/<UTC time>/ with a manifest of SHA-256 sums. See docs/deployment.md, "Backup and restore".
#
#   deploy/backup.sh BACKUP_ROOT
#
# The database: the usual libpq variables (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD or ~/.pgpass). Point PGHOST
# at the streaming replica to keep the dump's reads off the primary.
# The evidence (as the application is configured):
#   APP_EVIDENCE_STORAGE=local (default): the directory APP_EVIDENCE_DIR (default ${APP_DATA_DIR:-data}/evidence) goes
#     into evidence.tar;
#   APP_EVIDENCE_STORAGE=s3: the bucket APP_S3_BUCKET (under APP_S3_PREFIX) is copied into evidence/ with
#     rclone (remote RCLONE_REMOTE, default "evidence") or the aws CLI (endpoint APP_S3_ENDPOINT), whichever is present.
# The database goes first, then the files: a file written after the dump is one more file than the rows need, which is
# harmless; the other order would leave rows without their files.
set -euo pipefail

[[ $# -eq 1 ]] || { echo "usage: $0 BACKUP_ROOT" >&2; exit 2; }
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER as needed)}"
out="$1/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"

echo "backup: database $PGDATABASE on ${PGHOST:-local socket}:${PGPORT:-5432} -> $out/database.dump"
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$out/database.dump"

storage="${APP_EVIDENCE_STORAGE:-local}"
case "$storage" in
local)
	dir="${APP_EVIDENCE_DIR:-${APP_DATA_DIR:-data}/evidence}"
	if [[ -d "$dir" ]]; then
		echo "backup: evidence directory $dir -> $out/evidence.tar"
		tar --create --file="$out/evidence.tar" --directory="$dir" .
	else
		echo "backup: no evidence directory at $dir (no files yet?)" >&2
		tar --create --file="$out/evidence.tar" --files-from=/dev/null
	fi
	;;
s3)
	: "${APP_S3_BUCKET:?set APP_S3_BUCKET}"
	prefix="${APP_S3_PREFIX-evidence/}"
	mkdir -p "$out/evidence"
	if command -v rclone >/dev/null 2>&1; then
		echo "backup: bucket $APP_S3_BUCKET/$prefix -> $out/evidence (rclone)"
		rclone copy "${RCLONE_REMOTE:-evidence}:$APP_S3_BUCKET/$prefix" "$out/evidence"
	elif command -v aws >/dev/null 2>&1; then
		echo "backup: bucket $APP_S3_BUCKET/$prefix -> $out/evidence (aws s3 sync)"
		aws ${APP_S3_ENDPOINT:+--endpoint-url "$APP_S3_ENDPOINT"} s3 sync "s3://$APP_S3_BUCKET/$prefix" "$out/evidence"
	else
		echo "backup: APP_EVIDENCE_STORAGE=s3 needs rclone or the aws CLI (or the store's own replication)" >&2
		exit 1
	fi
	;;
*)
	echo "backup: unknown APP_EVIDENCE_STORAGE=$storage" >&2
	exit 1
	;;
esac

(cd "$out" && find . -type f ! -name MANIFEST.sha256 -print0 | sort -z | xargs -0 sha256sum >MANIFEST.sha256)
echo "backup: done, $(du -sh "$out" | cut -f1) in $out"
echo "$out"
