#!/usr/bin/env python3
"""A small HTTP server for angka's fetch tests, on 127.0.0.1 only.

It serves the files of --root as articles (with ETag and Last-Modified, so a
conditional GET gets a 304; gzip when the client accepts it), an RSS feed of
the .html files and an Atom feed of the .txt files, a robots.txt, and one
endpoint per fault angka must survive. It binds a free port, writes it to
--port-file, logs every request as a JSON line to --log, and stops by itself
after --lifetime seconds.

    python3 tests/http_server.py --root DIR --port-file F --log L [--lifetime S]
"""
import argparse
import email.utils
import gzip
import hashlib
import html
import json
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROBOTS = b"""# The * group is not angka's once a group names angka.
User-agent: *
Disallow: /

User-agent: otherbot
User-agent: angka
Disallow: /private/
Allow: /private/open/
"""

LATIN1_PAGE = """<!DOCTYPE html><html><head><title>Peserta di Surabaya</title></head>
<body><article><h1>Peserta di Surabaya</h1>
<p>SURABAYA - Jumlah peserta BPJS Ketenagakerjaan di Kota Surabaya yang bekerja di kafe,
termasuk pekerja di caf\u00e9 dan restoran, mencapai 1.250 orang pada Maret 2025, kata kepala
cabang dalam keterangan tertulis yang diterima wartawan.</p>
<p>Ia menyebutkan bahwa kepesertaan para pekerja informal terus bertambah dari bulan ke bulan
sejak awal tahun 2025 berkat sosialisasi yang dilakukan secara langsung.</p>
</article></body></html>
""".encode("iso-8859-1")

# No title and no date of its own: the feed's item supplies both.
NODATE_PAGE = b"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><article>
<p>Jumlah peserta BPJS Ketenagakerjaan di Kabupaten Sleman yang terdaftar sebagai pekerja
bukan penerima upah mencapai 8.400 orang, kata kepala kantor cabang kepada wartawan.</p>
<p>Kepesertaan itu dinilai masih perlu ditingkatkan melalui kerja sama dengan pemerintah
desa dan kelompok usaha kecil di seluruh kecamatan.</p></article></body></html>
"""

EXTRA_FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Extra</title>
<item><title>Judul dari feed</title><link>%s/nodate.html</link>
<pubDate>Sat, 01 Feb 2025 07:00:00 +0700</pubDate></item></channel></rss>
"""

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")

MALFORMED_FEED = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Rusak</title>
<item><title>Tanpa penutup</title><link>/articles/x.html</link>
</channel></rss>
"""

DATES = ["Wed, 26 Mar 2025 10:00:00 +0700", "Tue, 18 Mar 2025 11:10:00 +0700",
         "Fri, 14 Mar 2025 08:00:00 +0700", "Mon, 10 Mar 2025 09:30:00 +0700",
         "Thu, 06 Mar 2025 15:45:00 +0700"]


class Handler(BaseHTTPRequestHandler):
    server_version = "angka-test/1"
    hits = {}
    lock = threading.Lock()

    def log_message(self, fmt, *args):  # the JSON log replaces stderr noise
        pass

    def log(self, status):
        entry = {"t": time.time(), "path": self.path, "status": status,
                 "ua": self.headers.get("User-Agent"),
                 "inm": self.headers.get("If-None-Match"),
                 "ims": self.headers.get("If-Modified-Since"),
                 "ae": self.headers.get("Accept-Encoding")}
        with self.lock, open(self.server.log_path, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry) + "\n")

    def hit(self):
        with self.lock:
            n = self.hits.get(self.path, 0) + 1
            self.hits[self.path] = n
            return n

    def send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=None,
             length=None):
        self.log(status)
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def base(self):
        return "http://127.0.0.1:%d" % self.server.server_address[1]

    def files(self, ext):
        root = self.server.root
        return sorted(n for n in os.listdir(root) if n.endswith(ext))

    def serve_file(self, name, etag=True, last_modified=True):
        path = os.path.join(self.server.root, os.path.basename(name))
        if not os.path.isfile(path):
            return self.send(404, b"not found")
        body = open(path, "rb").read()
        tag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
        mtime = int(os.path.getmtime(path))
        headers = {}
        if etag:
            headers["ETag"] = tag
        if last_modified:
            headers["Last-Modified"] = email.utils.formatdate(mtime, usegmt=True)
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if etag and inm is not None:
            if inm == tag:
                return self.send(304, b"", None, headers, length=0)
        elif last_modified and ims:
            since = email.utils.parsedate_to_datetime(ims).timestamp()
            if mtime <= since:
                return self.send(304, b"", None, headers, length=0)
        ctype = "text/plain; charset=utf-8" if name.endswith(".txt") else "text/html; charset=utf-8"
        if "gzip" in (self.headers.get("Accept-Encoding") or ""):
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        self.send(200, body, ctype, headers)

    def rss(self):
        items = []
        for i, name in enumerate(self.files(".html")):
            # Alternate absolute links with tracking parameters and relative
            # links with a fragment: both must come out as one identity.
            if i % 2 == 0:
                link = "%s/articles/%s?utm_source=rss&amp;utm_medium=feed" % (self.base(), name)
            else:
                link = "../articles/%s#baca" % name
            items.append("<item><title>Judul %s</title><link>%s</link><pubDate>%s</pubDate>"
                         "</item>" % (html.escape(name), link, DATES[i % len(DATES)]))
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                "<title>Siaran pers</title><link>%s/</link>%s</channel></rss>\n"
                % (self.base(), "\n".join(items))).encode()
        self.send(200, body, "application/rss+xml; charset=utf-8")

    def atom(self):
        entries = []
        for i, name in enumerate(self.files(".txt")):
            entries.append('<entry><title>Atom %s</title><link rel="alternate" href="%s"/>'
                           "<id>urn:x:%d</id><updated>2025-03-2%dT08:00:00Z</updated></entry>"
                           % (html.escape(name), "/articles/" + name, i, i % 10))
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>%s</feed>\n'
                % "".join(entries)).encode()
        tag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
        if self.headers.get("If-None-Match") == tag:
            return self.send(304, b"", None, {"ETag": tag}, length=0)
        self.send(200, body, "application/atom+xml", {"ETag": tag})

    def do_GET(self):
        p = self.path.split("?")[0]
        first_article = (self.files(".html") or ["none"])[0]
        if p == "/robots.txt":
            # Another origin on the same server: "localhost" has a broken robots.txt.
            if (self.headers.get("Host") or "").startswith("localhost"):
                return self.send(503, b"down for maintenance", "text/plain")
            return self.send(200, ROBOTS, "text/plain")
        if p.startswith("/articles/"):
            return self.serve_file(p[len("/articles/"):])
        if p.startswith("/lm/"):  # Last-Modified only, no ETag
            return self.serve_file(p[len("/lm/"):], etag=False)
        if p.startswith("/private/"):
            return self.serve_file(p.rsplit("/", 1)[1])
        if p == "/feed/rss.xml":
            return self.rss()
        if p == "/feed/atom.xml":
            return self.atom()
        if p == "/feed/extra.xml":
            return self.send(200, (EXTRA_FEED % self.base()).encode(), "text/xml")
        if p == "/nodate.html":
            return self.send(200, NODATE_PAGE)
        if p == "/latin1.html":
            return self.send(200, LATIN1_PAGE, "text/html; charset=iso-8859-1")
        if p == "/fault/slow":  # logged on arrival: the client is gone before the answer
            self.log("slow")
            time.sleep(3)
            try:
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"<p>too late</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
            return None
        if p == "/fault/429":
            if self.hit() == 1:
                return self.send(429, b"slow down", "text/plain", {"Retry-After": "1"})
            return self.serve_file(first_article)
        if p == "/fault/flaky":
            if self.hit() == 1:
                return self.send(500, b"oops", "text/plain")
            return self.serve_file((self.files(".html") or ["none"])[1])
        if p == "/fault/500":
            return self.send(500, b"always broken", "text/plain")
        if p == "/fault/404":
            return self.send(404, b"not here", "text/plain")
        if p == "/fault/loop":
            return self.send(302, b"", None, {"Location": "/fault/loop2"})
        if p == "/fault/loop2":
            return self.send(302, b"", None, {"Location": "/fault/loop"})
        if p == "/fault/huge":
            return self.send(200, b"<p>" + b"x" * (2 * 1024 * 1024) + b"</p>")
        if p == "/fault/huge-stream":  # no Content-Length: ends when the server closes
            self.log(200)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(64):
                    self.wfile.write(b"<p>" + b"y" * 65536 + b"</p>\n")
            except (BrokenPipeError, ConnectionResetError):
                pass
            return None
        if p == "/fault/image.png":
            return self.send(200, PNG, "image/png")
        if p == "/fault/truncated":
            return self.send(200, b"<html><body><p>Jumlah peserta", length=5000)
        if p == "/fault/malformed.xml":
            return self.send(200, MALFORMED_FEED, "application/rss+xml")
        # ---- issue 11: hostile servers ----
        if p == "/fault/retry-after-huge":  # a Retry-After no multiply may hold
            return self.send(503, b"later", "text/plain",
                             {"Retry-After": "9223372036854775807"})
        if p == "/fault/trickle":  # one byte a second, for a long time
            self.log(200)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(60):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(1)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return None
        if p == "/fault/big-header":  # a 4 MB header line
            self.log(200)
            try:
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("X-Padding", "p" * (4 * 1024 * 1024))
                self.end_headers()
                self.wfile.write(b"<p>never read</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
            return None
        if p == "/utf16.html":  # UTF-16LE with its BOM, no charset in the header
            body = ("\ufeff" + NODATE_PAGE.decode()).encode("utf-16-le")
            return self.send(200, body, "text/html")
        if p == "/utf16-claim.html":  # UTF-8 bytes, the header says UTF-16
            return self.send(200, NODATE_PAGE, "text/html; charset=utf-16")
        if p == "/feed/big.xml":  # ?n=N items
            n = int(self.path.split("n=")[1]) if "n=" in self.path else 20000
            items = "".join("<item><link>%s/a/%d.html</link></item>" % (self.base(), i)
                            for i in range(n))
            body = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>'
                    "%s</channel></rss>" % items).encode()
            return self.send(200, body, "application/rss+xml")
        return self.send(404, b"no such endpoint", "text/plain")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", required=True)
    ap.add_argument("--port-file", required=True)
    ap.add_argument("--log", required=True)
    ap.add_argument("--lifetime", type=float, default=60)
    args = ap.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.root = args.root
    server.log_path = args.log
    open(args.log, "w").close()
    tmp = args.port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write(str(server.server_address[1]))
    os.replace(tmp, args.port_file)  # the test never reads half a number
    threading.Timer(args.lifetime, server.shutdown).start()
    server.serve_forever()
    server.server_close()


if __name__ == "__main__":
    main()
