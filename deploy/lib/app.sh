# Shared by the scripts that start the application jar on this machine (deploy/check-backup.sh,
# perf/fault/restart-postgres.sh, perf/run-benchmark.sh). Source it; it defines functions only.

# A TCP port on 127.0.0.1 that nothing listens on, printed; fails after 100 tries.
free_port() {
	local p
	for _ in $(seq 1 100); do
		p=$((20000 + RANDOM % 30000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
	done
	return 1
}

# Waits until the application started as process $2 is ready (readiness on management port $1,
# which includes the database), at most ${4:-300} seconds; on its end or the timeout, prints the
# last lines of its log $3 and exits the script.
wait_ready() {
	local management=$1 pid=$2 app_log=$3 limit=${4:-300} started=$SECONDS
	until curl -fsS -m 2 "http://127.0.0.1:$management/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
		kill -0 "$pid" 2>/dev/null || { tail -30 "$app_log" >&2; echo "the application stopped" >&2; exit 1; }
		((SECONDS - started < limit)) || { tail -30 "$app_log" >&2; echo "not ready in $limit s" >&2; exit 1; }
		sleep 1
	done
}
