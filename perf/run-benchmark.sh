#!/usr/bin/env bash
# Benchmark of the provincial dashboard (issue 4, "Performance"): p50/p95/p99 of GET /dashboard under concurrent load
# on >= 200k generated records, next to the raw fact SQL the matrix runs (the floor). Method and results:
# docs/benchmark.md.
#
#   perf/run-benchmark.sh                  # defaults below; everything stays on 127.0.0.1
#   RECORDS=400000 CONCURRENCY=16 perf/run-benchmark.sh
#
# Needs: a JDK 17, a local PostgreSQL at 127.0.0.1:5432 that lets user postgres in without a password (trust) and
# create databases, psql and pgbench, curl; ab (apache2-utils) is installed with apt-get when missing (as root).
# Steps: build the jar if missing; drop and recreate $DB_NAME; start the app once to migrate and load the demo data;
# generate $RECORDS records; restart it with statement logging on the bench database for a few single requests
# (statements per request, the fact query's exact parameters); restart it clean; warm up; measure with ab; time the
# fact query alone with pgbench; profile with JFR and thread dumps during two more loaded runs; print a table. The
# app is stopped on exit; the database is kept for inspection (dropped by the next run). Raw outputs go to $OUT_DIR.
# JAVA_OPTS passes JVM options and -D properties to the app, e.g. for a what-if run.
# Statement counts need the server log to be readable (Debian's /var/log/postgresql/postgresql-<major>-main.log, or
# the logging collector's file; log_line_prefix with %d), else the floor falls back to the quarter's own dates.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

RECORDS=${RECORDS:-200000}
DB_NAME=${DB_NAME:-tasktable_bench}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
CAMPAIGN=${CAMPAIGN:-guangxi-2018-2020}
COMBOS=${COMBOS:-"2019:2 2019:4 2020:4"}   # year:quarter pairs measured under load
MAIN_COMBO=${MAIN_COMBO:-2019:2}          # also measured with one client, as htmx partial, and profiled
CONCURRENCY=${CONCURRENCY:-8}
REQUESTS=${REQUESTS:-1000}                 # per combination, at $CONCURRENCY clients
SERIAL_REQUESTS=${SERIAL_REQUESTS:-300}    # one client, main combination: the service time without queueing
WARMUP=${WARMUP:-150}                      # per combination, before anything is measured
PGBENCH_SECONDS=${PGBENCH_SECONDS:-20}
PROFILE_SECONDS=${PROFILE_SECONDS:-20}     # JFR recording during a separate loaded run
PROFILE_SAMPLES=${PROFILE_SAMPLES:-40}     # thread dumps (SIGQUIT, printed to the app log) during another one
JAVA_OPTS=${JAVA_OPTS:-}
BENCH_TIMEOUT=${BENCH_TIMEOUT:-3600}       # seconds for the whole run
OUT_DIR=${OUT_DIR:-$ROOT/target/benchmark}
JAR=${JAR:-$ROOT/target/task-table.jar}
PG_LOG=${PG_LOG:-}                         # server log, found from the server when empty

export PGHOST PGPORT PGUSER
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -d "$DB_NAME")
APP_PID=
WATCHDOG=
PORT=
BASE=
SESSION=

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

case "$PGHOST" in 127.0.0.1 | localhost | ::1) ;; *) die "PGHOST must be loopback (got $PGHOST)" ;; esac

stop_app() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill -TERM "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
		kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" 2>/dev/null || true
		wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=
}

POSTMASTER=
POSTMASTER_NICE=
cleanup() {
	local rc=$?
	stop_app
	[[ -n "$POSTMASTER" ]] && renice -n "$POSTMASTER_NICE" -p "$POSTMASTER" >/dev/null 2>&1 || true
	psql -X -q -d "$DB_NAME" -c "alter database $DB_NAME reset log_min_duration_statement" >/dev/null 2>&1 || true
	[[ -n "$WATCHDOG" ]] && kill -TERM "$WATCHDOG" 2>/dev/null || true
	exit "$rc"
}
trap cleanup EXIT
trap 'log "stopped (SIGTERM, or the time limit of ${BENCH_TIMEOUT}s)"; exit 124' TERM
trap 'exit 130' INT
# A watchdog bounds the whole run (every step also has its own timeout).
(trap 'kill "$s" 2>/dev/null; exit 0' TERM; sleep "$BENCH_TIMEOUT" & s=$!; wait "$s"; kill -TERM $$) >/dev/null 2>&1 &
WATCHDOG=$!

mkdir -p "$OUT_DIR"
rm -f "$OUT_DIR"/*.txt "$OUT_DIR"/*.log "$OUT_DIR"/*.sql "$OUT_DIR"/*.html "$OUT_DIR"/pgbench-* "$OUT_DIR"/cookies
RESULTS="$OUT_DIR/results.txt"

# --- tools -----------------------------------------------------------------------------------------------------------
command -v psql >/dev/null && command -v pgbench >/dev/null || die "psql and pgbench are needed (postgresql-client)"
command -v curl >/dev/null || die "curl is needed"
if ! command -v ab >/dev/null; then
	[[ $(id -u) == 0 ]] || die "ab is missing: apt-get install apache2-utils"
	log "installing apache2-utils (ab)"
	timeout 300 apt-get install -y -qq apache2-utils >/dev/null 2>&1 \
		|| { timeout 300 apt-get update -qq >/dev/null && timeout 300 apt-get install -y -qq apache2-utils >/dev/null; }
fi
if [[ ! -f "$JAR" ]]; then
	log "building $JAR"
	timeout 900 ./mvnw -q -B package -DskipTests
fi
[[ -f "$JAR" ]] || die "no jar at $JAR"

# --- app -------------------------------------------------------------------------------------------------------------
# shellcheck source=deploy/lib/app.sh
source "$ROOT/deploy/lib/app.sh"

start_app() { # $1: label of the log file
	PORT=$(free_port) || die "no free port"
	BASE="http://127.0.0.1:$PORT"
	MANAGEMENT_PORT=$(free_port) || die "no free port"
	local app_log="$OUT_DIR/app-$1.log"
	log "starting the app ($1) on $BASE"
	# shellcheck disable=SC2086
	SERVER_ADDRESS=127.0.0.1 SERVER_PORT=$PORT APP_MANAGEMENT_PORT=$MANAGEMENT_PORT \
		SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$DB_NAME" SPRING_DATASOURCE_USERNAME="$PGUSER" \
		APP_DEMO_DATA=true APP_DATA_DIR="$OUT_DIR/data" \
		java $JAVA_OPTS -jar "$JAR" >"$app_log" 2>&1 &
	APP_PID=$!
	local started=$SECONDS
	wait_ready "$MANAGEMENT_PORT" "$APP_PID" "$app_log" 240
	log "app up in $((SECONDS - started)) s (pid $APP_PID)"
}

login() { # signs in as reviewer/demo; sets SESSION
	local jar="$OUT_DIR/cookies" token code
	rm -f "$jar"
	token=$(curl -fsS -m 10 -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
		| sed 's/.*value="//; s/"$//') || true
	[[ -n "$token" ]] || die "no CSRF token on /login"
	code=$(curl -sS -m 20 -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
		--data-urlencode username=reviewer --data-urlencode password=demo --data-urlencode "_csrf=$token" \
		"$BASE/login")
	[[ "$code" == 302* && "$code" != *error* ]] || die "sign-in failed: $code"
	SESSION=$(awk '$6 == "SESSION" { print $7 }' "$jar" | tail -1)
	[[ -n "$SESSION" ]] || die "no session cookie after sign-in"
}

url_of() { echo "$BASE/dashboard?campaign=$CAMPAIGN&year=${1%%:*}&quarter=${1##*:}"; }

check_dashboard() { # $1 combo; the page must be a matrix, not the login page
	local code
	code=$(curl -sS -m 60 -b "SESSION=$SESSION" -o "$OUT_DIR/dashboard-${1/:/q}.html" -w '%{http_code}' "$(url_of "$1")")
	[[ "$code" == 200 ]] || die "GET $(url_of "$1") answered $code"
	grep -q 'id="matrix-CITY"' "$OUT_DIR/dashboard-${1/:/q}.html" || die "no city matrix in the dashboard for $1"
}

# --- priority on a shared machine ---------------------------------------------------------------------------------------
# BENCH_NICE=-10 (root): this script and everything it starts (the app, ab, psql, pgbench) run at that priority, and so
# do the PostgreSQL backends started while it runs (they inherit the postmaster's, which is put back on exit). Other
# work on the machine (a build, a test run) then only gets the CPU the benchmark leaves: the numbers approach those of
# a quiet machine. The report says which was used.
BENCH_NICE=${BENCH_NICE:-}
if [[ -n "$BENCH_NICE" ]]; then
	renice -n "$BENCH_NICE" -p $$ >/dev/null || die "renice to $BENCH_NICE refused (needs root)"
	POSTMASTER=$(head -1 "$(psql -X -At -d postgres -c 'show data_directory')/postmaster.pid" 2>/dev/null || true)
	if [[ -n "$POSTMASTER" ]]; then
		POSTMASTER_NICE=$(ps -o ni= -p "$POSTMASTER" | tr -d ' ')
		renice -n "$BENCH_NICE" -p "$POSTMASTER" >/dev/null || POSTMASTER=
	fi
	log "running at nice $BENCH_NICE (postmaster ${POSTMASTER:-not reniced})"
fi

# --- database --------------------------------------------------------------------------------------------------------
psql -X -q -d postgres -c 'select 1' >/dev/null || die "cannot reach PostgreSQL at $PGHOST:$PGPORT as $PGUSER"
if [[ -z "$PG_LOG" ]]; then
	PG_LOG=$(psql -X -At -d postgres -c "select case when current_setting('logging_collector') = 'on'
		then current_setting('data_directory') || '/' || pg_current_logfile()
		else '/var/log/postgresql/postgresql-' || current_setting('server_version_num')::int / 10000 || '-main.log' end")
fi
log "recreating database $DB_NAME"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $DB_NAME with (force)" \
	-c "create database $DB_NAME" >/dev/null

start_app setup
stop_app
log "generating $RECORDS records"
started=$SECONDS
timeout 900 "${PSQL[@]}" -v records="$RECORDS" -f perf/generate-records.sql >"$OUT_DIR/generate.txt"
log "generated in $((SECONDS - started)) s: $(grep -E '^ *[0-9]+ \|' "$OUT_DIR/generate.txt" | tr -s ' ')"
days=$("${PSQL[@]}" -At -c "select count(distinct activity_date) from activity_record where title like '性能测试记录%'")
((days >= 1000)) || die "the generated records fall on $days days only (expected 3 years)"
timeout 600 "${PSQL[@]}" -c 'vacuum analyze' >/dev/null

# --- probe: statements per request and the fact query's parameters, from the server log -----------------------------
probe_ok=no
if [[ -r "$PG_LOG" ]]; then
	"${PSQL[@]}" -c "alter database $DB_NAME set log_min_duration_statement = 0" >/dev/null
	offset=$(stat -c %s "$PG_LOG")
	start_app probe
	login
	mark() { "${PSQL[@]}" -c "select 'bench-mark $1'" >/dev/null; }
	mark begin
	for combo in $COMBOS; do
		mark "cold $combo"; check_dashboard "$combo"; mark "end"
	done
	for combo in $COMBOS; do
		mark "warm $combo"; check_dashboard "$combo"; mark "end"
	done
	stop_app
	"${PSQL[@]}" -c "alter database $DB_NAME reset log_min_duration_statement" >/dev/null
	tail -c +"$((offset + 1))" "$PG_LOG" | grep -a -F "@$DB_NAME " >"$OUT_DIR/probe-pg.log" || true
	# Per marked request: statements executed (extended-protocol executes and simple statements), the fact query's
	# parameters and its server-side execute time.
	awk -v out="$OUT_DIR" '
		/bench-mark (cold|warm) / && /statement:|execute/ {
			match($0, /bench-mark (cold|warm) [0-9]+:[0-9]/); label = substr($0, RSTART + 11, RLENGTH - 11)
			n = 0; data = 0; fact = ""; next }
		/bench-mark end/ && /statement:|execute/ { if (label != "") print label "\t" n "\t" data "\t" factms "\t" fact > (out "/probe-requests.txt"); label = ""; next }
		/bench-mark/ { next }
		label != "" && /duration: .* (execute [^:]*|statement): / {
			n++
			line = tolower($0)
			if (line !~ /(statement|execute [^:]*): *(begin|commit|rollback|set |show |select 1$|$)/) data++
			if ($0 ~ /execute [^:]*: select .R. as kind/) { want = 1; match($0, /duration: [0-9.]+ ms/); factms = substr($0, RSTART + 10, RLENGTH - 13) }
			next }
		want && /DETAIL:  parameters:/ { sub(/.*parameters: /, ""); fact = $0; want = 0 }
	' "$OUT_DIR/probe-pg.log"
	[[ -s "$OUT_DIR/probe-requests.txt" ]] && probe_ok=yes
else
	log "cannot read $PG_LOG: no statement counts; the floor uses the quarter and all obligations (approximate)"
fi

# One file per combination with the fact query and literal parameters (exactly the app's when the probe ran: the
# first request of the quarter computes the matrix; later ones find it kept and send no fact query).
fact_sql() { # $1 combo -> writes $OUT_DIR/fact-<combo>.sql
	local combo=$1 params zone ids froms tos path y q from to
	params=$( { [[ $probe_ok == yes ]] && awk -F'\t' -v c="cold $combo" '$1 == c { print $5 }' "$OUT_DIR/probe-requests.txt"; } || true)
	if [[ -n "$params" ]]; then
		zone=$(sed -E "s/.*\\\$1 = '([^']*)'.*/\1/" <<<"$params")
		ids=$(sed -E "s/.*\\\$2 = '([^']*)'.*/\1/" <<<"$params")
		froms=$(sed -E "s/.*\\\$3 = '([^']*)'.*/\1/" <<<"$params")
		tos=$(sed -E "s/.*\\\$4 = '([^']*)'.*/\1/" <<<"$params")
		path=$(sed -E "s/.*\\\$5 = '([^']*)'.*/\1/" <<<"$params")
		from=$(tr -d '{}' <<<"$froms" | tr ',' '\n' | sort | head -1)
		to=$(tr -d '{}' <<<"$tos" | tr ',' '\n' | sort | tail -1)
	else
		y=${combo%%:*} q=${combo##*:}
		zone=Asia/Shanghai path=/guangxi/%
		from=$(date -d "$y-$(printf %02d $((q * 3 - 2)))-01" +%F)
		to=$(date -d "$from + 3 months - 1 day" +%F)
		read -r ids froms tos < <("${PSQL[@]}" -At -F' ' -c "select '{' || string_agg(o.id::text, ',' order by o.id) || '}',
			'{' || string_agg('$from', ',') || '}', '{' || string_agg('$to', ',') || '}' from obligation o
			join campaign c on c.id = o.campaign_id where c.code = '$CAMPAIGN'")
	fi
	cat >"$OUT_DIR/fact-${combo/:/q}.sql" <<-SQL
		select 'R' as kind, r.unit_id, r.obligation_id, r.activity_date as d1,
		       (r.created_at at time zone '$zone')::date as d2, r.state as s, r.value, r.coverage_category as c,
		       null::integer as score
		from unnest('$ids'::bigint[], '$froms'::date[], '$tos'::date[]) as w (obligation_id, from_date, to_date)
		join activity_record r on r.obligation_id = w.obligation_id
		     and r.activity_date between w.from_date and w.to_date
		join unit u on u.id = r.unit_id
		where u.path like '$path' and r.state in ('APPROVED', 'PENDING')
		union all
		select 'E', e.unit_id, e.obligation_id, e.period_start, e.period_end, e.frequency, null, null, null
		from exemption e join unit u on u.id = e.unit_id
		where u.path like '$path' and e.obligation_id = any ('$ids'::bigint[])
		union all
		select 'G', g.unit_id, g.obligation_id, g.period_start, g.period_end, g.frequency, null, null, g.score
		from rating g join unit u on u.id = g.unit_id
		where u.path like '$path' and g.obligation_id = any ('$ids'::bigint[]);
	SQL
	echo "$from..$to"
}

# --- measured run ----------------------------------------------------------------------------------------------------
start_app bench
login
first_ms=$(curl -sS -m 60 -b "SESSION=$SESSION" -o /dev/null -w '%{time_total}' "$(url_of "$MAIN_COMBO")" \
	| awk '{ printf "%.0f", $1 * 1000 }')
log "first dashboard request after start: $first_ms ms"
for combo in $COMBOS; do check_dashboard "$combo"; done

run_ab() { # $1 label, $2 requests, $3 concurrency, $4 url, [$5 extra header]
	local label=$1 out="$OUT_DIR/ab-$1.txt"
	local args=(-l -k -n "$2" -c "$3" -s 60 -C "SESSION=$SESSION")
	[[ $# -ge 5 ]] && args+=(-H "$5")
	timeout 900 ab "${args[@]}" "$4" >"$out" 2>&1 || { cat "$out" >&2; die "ab failed ($label)"; }
}
ab_row() { # $1 label -> "rps mean p50 p95 p99 max non2xx failed"
	awk '
		/^Requests per second:/ { rps = $4 }
		/^Time per request:/ && !mean { mean = $4 }
		/^Failed requests:/ { failed = $3 }
		/^Non-2xx responses:/ { non2xx = $3 }
		/^ +50%/ { p50 = $2 } /^ +95%/ { p95 = $2 } /^ +99%/ { p99 = $2 } /^ *100%/ { max = $2 }
		END { printf "%s %s %s %s %s %s %s %s\n", rps, mean, p50, p95, p99, max, non2xx + 0, failed + 0 }
	' "$OUT_DIR/ab-$1.txt"
}

log "warming up ($WARMUP requests per combination, $CONCURRENCY clients)"
for combo in $COMBOS; do run_ab "warmup-${combo/:/q}" "$WARMUP" "$CONCURRENCY" "$(url_of "$combo")"; done

cpu_jiffies() { # summed utime+stime of the given pids
	local t=0 p
	for p in "$@"; do
		[[ -r /proc/$p/stat ]] && t=$((t + $(sed 's/^.*) //' "/proc/$p/stat" | awk '{ print $12 + $13 }')))
	done
	echo "$t"
}
busy_jiffies() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
pg_pids=$("${PSQL[@]}" -At -c "select pid from pg_stat_activity where datname = '$DB_NAME' and pid <> pg_backend_pid()" | tr '\n' ' ')
gc_time() { command -v jstat >/dev/null && jstat -gcutil "$APP_PID" 2>/dev/null | awk 'NR == 2 { print $NF }' || echo ""; }

# One request per quarter of the campaign (warm): status and time, to see every quarter answers.
SWEEP=""
for y in $(seq "$("${PSQL[@]}" -At -c "select extract(year from start_date) from campaign where code = '$CAMPAIGN'")" \
	"$("${PSQL[@]}" -At -c "select extract(year from end_date) from campaign where code = '$CAMPAIGN'")"); do
	for q in 1 2 3 4; do
		SWEEP+="$y Q$q: $(curl -sS -m 60 -b "SESSION=$SESSION" -o /dev/null -w '%{http_code} %{time_total}s' "$(url_of "$y:$q")")"$'\n'
	done
done

uptime_before=$(uptime)
declare -A CPU
for combo in $COMBOS; do
	label="c$CONCURRENCY-${combo/:/q}"
	log "measuring $label: $REQUESTS requests"
	j0=$(cpu_jiffies "$APP_PID"); p0=$(cpu_jiffies $pg_pids); b0=$(busy_jiffies); t0=$(date +%s.%N); g0=$(gc_time)
	run_ab "$label" "$REQUESTS" "$CONCURRENCY" "$(url_of "$combo")"
	j1=$(cpu_jiffies "$APP_PID"); p1=$(cpu_jiffies $pg_pids); b1=$(busy_jiffies); t1=$(date +%s.%N); g1=$(gc_time)
	hz=$(getconf CLK_TCK)
	CPU[$combo]=$(awk -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v b=$((b1 - b0)) -v t0="$t0" -v t1="$t1" -v hz="$hz" \
		-v g0="${g0:-0}" -v g1="${g1:-0}" 'BEGIN { w = t1 - t0; printf "%.2f %.2f %.2f %.2f", j / hz / w, p / hz / w, (b - j - p) / hz / w, (g1 - g0) * 1000 }')
done
log "measuring one client: $SERIAL_REQUESTS requests"
run_ab "c1-${MAIN_COMBO/:/q}" "$SERIAL_REQUESTS" 1 "$(url_of "$MAIN_COMBO")"
log "measuring the htmx partial (HX-Request): $REQUESTS requests"
run_ab "c$CONCURRENCY-${MAIN_COMBO/:/q}-htmx" "$REQUESTS" "$CONCURRENCY" "$(url_of "$MAIN_COMBO")" "HX-Request: true"
uptime_after=$(uptime)

# --- profile: JFR, then thread dumps, during separate loaded runs (not part of the numbers above) ---------------------
# JFR's execution samples say where request threads spend CPU; thread dumps (SIGQUIT, printed to the app log) also
# show threads waiting, e.g. for PostgreSQL. Both slow the app down, so they run apart and after the measurements.
log "profiling: JFR for ${PROFILE_SECONDS}s, then $PROFILE_SAMPLES thread dumps, under $CONCURRENCY clients"
jfr_ok=no
timeout 60 jcmd "$APP_PID" JFR.start name=bench settings=profile filename="$OUT_DIR/profile.jfr" >/dev/null 2>&1 \
	&& jfr_ok=yes
timeout 900 ab -l -k -t "$PROFILE_SECONDS" -n 1000000 -c "$CONCURRENCY" -C "SESSION=$SESSION" \
	"$(url_of "$MAIN_COMBO")" >"$OUT_DIR/ab-profile-jfr.txt" 2>&1 || true
[[ $jfr_ok == yes ]] && { timeout 60 jcmd "$APP_PID" JFR.stop name=bench >/dev/null 2>&1 || jfr_ok=no; }
dumps_from=$(wc -l <"$OUT_DIR/app-bench.log")
timeout 900 ab -l -k -t $((PROFILE_SAMPLES / 4 + 6)) -n 1000000 -c "$CONCURRENCY" -C "SESSION=$SESSION" \
	"$(url_of "$MAIN_COMBO")" >"$OUT_DIR/ab-profile-dumps.txt" 2>&1 &
ab_pid=$!
sleep 3
for _ in $(seq 1 "$PROFILE_SAMPLES"); do kill -QUIT "$APP_PID"; sleep 0.25; done
wait "$ab_pid" || true
sleep 1
tail -n +"$((dumps_from + 1))" "$OUT_DIR/app-bench.log" >"$OUT_DIR/thread-dumps.txt"
# Each request thread (http-nio-...-exec-N) in each dump: idle, or by what its stack contains.
awk '
	function flush() {
		if (name == "") return
		if (stack ~ /TaskQueue\.take|TaskQueue\.poll/ && stack !~ /com\.tasktable|org\.springframework/) cat = "idle (waiting for a request)"
		else if (stack ~ /org\.postgresql\./) cat = "JDBC: waiting for / reading from PostgreSQL"
		else if (stack ~ /com\.zaxxer\.hikari\./) cat = "connection pool"
		else if (stack ~ /org\.thymeleaf\.|org\.attoparser\./) cat = "Thymeleaf rendering"
		else if (stack ~ /com\.tasktable\.compliance\./) cat = "compliance engine"
		else if (stack ~ /com\.tasktable\./) cat = "other application code"
		else if (stack ~ /org\.springframework\.security\./) cat = "security filter chain"
		else cat = "Tomcat / MVC / socket I/O"
		count[cat]++; total++; name = ""
	}
	/^"http-nio-.*-exec-[0-9]+"/ { flush(); name = $1; stack = ""; next }
	/^$/ { flush(); next }
	name != "" { stack = stack "\n" $0 }
	END { flush(); for (c in count) printf "%5.1f%%  %4d  %s\n", 100 * count[c] / total, count[c], c | "sort -rn"; close("sort -rn"); printf "(%d thread samples)\n", total }
' "$OUT_DIR/thread-dumps.txt" >"$OUT_DIR/profile.txt"
if [[ $jfr_ok == yes ]] && command -v jfr >/dev/null; then
	timeout 300 jfr print --events jdk.ExecutionSample --stack-depth 400 "$OUT_DIR/profile.jfr" >"$OUT_DIR/jfr-samples.txt"
	# Request-thread samples: inside Thymeleaf rendering, else by the innermost frame of a known part.
	awk -v leaves="$OUT_DIR/jfr-leaves.txt" '
		function flush(   cat, i, n, f) {
			if (!req) { other++; return }
			if (stack ~ /ResourceUrlProvider\.getForLookupPath/) cat = "links: encodeURL -> static resource lookup (ResourceUrlProvider)"
			else if (stack ~ /org\.thymeleaf\./) cat = "Thymeleaf rendering (the rest)"
			else {
				n = split(stack, f, "\n"); cat = "Tomcat / Spring MVC / other"
				for (i = 1; i <= n; i++) {
					if (f[i] ~ /org\.postgresql\./) { cat = "JDBC driver (reading rows)"; break }
					if (f[i] ~ /com\.tasktable\.compliance\./) { cat = "compliance engine"; break }
					if (f[i] ~ /com\.tasktable\.records\./) { cat = "fact rows to objects (RecordFacts)"; break }
					if (f[i] ~ /com\.tasktable\.dashboards\./) { cat = "matrix assembly (grouping facts)"; break }
					if (f[i] ~ /com\.tasktable\./) { cat = "other application code"; break }
					if (f[i] ~ /org\.springframework\.security\./) { cat = "security filter chain"; break }
				}
			}
			count[cat]++; total++; leaf[top]++
		}
		/^jdk\.ExecutionSample/ { on = 1; req = 0; stack = ""; top = ""; next }
		on && /sampledThread = "http-nio-.*-exec-/ { req = 1 }
		on && /^    [^ ]/ { fr = $1; sub(/\(.*/, "", fr); if (top == "") top = fr; stack = stack "\n" fr; next }
		on && /^}/ { flush(); on = 0 }
		END {
			for (c in count) printf "%5.1f%%  %5d  %s\n", 100 * count[c] / total, count[c], c | "sort -rn"
			close("sort -rn")
			printf "(%d samples on request threads, %d on other threads)\n", total, other
			for (l in leaf) printf "%5.1f%%  %s\n", 100 * leaf[l] / total, l | ("sort -rn | head -15 >" leaves)
		}
	' "$OUT_DIR/jfr-samples.txt" >"$OUT_DIR/profile-jfr.txt"
fi
stop_app

# --- computed every time, and kept while records are written -----------------------------------------------------------
# A kept matrix is reused until the campaign's revision changes (any record, directive or task-table change). The runs
# above measure reuse. Here: the same requests with keeping off (what every request cost before, and what the first
# request after a change costs), and a run with keeping on while a record of the campaign is written every second.
log "measuring with kept matrices off (app.dashboards.kept-matrices=0)"
saved_opts=$JAVA_OPTS
JAVA_OPTS="$JAVA_OPTS -Dapp.dashboards.kept-matrices=0"
start_app computed
login
run_ab "computed-warmup" "$((WARMUP / 3 + 1))" "$CONCURRENCY" "$(url_of "$MAIN_COMBO")"
run_ab "computed-c$CONCURRENCY-${MAIN_COMBO/:/q}" "$((REQUESTS / 4))" "$CONCURRENCY" "$(url_of "$MAIN_COMBO")"
run_ab "computed-c1-${MAIN_COMBO/:/q}" "$((SERIAL_REQUESTS / 3))" 1 "$(url_of "$MAIN_COMBO")"
stop_app
JAVA_OPTS=$saved_opts
log "measuring with kept matrices while a record of the campaign is written every second"
start_app writes
login
run_ab "writes-warmup" "$WARMUP" "$CONCURRENCY" "$(url_of "$MAIN_COMBO")"
writes_before=$("${PSQL[@]}" -At -c "select count(*) from activity_record where title = '性能测试写入'")
(
	while :; do
		"${PSQL[@]}" -c "insert into activity_record (obligation_id, unit_id, activity_date, title, state, created_by)
			select o.id, u.id, make_date(${MAIN_COMBO%%:*}, ${MAIN_COMBO##*:} * 3 - 1, 10), '性能测试写入', 'PENDING', a.id
			from obligation o join campaign c on c.id = o.campaign_id, unit u, app_user a
			where c.code = '$CAMPAIGN' and o.code = '1.C.1' and u.code = 'nanning' and a.username = 'nanning'" || true
		sleep 1
	done
) &
writer_pid=$!
run_ab "writes-c$CONCURRENCY-${MAIN_COMBO/:/q}" "$REQUESTS" "$CONCURRENCY" "$(url_of "$MAIN_COMBO")"
kill "$writer_pid" 2>/dev/null || true
wait "$writer_pid" 2>/dev/null || true
WRITES=$(( $("${PSQL[@]}" -At -c "select count(*) from activity_record where title = '性能测试写入'") - writes_before ))
stop_app

# --- SQL floor -------------------------------------------------------------------------------------------------------
pgbench_row() { # $1 sql file, $2 clients, $3 label -> "tps mean p50 p95 p99"
	local prefix="$OUT_DIR/pgbench-$3"
	(cd "$OUT_DIR" && timeout $((PGBENCH_SECONDS + 120)) pgbench -n -M prepared -f "$1" -c "$2" -j "$(( $2 < 2 ? 1 : 2 ))" \
		-T "$PGBENCH_SECONDS" -l --log-prefix="$prefix" "$DB_NAME" >"$prefix.txt" 2>&1) || { cat "$prefix.txt" >&2; die "pgbench failed"; }
	local tps
	tps=$(awk '/^tps = / { print $3 }' "$prefix.txt")
	cat "$prefix".[0-9]* | awk '{ print $3 / 1000 }' | sort -n | awk -v tps="$tps" '
		{ v[NR] = $1; s += $1 }
		END { printf "%.1f %.2f %.2f %.2f %.2f\n", tps, s / NR, v[int(NR * 0.50) + 1], v[int(NR * 0.95) + 1], v[int(NR * 0.99) + 1] }'
	rm -f "$prefix".[0-9]*
}
declare -A FLOOR1 FLOOR8 ROWS RANGE
for combo in $COMBOS; do
	RANGE[$combo]=$(fact_sql "$combo")
	f="fact-${combo/:/q}.sql"
	ROWS[$combo]=$("${PSQL[@]}" -At -c "select count(*) from ($(sed 's/;$//' "$OUT_DIR/$f")) q")
	"${PSQL[@]}" -c "explain (analyze, buffers) $(sed 's/;$//' "$OUT_DIR/$f")" >"$OUT_DIR/explain-${combo/:/q}.txt"
	log "SQL floor $combo: ${ROWS[$combo]} rows"
	FLOOR1[$combo]=$(pgbench_row "$f" 1 "c1-${combo/:/q}")
	FLOOR8[$combo]=$(pgbench_row "$f" "$CONCURRENCY" "c$CONCURRENCY-${combo/:/q}")
done
# The same rows found and counted but not sent: how much of the floor is finding rows, how much shipping them.
f="count-${MAIN_COMBO/:/q}.sql"
echo "select count(*) from ($(sed 's/;$//' "$OUT_DIR/fact-${MAIN_COMBO/:/q}.sql")) q;" >"$OUT_DIR/$f"
COUNT1=$(pgbench_row "$f" 1 "c1-count-${MAIN_COMBO/:/q}")

# --- report ----------------------------------------------------------------------------------------------------------
{
	echo "Dashboard benchmark, $(date -u +'%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $(psql -X -At -d postgres -c 'show server_version'), $(java -version 2>&1 | head -1)"
	echo "records in $DB_NAME: $("${PSQL[@]}" -At -c 'select count(*) from activity_record') (generated: $RECORDS)"
	if [[ -n "$BENCH_NICE" ]]; then echo "priority: nice $BENCH_NICE for the app, ab, pgbench and PostgreSQL backends"; else echo "priority: default"; fi
	echo "load before: $uptime_before"
	echo "load after:  $uptime_after"
	echo "first dashboard request after start (cold JVM and caches): $first_ms ms"
	echo "one request per quarter after the warm-up (HTTP status, time):"
	printf '%s' "$SWEEP" | paste - - - - | sed 's/^/  /'
	echo
	echo "GET /dashboard?campaign=$CAMPAIGN (ab -k, after $WARMUP warm-up requests per combination); times in ms"
	printf '%-22s %8s %7s %5s %5s %5s %5s %7s %7s | %-28s\n' case req/s mean p50 p95 p99 max non-2xx failed "cores: java, pg, rest; GC ms"
	for combo in $COMBOS; do
		read -r rps mean p50 p95 p99 max non2xx failed <<<"$(ab_row "c$CONCURRENCY-${combo/:/q}")"
		printf '%-22s %8s %7s %5s %5s %5s %5s %7s %7s | %s\n' "${combo/:/ Q} c=$CONCURRENCY" "$rps" "$mean" "$p50" "$p95" "$p99" "$max" "$non2xx" "$failed" "${CPU[$combo]}"
	done
	read -r rps mean p50 p95 p99 max non2xx failed <<<"$(ab_row "c$CONCURRENCY-${MAIN_COMBO/:/q}-htmx")"
	printf '%-22s %8s %7s %5s %5s %5s %5s %7s %7s\n' "${MAIN_COMBO/:/ Q} c=$CONCURRENCY htmx" "$rps" "$mean" "$p50" "$p95" "$p99" "$max" "$non2xx" "$failed"
	read -r rps mean p50 p95 p99 max non2xx failed <<<"$(ab_row "c1-${MAIN_COMBO/:/q}")"
	printf '%-22s %8s %7s %5s %5s %5s %5s %7s %7s\n' "${MAIN_COMBO/:/ Q} c=1" "$rps" "$mean" "$p50" "$p95" "$p99" "$max" "$non2xx" "$failed"
	read -r rps mean p50 p95 p99 max non2xx failed <<<"$(ab_row "writes-c$CONCURRENCY-${MAIN_COMBO/:/q}")"
	printf '%-22s %8s %7s %5s %5s %5s %5s %7s %7s   (%s records written meanwhile)\n' "${MAIN_COMBO/:/ Q} c=$CONCURRENCY writes" "$rps" "$mean" "$p50" "$p95" "$p99" "$max" "$non2xx" "$failed" "$WRITES"
	echo "computed every request (app.dashboards.kept-matrices=0):"
	read -r rps mean p50 p95 p99 max non2xx failed <<<"$(ab_row "computed-c$CONCURRENCY-${MAIN_COMBO/:/q}")"
	printf '%-22s %8s %7s %5s %5s %5s %5s %7s %7s\n' "${MAIN_COMBO/:/ Q} c=$CONCURRENCY" "$rps" "$mean" "$p50" "$p95" "$p99" "$max" "$non2xx" "$failed"
	read -r rps mean p50 p95 p99 max non2xx failed <<<"$(ab_row "computed-c1-${MAIN_COMBO/:/q}")"
	printf '%-22s %8s %7s %5s %5s %5s %5s %7s %7s\n' "${MAIN_COMBO/:/ Q} c=1" "$rps" "$mean" "$p50" "$p95" "$p99" "$max" "$non2xx" "$failed"
	echo
	echo "SQL floor: the fact query of RecordFacts alone (records, exemptions, ratings) (pgbench -M prepared, ${PGBENCH_SECONDS}s); times in ms"
	printf '%-10s %-24s %7s | %8s %7s %7s | %8s %7s %7s %7s %7s\n' case "dates read" rows "c=1 tps" mean p95 "c=$CONCURRENCY tps" mean p50 p95 p99
	for combo in $COMBOS; do
		read -r t1 m1 _ q1 _ <<<"${FLOOR1[$combo]}"
		read -r t8 m8 p8 q8 r8 <<<"${FLOOR8[$combo]}"
		printf '%-10s %-24s %7s | %8s %7s %7s | %8s %7s %7s %7s %7s\n' "${combo/:/ Q}" "${RANGE[$combo]}" "${ROWS[$combo]}" "$t1" "$m1" "$q1" "$t8" "$m8" "$p8" "$q8" "$r8"
	done
	read -r t1 m1 _ q1 _ <<<"$COUNT1"
	echo "the same query as count(*) only (rows found, none sent), ${MAIN_COMBO/:/ Q}, c=1: mean $m1 ms, p95 $q1 ms"
	echo
	if [[ $probe_ok == yes ]]; then
		echo "Statements per dashboard request (server log of $DB_NAME; the fact query's execute time as logged by the server)"
		printf '%-14s %10s %12s %14s\n' request statements "data (not tx)" "fact query ms"
		awk -F'\t' '{ printf "%-14s %10s %12s %14s\n", $1, $2, $3, $4 }' "$OUT_DIR/probe-requests.txt"
	else
		echo "Statements per request: not measured (server log not readable)"
	fi
	echo
	echo "Where request threads were ($PROFILE_SAMPLES thread dumps during a separate $CONCURRENCY-client run of ${MAIN_COMBO/:/ Q}):"
	cat "$OUT_DIR/profile.txt"
	if [[ -s "$OUT_DIR/profile-jfr.txt" ]]; then
		echo
		echo "Where request threads spent CPU (JFR execution samples, ${PROFILE_SECONDS}s run at $(awk '/^Requests per second/ { print $4 }' "$OUT_DIR/ab-profile-jfr.txt") req/s):"
		cat "$OUT_DIR/profile-jfr.txt"
		echo "hottest innermost methods:"
		cat "$OUT_DIR/jfr-leaves.txt"
	fi
	echo
	echo "raw outputs: $OUT_DIR"
} | tee "$RESULTS"
