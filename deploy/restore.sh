#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into an EMPTY database and an empty evidence store. Stop the
# application instances first (or point them at the restored database afterwards). See docs/deployment.md.
#
#   deploy/restore.sh BACKUP_DIR
#
# The target database: PGDATABASE (with PGHOST, PGPORT, PGUSER); it must exist and be empty (createdb it). Its owner
# becomes the owner of everything restored (--no-owner): connect as the application's database user.
# The evidence target: as for backup.sh (APP_EVIDENCE_STORAGE, APP_EVIDENCE_DIR, or APP_S3_* with rclone / aws).
set -euo pipefail

[[ $# -eq 1 ]] || { echo "usage: $0 BACKUP_DIR" >&2; exit 2; }
: "${PGDATABASE:?set PGDATABASE to the empty target database}"
in="$1"

echo "restore: checking $in/MANIFEST.sha256"
(cd "$in" && sha256sum --quiet --check MANIFEST.sha256)

tables="$(psql --no-psqlrc --tuples-only --no-align --command \
	"select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')")"
if [[ "$tables" != "0" ]]; then
	echo "restore: database $PGDATABASE is not empty ($tables tables); restore into a new one" >&2
	exit 1
fi

echo "restore: database -> $PGDATABASE"
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$PGDATABASE" "$in/database.dump"
psql --no-psqlrc --quiet --command "analyze"

storage="${APP_EVIDENCE_STORAGE:-local}"
case "$storage" in
local)
	dir="${APP_EVIDENCE_DIR:-${APP_DATA_DIR:-data}/evidence}"
	mkdir -p "$dir"
	if [[ -n "$(ls -A "$dir")" ]]; then
		echo "restore: evidence directory $dir is not empty" >&2
		exit 1
	fi
	echo "restore: evidence -> $dir"
	tar --extract --file="$in/evidence.tar" --directory="$dir"
	;;
s3)
	: "${APP_S3_BUCKET:?set APP_S3_BUCKET}"
	prefix="${APP_S3_PREFIX-evidence/}"
	if command -v rclone >/dev/null 2>&1; then
		rclone copy "$in/evidence" "${RCLONE_REMOTE:-evidence}:$APP_S3_BUCKET/$prefix"
	elif command -v aws >/dev/null 2>&1; then
		aws ${APP_S3_ENDPOINT:+--endpoint-url "$APP_S3_ENDPOINT"} s3 sync "$in/evidence" "s3://$APP_S3_BUCKET/$prefix"
	else
		echo "restore: APP_EVIDENCE_STORAGE=s3 needs rclone or the aws CLI" >&2
		exit 1
	fi
	;;
*)
	echo "restore: unknown APP_EVIDENCE_STORAGE=$storage" >&2
	exit 1
	;;
esac
echo "restore: done"
