#!/usr/bin/env bash
# Proof that deploy/backup.sh and deploy/restore.sh give back the same data, run by hand against a PostgreSQL server
# (by default 127.0.0.1:5432, user postgres, trust authentication; set PGHOST/PGPORT/PGUSER for another):
#  1. a fresh database, filled by the application itself (target/task-table.jar with APP_DEMO_DATA=true), plus
#     records with evidence files uploaded through the API (an image, so its thumbnail too, and a PDF);
#  2. the application is stopped (SIGTERM: its graceful shutdown is checked in its log);
#  3. deploy/backup.sh, then deploy/restore.sh into a second, empty database and evidence directory;
#  4. every table compared (row count and an MD5 of its whole content in a fixed order), every sequence's value,
#     every evidence file's SHA-256 (with the sha256 column of its row);
#  5. the application started on the restored copy serves an uploaded file with the same SHA-256.
# Prints a table of the results and exits non-zero on any difference. Build the jar first: ./mvnw -DskipTests package.
# KEEP=1 keeps the two databases and the work directory.
set -euo pipefail

root="$(dirname "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")")"
jar="${JAR:-$root/target/task-table.jar}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
[[ -f "$jar" ]] || { echo "no $jar: run ./mvnw -DskipTests package first" >&2; exit 1; }

work="$(mktemp -d /tmp/tt-backup-check.XXXXXX)"
source_db="tt_backup_source_$$"
restored_db="tt_backup_restored_$$"
app_pid=

stop_app() {
	if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
		kill -TERM "$app_pid"
		for _ in $(seq 1 120); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
		kill -0 "$app_pid" 2>/dev/null && kill -KILL "$app_pid"
		wait "$app_pid" 2>/dev/null || true
	fi
	app_pid=
}
cleanup() {
	stop_app
	if [[ "${KEEP:-}" != 1 ]]; then
		dropdb --if-exists "$source_db" 2>/dev/null || true
		dropdb --if-exists "$restored_db" 2>/dev/null || true
		rm -rf "$work"
	else
		echo "kept: databases $source_db, $restored_db; directory $work"
	fi
}
trap cleanup EXIT

# shellcheck source=deploy/lib/app.sh
source "$root/deploy/lib/app.sh"

start_app() { # $1 database, $2 evidence directory, $3 log
	port=$(free_port)
	management=$(free_port)
	SERVER_ADDRESS=127.0.0.1 SERVER_PORT=$port APP_MANAGEMENT_PORT=$management \
		SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$1" SPRING_DATASOURCE_USERNAME="$PGUSER" \
		APP_DEMO_DATA=true APP_DATA_DIR="$work/data" APP_EVIDENCE_DIR="$2" \
		java -jar "$jar" >"$3" 2>&1 &
	app_pid=$!
	local started=$SECONDS
	wait_ready "$management" "$app_pid" "$3"
	echo "application up on $1 in $((SECONDS - started)) s"
}

sql() { psql --no-psqlrc --tuples-only --no-align --quiet --dbname="$1" --command "$2"; }

echo "== 1. $source_db filled by the application (demo data) and evidence uploaded through the API"
createdb "$source_db"
start_app "$source_db" "$work/evidence-source" "$work/app-source.log"
python3 - "$work" <<'PY'
import os, random, struct, sys, zlib
work = sys.argv[1]
rng = random.Random(20261206)
def png(w, h):
    raw = b"".join(b"\x00" + bytes(rng.randrange(256) for _ in range(w * 3)) for _ in range(h))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
for i in range(3):
    open(f"{work}/photo-{i}.png", "wb").write(png(320, 200))
    open(f"{work}/report-{i}.pdf", "wb").write(b"%PDF-1.4\n" + os.urandom(200_000) + b"\n%%EOF\n")
PY
today="$(TZ=Asia/Shanghai date +%F)"
base="http://127.0.0.1:$port"
for i in 0 1 2; do
	id=$(curl -fsS -u hezhou:demo -H 'Content-Type: application/json' -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
		-d "{\"unit\":\"hezhou\",\"obligation\":\"1.C.1\",\"activityDate\":\"$today\",\"title\":\"备份检查 $i\"}" \
		"$base/api/v1/records" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
	curl -fsS -u hezhou:demo -F "file=@$work/photo-$i.png;filename=现场照片-$i.png" \
		-F "file=@$work/report-$i.pdf;filename=情况报告-$i.pdf" "$base/api/v1/records/$id/evidence" >/dev/null
done
echo "uploaded 3 records with 6 files"

echo "== 2. stop the application (SIGTERM)"
stop_app
if grep -q "Graceful shutdown complete" "$work/app-source.log"; then
	echo "graceful shutdown: $(grep -o 'Graceful shutdown complete' "$work/app-source.log" | head -1)"
else
	echo "graceful shutdown: NOT seen in the log" >&2
	exit 1
fi

echo "== 3. backup, then restore into $restored_db"
started=$SECONDS
backup=$(PGDATABASE="$source_db" APP_EVIDENCE_STORAGE=local APP_EVIDENCE_DIR="$work/evidence-source" \
	"$root/deploy/backup.sh" "$work/backups" | tail -1)
backup_seconds=$((SECONDS - started))
ls -l "$backup"
createdb "$restored_db"
started=$SECONDS
PGDATABASE="$restored_db" APP_EVIDENCE_STORAGE=local APP_EVIDENCE_DIR="$work/evidence-restored" \
	"$root/deploy/restore.sh" "$backup"
restore_seconds=$((SECONDS - started))

echo "== 4. compare"
failures=0
printf '%-32s %10s %10s  %-32s %s\n' table rows restored "md5 of the content" same
tables=$(sql "$source_db" "select tablename from pg_tables where schemaname = 'public' order by 1")
total_rows=0
for t in $tables; do
	q="select count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) from public.\"$t\" t"
	read -r n1 h1 <<<"$(sql "$source_db" "$q")"
	read -r n2 h2 <<<"$(sql "$restored_db" "$q")"
	same=yes
	[[ "$n1" == "$n2" && "$h1" == "$h2" ]] || { same=NO; failures=$((failures + 1)); }
	total_rows=$((total_rows + n1))
	printf '%-32s %10s %10s  %-32s %s\n' "$t" "$n1" "$n2" "$h1" "$same"
done
seq_q="select coalesce(string_agg(sequencename || '=' || coalesce(last_value::text, '-'), ' ' order by sequencename), '') from pg_sequences where schemaname = 'public'"
if [[ "$(sql "$source_db" "$seq_q")" == "$(sql "$restored_db" "$seq_q")" ]]; then
	echo "sequences: $(sql "$source_db" "select count(*) from pg_sequences where schemaname = 'public'") with the same values"
else
	echo "sequences: DIFFER" >&2
	failures=$((failures + 1))
fi

(cd "$work/evidence-source" && find . -type f -print0 | sort -z | xargs -0 sha256sum) >"$work/files-source"
(cd "$work/evidence-restored" && find . -type f -print0 | sort -z | xargs -0 sha256sum) >"$work/files-restored"
files=$(wc -l <"$work/files-source")
if cmp -s "$work/files-source" "$work/files-restored" && [[ "$files" -gt 0 ]]; then
	echo "evidence files: $files (with thumbnails), every SHA-256 the same"
else
	echo "evidence files: DIFFER (or none)" >&2
	failures=$((failures + 1))
fi
rows_ok=0
while IFS='|' read -r key sha; do
	actual=$(sha256sum "$work/evidence-restored/${key:0:2}/$key" | cut -d' ' -f1)
	if [[ "$actual" == "$sha" ]]; then rows_ok=$((rows_ok + 1)); else echo "evidence $key: $actual != $sha" >&2; failures=$((failures + 1)); fi
done < <(sql "$restored_db" "select storage_key, sha256 from evidence order by id")
echo "evidence rows whose restored file has the row's SHA-256: $rows_ok of $(sql "$restored_db" "select count(*) from evidence")"

echo "== 5. the application on the restored copy serves a file"
start_app "$restored_db" "$work/evidence-restored" "$work/app-restored.log"
base="http://127.0.0.1:$port"
jar_cookies="$work/cookies"
token=$(curl -fsS -c "$jar_cookies" -b "$jar_cookies" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fsS -o /dev/null -c "$jar_cookies" -b "$jar_cookies" --data-urlencode "username=hezhou" \
	--data-urlencode "password=demo" --data-urlencode "_csrf=$token" "$base/login"
read -r evidence_id evidence_sha <<<"$(sql "$restored_db" "select id || ' ' || sha256 from evidence where content_type = 'application/pdf' order by id limit 1")"
served=$(curl -fsS -b "$jar_cookies" "$base/evidence/$evidence_id" | sha256sum | cut -d' ' -f1)
stop_app
if [[ "$served" == "$evidence_sha" ]]; then
	echo "GET /evidence/$evidence_id on the restored copy: SHA-256 $served, as stored"
else
	echo "GET /evidence/$evidence_id: $served != $evidence_sha" >&2
	failures=$((failures + 1))
fi

echo "== result"
echo "server: $(sql postgres 'show server_version'); tables: $(wc -w <<<"$tables"); rows: $total_rows;" \
	"dump: $(du -h "$backup/database.dump" | cut -f1); evidence.tar: $(du -h "$backup/evidence.tar" | cut -f1);" \
	"backup ${backup_seconds} s, restore ${restore_seconds} s"
if [[ $failures -eq 0 ]]; then
	echo "backup-restore check: PASSED (every table, sequence and file the same)"
else
	echo "backup-restore check: FAILED ($failures differences)"
	exit 1
fi
