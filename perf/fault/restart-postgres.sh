#!/usr/bin/env bash
# Fault drill: PostgreSQL restarts under load, and the application survives it without a restart of its own.
# Run by hand against the local PostgreSQL server (127.0.0.1:5432, user postgres, trust authentication; set
# PGHOST/PGPORT/PGUSER for another) that this script may stop and start (pg_ctlcluster, as root or the cluster's
# owner; CLUSTER="15 main" by default the only one in /etc/postgresql). docs/deployment.md, "Surviving a database
# restart", has the numbers of a run.
#  1. a fresh database, filled by the application itself (target/task-table.jar, APP_DEMO_DATA=true; built when
#     missing), a personal access token for the reporter hezhou (made on /account/tokens) and a signed-in session;
#  2. perf/fault/load.py for LOAD_SECONDS (60): WRITERS (4) threads submit records through the API, each with its
#     own Idempotency-Key and a unique title; READERS (2) threads read the API and two pages and sign in through the
#     login form; every request is logged (start, end, status, content type, Retry-After, friendly text);
#  3. STOP_AFTER (20) seconds into the load PostgreSQL is stopped (fast shutdown: sessions end with 57P01), and started
#     again DOWN_SECONDS (10) later;
#  4. the check: while the server was down every answer was a 503 (the friendly page for pages, a problem+json with
#     Retry-After for the API, /login?unavailable for the login form), never a 500; how long after the server was back
#     the first request succeeded and from when on every request did; every acknowledged (2xx) submission is in the
#     database exactly once (its key in form_submission pointing to its record, its title once in activity_record);
#     how many unacknowledged ones were stored anyway; then every unacknowledged one is sent again with its key, and
#     each must be stored exactly once as well.
# Prints a summary and exits non-zero when a check fails. KEEP=1 keeps the database and the work directory.
# PostgreSQL is started again whatever happens (trap on exit).
set -euo pipefail

root="$(dirname "$(dirname "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")")")"
jar="${JAR:-$root/target/task-table.jar}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
cluster="${CLUSTER:-$(ls /etc/postgresql | sort -V | tail -1) main}"
load_seconds="${LOAD_SECONDS:-60}" stop_after="${STOP_AFTER:-20}" down_seconds="${DOWN_SECONDS:-10}"
writers="${WRITERS:-4}" readers="${READERS:-2}" page_writers="${PAGE_WRITERS:-1}"
if [[ ! -f "$jar" ]]; then
	(cd "$root" && ./mvnw -q -DskipTests package)
fi

work="$(mktemp -d /tmp/tt-fault.XXXXXX)"
db="tt_fault_$$"
run="r$$"
app_pid=

pg() { pg_ctlcluster --skip-systemctl-redirect $cluster "$@"; }
pg_up() { pg_lsclusters --no-header | awk -v v="${cluster% *}" -v c="${cluster#* }" '$1 == v && $2 == c' | grep -q online; }
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
	pg_up || pg start || true
	stop_app
	if [[ "${KEEP:-}" != 1 ]]; then
		dropdb --if-exists "$db" 2>/dev/null || true
		rm -rf "$work"
	else
		echo "kept: database $db; directory $work"
	fi
}
trap cleanup EXIT

# shellcheck source=deploy/lib/app.sh
source "$root/deploy/lib/app.sh"
sql() { psql --no-psqlrc --tuples-only --no-align --quiet --dbname="$db" --command "$1"; }

echo "== 1. $db filled by the application (demo data)"
pg_up || { echo "PostgreSQL cluster $cluster is not running" >&2; exit 1; }
createdb "$db"
port=$(free_port)
management=$(free_port)
SERVER_ADDRESS=127.0.0.1 SERVER_PORT=$port APP_MANAGEMENT_PORT=$management \
	SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" SPRING_DATASOURCE_USERNAME="$PGUSER" \
	APP_DEMO_DATA=true APP_DATA_DIR="$work/data" java -jar "$jar" >"$work/app.log" 2>&1 &
app_pid=$!
started=$SECONDS
wait_ready "$management" "$app_pid" "$work/app.log"
echo "application up in $((SECONDS - started)) s (pid $app_pid, port $port)"
base="http://127.0.0.1:$port"
cookies="$work/cookies"
csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
token=$(curl -fsS -c "$cookies" -b "$cookies" "$base/login" | csrf)
curl -fsS -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode username=hezhou --data-urlencode password=demo \
	--data-urlencode "_csrf=$token" "$base/login"
token=$(curl -fsS -c "$cookies" -b "$cookies" "$base/account/tokens" | csrf)
api_token=$(curl -fsS -L -c "$cookies" -b "$cookies" --data-urlencode name=fault-drill --data-urlencode validDays=1 \
	--data-urlencode "_csrf=$token" "$base/account/tokens" | grep -o 'tt_[A-Za-z0-9_-]*' | head -1)
[[ -n "$api_token" ]] || { echo "no API token" >&2; exit 1; }
session=$(awk '$6 == "SESSION" { print $7 }' "$cookies" | tail -1)
campaign=$(sql "select code from campaign order by id desc limit 1")
echo "reporter hezhou: API token and session ready; campaign $campaign"

echo "== 2. load for ${load_seconds} s ($writers writers, $readers readers); PostgreSQL stopped at ${stop_after} s for ${down_seconds} s"
python3 "$root/perf/fault/load.py" "$base" "$api_token" "$session" "$campaign" "$run" "$load_seconds" \
	"$work/requests.tsv" "$writers" "$readers" "$page_writers" &
load_pid=$!
load_start=$(date +%s.%N)
sleep "$stop_after"
stop_at=$(date +%s.%N)
pg stop
stopped_at=$(date +%s.%N)
sleep "$down_seconds"
start_at=$(date +%s.%N)
pg start
back_at=$(date +%s.%N)
at() { printf '+%.1f s' "$(bc <<<"$1 - $load_start")"; }
echo "PostgreSQL: stop at $(at "$stop_at"), down at $(at "$stopped_at"), start at $(at "$start_at")," \
	"accepting at $(at "$back_at") (down for $(printf '%.1f' "$(bc <<<"$back_at - $stopped_at")") s)"
wait "$load_pid"
ready=$(curl -s -m 5 "http://127.0.0.1:$management/actuator/health/readiness" | grep -o '"status":"[A-Z_]*"' | head -1)
echo "readiness after the load: $ready"
# the session signed in before the outage goes on after it, without a new sign-in
after_status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "SESSION=$session" "$base/records")
echo "the session signed in before the outage, after it: GET /records $after_status"

echo "== 3. check"
sql "select token || '|' || coalesce(record_id::text, '') from form_submission
     where user_id = (select id from app_user where username = 'hezhou')" >"$work/keys.txt"
sql "select title || '|' || count(*) from activity_record where title like '故障演练 $run %' group by title" \
	>"$work/titles.txt"
sql "select title || '|' || count(*) from activity_record where title like '故障页面 $run %' group by title" \
	>"$work/page-titles.txt"
set +e
python3 - "$work" "$stop_at" "$stopped_at" "$back_at" "$load_start" "$base" "$api_token" "$after_status" <<'PY'
import json, re, sys, time, urllib.error, urllib.request
from collections import Counter
work, stop_at, stopped_at, back_at, load_start, base, token = sys.argv[1], *map(float, sys.argv[2:6]), *sys.argv[6:8]
after_status = sys.argv[8]
rows = []
with open(f"{work}/requests.tsv", encoding="utf-8") as f:
    header = f.readline().rstrip("\n").split("\t")
    for line in f:
        row = dict(zip(header, line.rstrip("\n").split("\t")))
        row["start"], row["end"], row["status"] = float(row["start"]), float(row["end"]), int(row["status"])
        rows.append(row)
keys = {}
for line in open(f"{work}/keys.txt", encoding="utf-8"):
    if line.strip():
        token_, record = line.strip().split("|")
        keys[token_] = record
def counted(name):
    counts = Counter()
    for line in open(f"{work}/{name}", encoding="utf-8"):
        if line.strip():
            title, count = line.strip().rsplit("|", 1)
            counts[title] = int(count)
    return counts
titles, page_titles = counted("titles.txt"), counted("page-titles.txt")
failures = []
ok = lambda r: 200 <= r["status"] < 300 or (r["kind"] == "login" and r["status"] == 302 and r["location"] in ("/", "")) \
    or (r["kind"] == "page-write" and r["status"] == 302 and re.fullmatch(r"/records/\d+", r["location"]) is not None)
rel = lambda t: t - load_start

print(f"requests: {len(rows)} ({', '.join(f'{k} {v}' for k, v in sorted(Counter(r['kind'] for r in rows).items()))})")
print("answers by kind and status: " + ", ".join(f"{k} {s}: {n}" for (k, s), n in
      sorted(Counter((r["kind"], r["status"]) for r in rows).items())))
errors = [r for r in rows if r["status"] >= 500 and r["status"] != 503 or r["status"] == 0]
if errors:
    failures.append(f"{len(errors)} answers neither 2xx/3xx/4xx nor 503 (500s or no answer): "
                    + ", ".join(f"{r['kind']} {r['status']} at +{rel(r['start']):.1f}s" for r in errors[:5]))
# the outage: requests that ended between the stop and the server accepting again, or started in it
affected = [r for r in rows if not ok(r)]
for r in affected:
    if r["kind"] in ("api-write", "api-read"):
        good = r["status"] == 503 and r["content_type"] == "application/problem+json" and r["retry_after"] and r["friendly"] == "yes"
    elif r["kind"] in ("page", "page-form", "page-write"):
        good = r["status"] == 503 and r["content_type"] == "text/html" and r["friendly"] == "yes"
    elif r["kind"] == "login":  # the password not checked: "try again" on the login page; checked, but the
        # sign-in's audit entry not written: the 503 page
        good = (r["status"] == 302 and r["location"] == "/login?unavailable") or (
            r["status"] == 503 and r["content_type"] == "text/html" and r["friendly"] == "yes")
    else:
        good = r["status"] == 503 and r["friendly"] == "yes"
    if not good:
        failures.append(f"not a friendly 'try again': {r['kind']} {r['status']} {r['content_type']} "
                        f"retry-after={r['retry_after']!r} friendly={r['friendly']} location={r['location']!r} "
                        f"at +{rel(r['start']):.1f}s")
outside = [r for r in affected if r["end"] < stop_at or r["start"] > back_at + 30]
if outside:
    failures.append(f"{len(outside)} failures outside the outage (before the stop or 30 s after the restart)")
print(f"answers that were not a success: {len(affected)}, all in the outage: {not outside}; "
      + ", ".join(f"{k} {s}: {n}" for (k, s), n in sorted(Counter((r['kind'], r['status']) for r in affected).items())))
down = [r for r in rows if r["start"] >= stopped_at and r["end"] <= back_at]
print(f"requests wholly inside the outage (server down until accepting again): {len(down)}, of which 503 or /login?unavailable: "
      f"{sum(1 for r in down if r['status'] == 503 or r['location'] == '/login?unavailable')}, 500: "
      f"{sum(1 for r in down if r['status'] == 500)}; longest wait for the 503: "
      f"{max([r['end'] - r['start'] for r in down] or [0]):.1f} s")
after = sorted((r for r in rows if r["end"] >= back_at and ok(r) and r["start"] >= stop_at), key=lambda r: r["end"])
if after:
    print(f"first success {after[0]['end'] - back_at:.1f} s after PostgreSQL accepted again ({after[0]['kind']})")
else:
    failures.append("no success after PostgreSQL was back")
last_failure = max((r["end"] for r in affected), default=None)
if last_failure is not None:
    print(f"last failure {last_failure - back_at:+.1f} s from PostgreSQL accepting again; every request after it succeeded")

writes = [r for r in rows if r["kind"] == "api-write"]
acked = [r for r in writes if 200 <= r["status"] < 300]
unacked = [r for r in writes if not 200 <= r["status"] < 300]
missing = [r for r in acked if not keys.get(r["key"]) or titles[r["title"]] != 1]
if missing:
    failures.append(f"{len(missing)} acknowledged submissions not stored exactly once, e.g. {missing[0]['title']}")
stored_anyway = [r for r in unacked if keys.get(r["key"]) and titles[r["title"]] >= 1]
sent_titles = {r["title"] for r in writes}
phantoms = [t for t in titles if t not in sent_titles]
twice = [t for t, n in titles.items() if n > 1]
if phantoms or twice:
    failures.append(f"records never sent: {len(phantoms)}, titles stored twice: {len(twice)}")
print(f"submissions: {len(writes)} sent, {len(acked)} acknowledged, all stored exactly once: {not missing}; "
      f"{len(unacked)} not acknowledged, of which stored anyway: {len(stored_anyway)}")
for r in stored_anyway:
    print(f"  stored but not acknowledged: {r['title']} ({r['status']} at +{rel(r['start']):.1f}s, "
          f"{r['end'] - r['start']:.1f} s)")
forms = [r for r in rows if r["kind"] == "page-write"]
forms_acked = [r for r in forms if ok(r)]
forms_missing = [r for r in forms_acked if page_titles[r["title"]] != 1]
forms_twice = [t for t, n in page_titles.items() if n > 1]
if forms_missing or forms_twice:
    failures.append(f"record forms: {len(forms_missing)} acknowledged not stored once, {len(forms_twice)} stored twice")
print(f"record forms in the session: {len(forms)} sent, {len(forms_acked)} acknowledged (302 to the record), all stored "
      f"exactly once: {not forms_missing and not forms_twice}; {len(forms) - len(forms_acked)} not acknowledged, of which "
      f"stored anyway: {sum(1 for r in forms if not ok(r) and page_titles[r['title']] >= 1)}")
session_pages = sorted((r for r in rows if r["kind"] in ("page", "page-form") and r["start"] >= back_at),
                       key=lambda r: r["end"])
session_ok = [r for r in session_pages if r["status"] == 200]
print(f"the session signed in before the outage: {len(session_ok)} of {len(session_pages)} of its page requests started "
      f"after PostgreSQL accepted again answered 200 (first {session_ok[0]['end'] - back_at:.1f} s after), "
      f"and after the load GET /records {after_status}" if session_ok else "the session: no page answered after the outage")
if not session_ok or not after_status.startswith("200"):
    failures.append(f"the session signed in before the outage did not survive it (after the load: {after_status})")

# a client retries what was not acknowledged, with the same key: each must end stored exactly once
retried = 0
for r in unacked:
    body = json.dumps({"unit": "hezhou", "obligation": "1.C.1", "activityDate":
                       time.strftime("%Y-%m-%d", time.gmtime(r["start"] + 8 * 3600)), "title": r["title"]}).encode()
    request = urllib.request.Request(f"{base}/api/v1/records", data=body, method="POST", headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json", "Idempotency-Key": r["key"]})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            retried += 200 <= response.status < 300
    except urllib.error.HTTPError as error:
        failures.append(f"retry of {r['title']}: {error.code}")
print(f"retried with the same key: {retried} of {len(unacked)} acknowledged")
open(f"{work}/retried-titles.txt", "w", encoding="utf-8").write("\n".join(r["title"] for r in unacked))
open(f"{work}/failures.txt", "w", encoding="utf-8").write("\n".join(failures))
for failure in failures:
    print("FAILED: " + failure)
sys.exit(1 if failures else 0)
PY
status=$?
set -e
sent=$(awk -F'\t' '$3 == "api-write" { n++ } END { print n + 0 }' "$work/requests.tsv")
stored=$(sql "select count(*) from activity_record where title like '故障演练 $run %'")
distinct=$(sql "select count(distinct title) from activity_record where title like '故障演练 $run %'")
echo "after the retries: $stored records of the drill, $distinct distinct titles, $sent submissions sent"
[[ "$stored" == "$sent" && "$distinct" == "$sent" ]] || { echo "FAILED: not every submission stored exactly once" >&2; status=1; }
echo "application log: $(grep -c 'Database unavailable, answered 503' "$work/app.log") one-line 503 warnings," \
	"$(grep -c ' ERROR ' "$work/app.log") ERROR lines"
echo "== result"
if [[ $status -eq 0 ]]; then
	echo "database restart drill: PASSED"
else
	echo "database restart drill: FAILED"
	KEEP=1
fi
exit "$status"
