"""Load for perf/fault/restart-postgres.sh: API record submissions (each with its own Idempotency-Key and a unique
title), API and page reads, record forms sent in a signed-in session (SESSION cookie, a page's CSRF token and
submission token), and sign-ins, for a fixed time; every request is written to a TSV log. Python 3 stdlib only.
The pages and forms use the one session signed in before the load, so whether it survives the outage shows.

usage: load.py BASE_URL TOKEN SESSION_COOKIE CAMPAIGN RUN_ID SECONDS LOG [WRITERS] [READERS] [PAGE_WRITERS]
"""
import http.cookiejar
import json
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

base, token, session, campaign, run, seconds, log_path = sys.argv[1:8]
writers = int(sys.argv[8]) if len(sys.argv) > 8 else 4
readers = int(sys.argv[9]) if len(sys.argv) > 9 else 2
page_writers = int(sys.argv[10]) if len(sys.argv) > 10 else 1
deadline = time.time() + float(seconds)
today = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 8 * 3600))  # the demo's campaigns live in Asia/Shanghai
lock = threading.Lock()
log = open(log_path, "w", encoding="utf-8")
log.write("start\tend\tkind\tstatus\tcontent_type\tretry_after\tfriendly\tkey\ttitle\tlocation\n")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def call(request, opener=None):
    """(status, headers, body); status 0 when no answer came (connection refused, timeout)."""
    try:
        with (opener or urllib.request.build_opener(NoRedirect)).open(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()
    except Exception as error:  # no answer at all
        return 0, {}, str(error).encode()


def write(start, kind, status, headers, body, key="", title="", location=""):
    content_type = (headers.get("Content-Type") or "").split(";")[0] if headers else ""
    text = body.decode("utf-8", "replace") if body else ""
    # the friendly answer: the 503 page in the user's language, or a 503 problem whose title says the same
    friendly = "yes" if ("暂时无法使用" in text or "Temporarily unavailable" in text) else "no"
    retry = (headers.get("Retry-After") or "") if headers else ""
    with lock:
        log.write(f"{start:.3f}\t{time.time():.3f}\t{kind}\t{status}\t{content_type}\t{retry}\t{friendly}\t{key}"
                  f"\t{title}\t{location}\n")


def writer(number):
    sequence = 0
    while time.time() < deadline:
        sequence += 1
        key = str(uuid.uuid4())
        title = f"故障演练 {run} w{number}-{sequence}"
        body = json.dumps({"unit": "hezhou", "obligation": "1.C.1", "activityDate": today, "title": title}).encode()
        request = urllib.request.Request(f"{base}/api/v1/records", data=body, method="POST", headers={
            "Authorization": f"Bearer {token}", "Content-Type": "application/json", "Idempotency-Key": key,
            "Accept-Language": "zh-CN"})
        start = time.time()
        status, headers, answer = call(request)
        write(start, "api-write", status, headers, answer, key, title)
        if status == 0:
            time.sleep(0.2)


def reader(number):
    while time.time() < deadline:
        start = time.time()
        status, headers, body = call(urllib.request.Request(
            f"{base}/api/v1/records?campaign={urllib.parse.quote(campaign)}&size=20",
            headers={"Authorization": f"Bearer {token}", "Accept-Language": "zh-CN"}))
        write(start, "api-read", status, headers, body)
        for path in ("/", "/records"):
            start = time.time()
            status, headers, body = call(urllib.request.Request(
                f"{base}{path}", headers={"Cookie": f"SESSION={session}", "Accept-Language": "zh-CN"}))
            write(start, "page", status, headers, body)
        if number == 0:
            sign_in()
        time.sleep(0.05)


def page(path, data=None):
    """A request of the signed-in session: (start, status, headers, body)."""
    request = urllib.request.Request(f"{base}{path}", data=data, method="POST" if data else "GET", headers={
        "Cookie": f"SESSION={session}", "Accept-Language": "zh-CN"})
    start = time.time()
    return (start, *call(request))


def field(name, body):
    match = re.search(rb'name="' + name.encode() + rb'"[^>]*?value="([^"]*)"', body or b"")
    return match.group(1).decode() if match else None


def record_form():
    """The first obligation the reporter can log a record for with the plain form (not a daily list)."""
    _, status, _, body = page("/records/new")
    for obligation in dict.fromkeys(re.findall(rb"/records/new\?obligation=(\d+)", body or b"")):
        _, status, _, form = page(f"/records/new?obligation={obligation.decode()}")
        if status == 200 and field("submissionToken", form):
            return obligation.decode()
    sys.exit(f"no record form for the session (GET /records/new: {status})")


def page_writer(number, obligation):
    """The record form in the browser's way: the form (its CSRF token and submission token), then the post."""
    sequence = 0
    while time.time() < deadline:
        start, status, headers, body = page(f"/records/new?obligation={obligation}")
        write(start, "page-form", status, headers, body)
        if status != 200:
            time.sleep(0.5)
            continue
        sequence += 1
        title = f"故障页面 {run} p{number}-{sequence}"
        token_ = field("submissionToken", body)
        form = urllib.parse.urlencode({"_csrf": field("_csrf", body), "submissionToken": token_,
                                       "activityDate": field("activityDate", body) or today, "title": title,
                                       "details": title}).encode()
        start, status, headers, body = page(f"/records?obligation={obligation}", form)
        location = (headers.get("Location") or "") if headers else ""
        write(start, "page-write", status, headers, body, token_, title,
              location.replace(base, ""))


def sign_in():
    """The login form: a new session, its CSRF token, the password; where does it send the browser?"""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    start = time.time()
    status, headers, body = call(urllib.request.Request(f"{base}/login"), opener)
    match = re.search(rb'name="_csrf" value="([^"]+)"', body or b"")
    if status != 200 or not match:
        write(start, "login-page", status, headers, body)
        return
    form = urllib.parse.urlencode({"username": "hezhou", "password": "demo", "_csrf": match.group(1).decode()})
    start = time.time()
    status, headers, body = call(urllib.request.Request(f"{base}/login", data=form.encode(), method="POST"), opener)
    location = (headers.get("Location") or "") if headers else ""
    write(start, "login", status, headers, body, location=location.replace(base, ""))


form_obligation = record_form() if page_writers else None
threads = [threading.Thread(target=writer, args=(i,)) for i in range(writers)]
threads += [threading.Thread(target=reader, args=(i,)) for i in range(readers)]
threads += [threading.Thread(target=page_writer, args=(i, form_obligation)) for i in range(page_writers)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
log.close()
