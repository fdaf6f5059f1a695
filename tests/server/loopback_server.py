#!/usr/bin/env python3
"""Loopback HTTP server for jobpipe's fetch, batch and CLI tests.

Binds 127.0.0.1 only, on a free port, and prints that port as the first line
of stdout. Exits when its stdin reaches EOF (the test process that started it
closed the pipe or died) and in any case after --max-lifetime seconds, so it
can never outlive a test run. Python 3 standard library only.

Route table (first match wins; every route also accepts ?delay_ms=N, which
answers after N milliseconds while the request counts as "in flight"):

  GET  /__stats                    JSON {"requests": n, "max_in_flight": n,
                                   "max_in_flight_by_host": {host: n},
                                   "arrivals_by_host": {host: [t, ...]}}
                                   t = seconds since server start (monotonic),
                                   host = Host header without the port.
                                   /__stats, /__reset and /__root are not
                                   counted.
  GET|POST /__reset                clears the stats and the /flaky and
                                   /ratelimit counters; requests still running
                                   no longer count in flight (they belong to
                                   the test before); answers {"reset": true}
  GET  /__root?dir=D               serves the folder D (absolute) instead of
                                   --root, until the next /__root; without
                                   dir, --root again. 400 if D is no folder.
                                   One server can so serve every test case of
                                   a process, each from its own folder.
  /status/<code>                   that status with a small text body
  /flaky/<key>?fail=N              first N requests for <key>: 500, then 200
                                   with a posting page (default N=1)
  /ratelimit/<key>?retry_after=S   first request (or ?count=N requests) for
                                   <key>: 429 with "Retry-After: S"
                                   (&date=1 sends it as an HTTP-date instead),
                                   then 200 with a posting page
  /redirect/<n>                    302 to /redirect/<n-1> (query kept);
                                   /redirect/0 is a posting page
  /loop                            302 to itself
  /to-file                         302 to file:///etc/passwd
  /to-ftp                          302 to ftp://127.0.0.1/job.txt
  /big?bytes=N&length=1            N bytes of text/plain, streamed in chunks;
                                   Content-Length only with length=1, else
                                   the body ends when the connection closes
  /stall?seconds=S                 headers and a few bytes, then silence for
                                   S seconds (default and maximum 60)
  /gzip                            posting page, Content-Encoding: gzip
                                   (sent whatever Accept-Encoding says)
  /charset/<name>/<where>          a posting page encoded in charset <name>
                                   (windows-1252, iso-8859-1, iso-8859-15,
                                   shift_jis, euc-jp, gbk, gb2312, koi8-r,
                                   utf-8) with the charset declared only in
                                   <where>: header (Content-Type), meta
                                   (<meta charset>), http-equiv (<meta
                                   http-equiv>) or none. Western charsets
                                   say "Café", "Señor", "5 €"; the others
                                   use the sample in CHARSET_SAMPLES.
  /headers                         the request's headers as a JSON object
                                   (header names in lower case)
  /not-a-posting                   200 HTML page with no job posting in it
  /gone/<anything>                 410 Gone (a posting taken down for good)
  /retired/<anything>              302 to /jobs/index.html (a closed posting
                                   sent to the site's listing page)
  /job/<anything>                  a generated posting page (title, company,
                                   sections) so any number of URLs exist
  /job-streamed/<anything>         the same page without Content-Length: the
                                   body ends when the connection closes, after
                                   the request has left the stats, so a client
                                   never overlaps it with its next request in
                                   max_in_flight (batch concurrency tests)
  /jobs-guest/jobs/api/jobPosting/<id>  <root>/http/linkedin/<id>.html
  /v1/boards/<board>/jobs/<id>          <root>/http/greenhouse/<id>.json
  /v0/postings/<company>/<id>           <root>/http/lever/<id>.json
                                   (404 when the file does not exist)
  anything else                    the file <root>/<path> (Content-Type by
                                   extension; ?charset=X appends a charset
                                   parameter), else 404

--root defaults to ../../fixtures relative to this script.
"""

import argparse
import email.utils
import gzip
import json
import mimetypes
import os
import re
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class LoopbackHTTPServer(ThreadingHTTPServer):
    # socketserver listens with a backlog of 5: with 16 clients connecting
    # at once, dropped SYNs come back a second later and skew every timing.
    # Real servers accept far more.
    request_queue_size = 256

START = time.monotonic()
MAX_STALL_SECONDS = 60.0
CHUNK = 16 * 1024

# Text a legacy-charset page carries, per charset; tests look for it after
# conversion to UTF-8.
WESTERN_SAMPLE = "Café Señor – 5 € “quoted”"
CHARSET_SAMPLES = {
    "windows-1252": WESTERN_SAMPLE,
    "cp1252": WESTERN_SAMPLE,
    "iso-8859-15": "Café Señor 5 €",
    "iso-8859-1": "Café Señor Zürich",
    "latin1": "Café Señor Zürich",
    "utf-8": WESTERN_SAMPLE,
    "shift_jis": "ソフトウェアエンジニア（東京）",
    "euc-jp": "ソフトウェアエンジニア（東京）",
    "gbk": "软件工程师（北京）",
    "gb2312": "软件工程师（北京）",
    "koi8-r": "Инженер-программист (Москва)",
}


class Stats:
    """Requests in flight and arrival times, overall and per Host."""

    def __init__(self):
        self.lock = threading.Lock()
        # Requests count in flight in the generation they arrived in: a
        # reset starts a new one, so a request a previous test left running
        # (a stall, a delay) cannot raise this test's max_in_flight.
        self.generation = 0
        self.reset()

    def reset(self):
        with self.lock:
            self.generation += 1
            self.in_flight = 0
            self.in_flight_by_host = {}
            self.requests = 0
            self.max_in_flight = 0
            self.max_in_flight_by_host = {}
            self.arrivals_by_host = {}
            self.counters = {}  # /flaky and /ratelimit keys

    def enter(self, host):
        """Counts a request in; returns its generation for leave()."""
        with self.lock:
            self.requests += 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            n = self.in_flight_by_host.get(host, 0) + 1
            self.in_flight_by_host[host] = n
            self.max_in_flight_by_host[host] = max(self.max_in_flight_by_host.get(host, 0), n)
            self.arrivals_by_host.setdefault(host, []).append(round(time.monotonic() - START, 6))
            return self.generation

    def leave(self, host, generation):
        with self.lock:
            if generation != self.generation:
                return
            self.in_flight -= 1
            self.in_flight_by_host[host] -= 1

    def bump(self, key):
        """Counts requests for a /flaky or /ratelimit key; returns the count."""
        with self.lock:
            self.counters[key] = self.counters.get(key, 0) + 1
            return self.counters[key]

    def snapshot(self):
        with self.lock:
            return {
                "requests": self.requests,
                "max_in_flight": self.max_in_flight,
                "max_in_flight_by_host": dict(self.max_in_flight_by_host),
                "arrivals_by_host": {h: list(t) for h, t in self.arrivals_by_host.items()},
            }


def posting_page(title, company="Examplary Tools GmbH", extra=""):
    """A small but complete job posting page (invented text)."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} at {company}</title></head>
<body><main>
<h1>{title}</h1>
<p class="company">{company}</p>
<p class="location">Hamburg, Germany (Hybrid)</p>
{extra}
<h2>About the role</h2>
<p>You will build and run the services that turn supplier catalogues into
searchable product data for our customers.</p>
<h2>Responsibilities</h2>
<ul><li>Design and maintain data import services</li>
<li>Review code and mentor two junior engineers</li></ul>
<h2>Requirements</h2>
<ul><li>4+ years of backend development</li>
<li>Good knowledge of SQL and one of Go, Java or C++</li></ul>
<h2>Benefits</h2>
<ul><li>30 days of paid vacation</li><li>Public transport ticket</li></ul>
</main></body></html>
"""


NOT_A_POSTING = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Sign in</title></head>
<body><form action="/login" method="post">
<label>Email <input name="email"></label>
<label>Password <input type="password" name="password"></label>
<button>Sign in</button></form></body></html>
"""


def charset_page(charset, where):
    sample = CHARSET_SAMPLES.get(charset.lower())
    if sample is None:
        return None
    meta = {
        "meta": f'<meta charset="{charset}">',
        "http-equiv": f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
    }.get(where, "")
    html = f"""<!DOCTYPE html>
<html><head>{meta}<title>{sample}</title></head>
<body><h1>Data Engineer</h1><p class="company">{sample}</p>
<h2>Requirements</h2><ul><li>{sample}</li></ul></body></html>
"""
    return html.encode(charset)


class Handler(BaseHTTPRequestHandler):
    server_version = "jobpipe-loopback/1"
    protocol_version = "HTTP/1.0"  # one request per connection: simple streaming

    def log_message(self, fmt, *args):  # quiet: tests read their own output
        if self.server.verbose:
            super().log_message(fmt, *args)

    def do_GET(self):
        self.dispatch()

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.dispatch()

    def do_HEAD(self):
        self.head_only = True
        self.dispatch()

    # --- plumbing ------------------------------------------------------------

    def dispatch(self):
        url = urllib.parse.urlsplit(self.path)
        self.query = {k: v[-1] for k, v in urllib.parse.parse_qs(url.query).items()}
        self.raw_query = url.query
        path = urllib.parse.unquote(url.path)
        stats = self.server.stats
        if path in ("/__stats", "/__reset"):
            if path == "/__reset":
                stats.reset()
                return self.send_json(200, {"reset": True})
            return self.send_json(200, stats.snapshot())
        if path == "/__root":
            return self.serve_root(self.query.get("dir"))
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip("[]")
        generation = stats.enter(host)
        try:
            delay_ms = self.int_query("delay_ms", 0)
            if delay_ms > 0:
                time.sleep(min(delay_ms, 60_000) / 1000.0)
            self.route(path)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (size limit, timeout, cancel): expected
        finally:
            stats.leave(host, generation)

    def serve_root(self, folder):
        if folder is None:
            self.server.root = self.server.default_root
        elif os.path.isabs(folder) and os.path.isdir(folder):
            self.server.root = os.path.realpath(folder)
        else:
            return self.send_json(400, {"error": f"not an absolute folder: {folder}"})
        self.send_json(200, {"root": self.server.root})

    def int_query(self, name, default):
        try:
            return int(self.query.get(name, default))
        except ValueError:
            return default

    def send_body(self, status, body, content_type, headers=()):
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if not getattr(self, "omit_length", False):
            self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if not getattr(self, "head_only", False):
            self.wfile.write(body)

    def send_json(self, status, obj):
        self.send_body(status, json.dumps(obj, sort_keys=True), "application/json")

    def send_page(self, html):
        self.send_body(200, html, "text/html; charset=utf-8")

    def redirect(self, location, status=302):
        self.send_body(status, f"see {location}\n", "text/plain", [("Location", location)])

    def not_found(self):
        self.send_body(404, "not found\n", "text/plain")

    # --- routes --------------------------------------------------------------

    def route(self, path):
        for pattern, method in ROUTES:
            match = pattern.fullmatch(path)
            if match:
                return getattr(self, method)(*match.groups())
        return self.static_file(path)

    def status(self, code):
        code = int(code)
        if code < 100 or code > 999:
            return self.not_found()
        if code in (204, 304) or code < 200:
            self.send_response(code)
            self.end_headers()
            return
        self.send_body(code, f"status {code}\n", "text/plain")

    def flaky(self, key):
        count = self.server.stats.bump("flaky/" + key)
        if count <= self.int_query("fail", 1):
            return self.send_body(500, f"attempt {count} failed\n", "text/plain")
        self.send_page(posting_page("Site Reliability Engineer"))

    def ratelimit(self, key):
        count = self.server.stats.bump("ratelimit/" + key)
        if count <= self.int_query("count", 1):
            seconds = self.int_query("retry_after", 1)
            value = str(seconds)
            if self.query.get("date") == "1":
                value = email.utils.formatdate(time.time() + seconds, usegmt=True)
            return self.send_body(429, "slow down\n", "text/plain", [("Retry-After", value)])
        self.send_page(posting_page("Platform Engineer"))

    def redirect_chain(self, n):
        n = int(n)
        if n <= 0:
            return self.send_page(posting_page("Backend Engineer"))
        suffix = "?" + self.raw_query if self.raw_query else ""
        self.redirect(f"/redirect/{n - 1}{suffix}")

    def loop(self):
        self.redirect("/loop")

    def to_file(self):
        self.redirect("file:///etc/passwd")

    def to_ftp(self):
        self.redirect("ftp://127.0.0.1/job.txt")

    def big(self):
        remaining = max(0, self.int_query("bytes", 1024 * 1024))
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        if self.query.get("length") == "1":
            self.send_header("Content-Length", str(remaining))
        self.end_headers()
        line = b"All work and no play makes a long job posting.\n"
        block = (line * (CHUNK // len(line) + 1))[:CHUNK]
        while remaining > 0:
            piece = block[: min(remaining, CHUNK)]
            self.wfile.write(piece)
            remaining -= len(piece)

    def stall(self):
        try:
            seconds = float(self.query.get("seconds", MAX_STALL_SECONDS))
        except ValueError:
            seconds = MAX_STALL_SECONDS
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(b"<!DOCTYPE html><html><body><h1>Sta")
        self.wfile.flush()
        time.sleep(max(0.0, min(seconds, MAX_STALL_SECONDS)))

    def gzip_page(self):
        body = gzip.compress(posting_page("Compression Engineer").encode("utf-8"))
        self.send_body(200, body, "text/html; charset=utf-8", [("Content-Encoding", "gzip")])

    def charset(self, name, where):
        body = charset_page(name, where)
        if body is None or where not in ("header", "meta", "http-equiv", "none"):
            return self.not_found()
        content_type = f"text/html; charset={name}" if where == "header" else "text/html"
        self.send_body(200, body, content_type)

    def headers_echo(self):
        self.send_json(200, {name.lower(): value for name, value in self.headers.items()})

    def not_a_posting(self):
        self.send_page(NOT_A_POSTING)

    def gone(self, slug):
        self.send_body(410, "this posting has been removed\n", "text/plain")

    def retired(self, slug):
        self.redirect("/jobs/index.html")

    def job(self, slug):
        words = re.sub(r"[^A-Za-z0-9]+", " ", slug).strip() or "Generalist"
        title = f"Engineer {words}"
        extra = f'<p class="job-id">Job id: {slug}</p>'
        self.send_page(posting_page(title, extra=extra))

    def job_streamed(self, slug):
        self.omit_length = True
        self.job(slug)

    def linkedin(self, job_id):
        self.fixture("linkedin", job_id, ".html", "text/html; charset=utf-8")

    def greenhouse(self, board, job_id):
        self.fixture("greenhouse", job_id, ".json", "application/json; charset=utf-8")

    def lever(self, company, job_id):
        self.fixture("lever", job_id, ".json", "application/json; charset=utf-8")

    def fixture(self, site, name, extension, content_type):
        path = os.path.join(self.server.root, "http", site, name + extension)
        if not os.path.isfile(path):
            return self.not_found()
        with open(path, "rb") as f:
            self.send_body(200, f.read(), content_type)

    def static_file(self, path):
        root = self.server.root
        full = os.path.realpath(os.path.join(root, path.lstrip("/")))
        if not full.startswith(root + os.sep) or not os.path.isfile(full):
            return self.not_found()
        content_type = mimetypes.guess_type(full)[0] or "application/octet-stream"
        if "charset" in self.query:
            content_type += "; charset=" + self.query["charset"]
        with open(full, "rb") as f:
            self.send_body(200, f.read(), content_type)


SAFE_ID = r"([A-Za-z0-9_.-]+)"
ROUTES = [
    (re.compile(r"/status/(\d{1,3})"), "status"),
    (re.compile(r"/flaky/([^/]+)"), "flaky"),
    (re.compile(r"/ratelimit/([^/]+)"), "ratelimit"),
    (re.compile(r"/redirect/(\d+)"), "redirect_chain"),
    (re.compile(r"/loop"), "loop"),
    (re.compile(r"/to-file"), "to_file"),
    (re.compile(r"/to-ftp"), "to_ftp"),
    (re.compile(r"/big"), "big"),
    (re.compile(r"/stall"), "stall"),
    (re.compile(r"/gzip"), "gzip_page"),
    (re.compile(r"/charset/([A-Za-z0-9_-]+)/([a-z-]+)"), "charset"),
    (re.compile(r"/headers"), "headers_echo"),
    (re.compile(r"/not-a-posting"), "not_a_posting"),
    (re.compile(r"/gone/(.+)"), "gone"),
    (re.compile(r"/retired/(.+)"), "retired"),
    (re.compile(r"/job/(.+)"), "job"),
    (re.compile(r"/job-streamed/(.+)"), "job_streamed"),
    (re.compile(r"/jobs-guest/jobs/api/jobPosting/" + SAFE_ID), "linkedin"),
    (re.compile(r"/v1/boards/" + SAFE_ID + "/jobs/" + SAFE_ID), "greenhouse"),
    (re.compile(r"/v0/postings/" + SAFE_ID + "/" + SAFE_ID), "lever"),
]


def exit_on_stdin_eof():
    """The parent holds our stdin open; EOF means it is gone or done."""
    while sys.stdin.buffer.read(4096):
        pass
    os._exit(0)  # do not wait for stalled handler threads


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=os.path.join(here, "..", "..", "fixtures"))
    parser.add_argument("--max-lifetime", type=float, default=600.0, help="seconds")
    parser.add_argument("--verbose", action="store_true", help="log requests to stderr")
    args = parser.parse_args()

    server = LoopbackHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.default_root = os.path.realpath(args.root)
    server.root = server.default_root
    server.stats = Stats()
    server.verbose = args.verbose

    threading.Thread(target=exit_on_stdin_eof, daemon=True).start()
    lifetime = threading.Timer(args.max_lifetime, lambda: os._exit(0))
    lifetime.daemon = True
    lifetime.start()

    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
