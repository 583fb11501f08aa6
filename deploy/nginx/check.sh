#!/usr/bin/env bash
# Checks deploy/nginx/tasktable.conf: it parses with `nginx -t` (in a scratch prefix, with a throwaway self-signed
# certificate in place of the real one), and its client_max_body_size is spring.servlet.multipart.max-request-size.
# Needs nginx and openssl (.ci/run installs them). Exit status 0 only when both hold.
set -euo pipefail

here="$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"
root="$(dirname "$(dirname "$here")")"
site="$here/tasktable.conf"
properties="$root/src/main/resources/application.properties"

nginx_bin="$(command -v nginx || true)"
[[ -z "$nginx_bin" && -x /usr/sbin/nginx ]] && nginx_bin=/usr/sbin/nginx
if [[ -z "$nginx_bin" ]]; then
	echo "deploy/nginx/check.sh: nginx is not installed (apt-get install nginx)" >&2
	exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/logs" "$work/tmp"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=tasktable.example.gov.cn" \
	-keyout "$work/tasktable.key" -out "$work/tasktable.crt" >/dev/null 2>&1
sed -e "s#/etc/nginx/tls/#$work/#g" "$site" >"$work/tasktable.conf"
cat >"$work/nginx.conf" <<CONF
pid $work/nginx.pid;
error_log $work/logs/error.log;
events {}
http {
	access_log off;
	client_body_temp_path $work/tmp/body;
	proxy_temp_path $work/tmp/proxy;
	fastcgi_temp_path $work/tmp/fastcgi;
	uwsgi_temp_path $work/tmp/uwsgi;
	scgi_temp_path $work/tmp/scgi;
	include $work/tasktable.conf;
}
CONF

"$nginx_bin" -t -q -e "$work/logs/error.log" -p "$work" -c "$work/nginx.conf"

# sizes in bytes: 210MB / 210m / 210M
bytes() {
	local v="${1,,}"
	v="${v%b}"
	case "$v" in
	*k) echo $((${v%k} * 1024)) ;;
	*m) echo $((${v%m} * 1024 * 1024)) ;;
	*g) echo $((${v%g} * 1024 * 1024 * 1024)) ;;
	*) echo "$v" ;;
	esac
}
spring="$(sed -n 's/^spring\.servlet\.multipart\.max-request-size=\(.*\)$/\1/p' "$properties" | tr -d '[:space:]')"
body="$(sed -n 's/^[[:space:]]*client_max_body_size[[:space:]]*\([^;]*\);.*$/\1/p' "$site" | head -1)"
if [[ -z "$spring" || -z "$body" || "$(bytes "$spring")" != "$(bytes "$body")" ]]; then
	echo "deploy/nginx/check.sh: client_max_body_size ($body) differs from spring.servlet.multipart.max-request-size ($spring)" >&2
	exit 1
fi
echo "deploy/nginx/tasktable.conf: nginx -t ok ($("$nginx_bin" -v 2>&1)); client_max_body_size $body = max-request-size $spring"
