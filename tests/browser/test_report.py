"""angka report, checked as a reader sees it: the fixture database with
three figures accepted, the report in English, in Indonesian and curated,
each read as HTML (findings first, links to the articles, what is marked
accepted or pending, the generation date, database and rules version,
nothing fetched) and rendered in headless Chromium (the charts drawn by the
vendored library, readable at 420 px). Screenshots: BUILD/screenshots/.

usage: test_report.py ANGKA FIXTURE SOURCE_DIR BUILD_DIR"""
import os
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser import (browser, check, close, finish, full_page_screenshot, make_fixture,  # noqa: E402
                     set_viewport, wait_for)

ANGKA, FIXTURE, SRC, BUILD = sys.argv[1:5]
SHOTS = os.path.join(BUILD, "screenshots")
os.makedirs(SHOTS, exist_ok=True)
work = tempfile.mkdtemp(prefix="angka-report-")
db = make_fixture(FIXTURE, os.path.join(work, "report.db"))
env = dict(os.environ, SOURCE_DATE_EPOCH="1747180800")  # 2025-05-14

# Jambi's coverage, participants (518.632) and eligible workers: accepted.
subprocess.run([ANGKA, "review", "accept", "1", "2", "3", "--db", db, "--reviewer", "tester"],
               check=True, capture_output=True)


def report(name, *options):
    path = os.path.join(work, name)
    done = subprocess.run([ANGKA, "report", "--db", db, "-o", path, *options], env=env,
                          capture_output=True, text=True)
    check(done.returncode == 0, f"angka report {' '.join(options)}: {done.stderr}")
    with open(path, encoding="utf-8") as f:
        return path, f.read()


class Outline(HTMLParser):
    """Section ids in order, links, and the text of each section."""

    def __init__(self):
        super().__init__()
        self.sections, self.links, self.scripts = [], [], []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section" and attrs.get("id"):
            self.sections.append(attrs["id"])
        if tag == "a":
            self.links.append(attrs.get("href"))
        if tag in ("script", "link", "img", "iframe") and (attrs.get("src") or attrs.get("href")):
            self.scripts.append(attrs.get("src") or attrs.get("href"))


def outline(page):
    o = Outline()
    o.feed(page)
    return o


def section(page, name):
    start = page.index(f"<section id={name}>")
    return page[start:page.index("</section>", start)]


# ---- English, everything not rejected -----------------------------------
en_path, en = report("report-en.html")
o = outline(en)
check(o.sections[:3] == ["findings", "regions", "series"],
      f"findings first, then the regions, then time series: {o.sections}")
check(o.scripts == [], f"nothing is fetched: {o.scripts}")
check(not re.search(r"""(src|href)=["']?(https?:)?//(?!www\.berita-contoh|kabar-lain|kalteng\.contoh)""",
                    en), "no CDN, no outside asset")
check("<time id=generated>2025-05-14</time>" in en, "the generation date (SOURCE_DATE_EPOCH)")
check(f"<code id=database>{db}</code>" in en, "the database")
check('title="fixture-rules-1"' in en, "the rules version")
findings = section(en, "findings")
check("41,52%" in findings and "39.52%" in findings,
      "the inconsistent percentage, reported and computed")
check("<mark>41,52%</mark>" in findings, "the percentage marked in its sentence")
check('href="https://www.berita-contoh.id/jambi/cakupan"' in findings, "a link to the article")
check("518,632" in findings and "528,632" in findings, "the conflict's two values")
check('href="https://kabar-lain.id/2024/08/jambi"' in findings, "the other source's link")
check('<span class="badge accepted">accepted</span>' in findings
      and '<span class="badge pending">pending review</span>' in findings,
      "accepted and pending told apart in the findings")
check("&lt;script&gt;window.__pwned" in en and "<script>window.__pwned" not in en,
      "markup in a title is escaped")
data = re.search(r'<script type="application/json" id=report-data>(.*?)</script>', en, re.S)
check(data is not None and "<" not in data.group(1), "the charts' data cannot close its script")
regions = section(en, "regions")
check("Regencies and cities of Jambi" in regions, "regencies under their province, named")
check("Indonesia <b>40.1%</b>" in regions, "the country as a line, not a bar among provinces")
check(regions.index("Provinces") < regions.index("Regencies and cities of Jambi"),
      "provinces before the regencies")
series = section(en, "series")
check("Kalimantan Tengah · kalteng.contoh.id" in series,
      "a time series where one site reports two periods")
check("Jambi ·" not in series, "no line joining values of different sites")
check('figure class="chart series"' in series and series.count('figure class="chart') == 1,
      "one time-series chart")

# ---- Indonesian, and curated ----------------------------------------------
id_path, idn = report("report-id.html", "--lang", "id")
check('<html lang="id">' in idn, "the page says it is Indonesian")
check("518.632" in section(idn, "findings") and "39,52%" in section(idn, "findings"),
      "Indonesian number style (1.009.250, 39,52%)")
check("Kabupaten dan kota di Jambi" in idn and "Temuan" in idn, "Indonesian labels")
check("14 Mei 2025" not in idn and "12 Agu 2024" in idn, "Indonesian month names")
cur_path, cur = report("report-curated.html", "--curated")
check('class="scope curated"' in cur, "the curated report says so")
check("Kota Jambi" not in section(cur, "regions"), "pending figures are out of the curated report")
check("528,632" not in cur, "a pending value makes no conflict in the curated report")
check("41,52%" in section(cur, "findings"), "accepted figures' finding stays")
check("pending review</span>" not in section(cur, "findings"), "nothing pending in it")

bad = subprocess.run([ANGKA, "report", "--db", db, "--lang", "fr", "-o", os.devnull],
                     capture_output=True, text=True)
check(bad.returncode == 2 and "unknown language 'fr'" in bad.stderr, "--lang fr is a usage error")
bad = subprocess.run([ANGKA, "report", "--db", db, "--web", work, "-o", os.devnull],
                     capture_output=True, text=True)
check(bad.returncode == 3 and "report.css" in bad.stderr, "missing assets are named")

# ---- in Chromium ----------------------------------------------------------------
driver = browser(1280, 900)
try:
    for name, path, width in (("report", en_path, 1280), ("report-420", en_path, 420),
                              ("report-id-420", id_path, 420),
                              ("report-curated", cur_path, 1280)):
        set_viewport(driver, width, 900)
        driver.get("file://" + path)
        n = int(wait_for(driver, "return document.documentElement.getAttribute('data-charts')",
                         message="the charts"))
        drawn = driver.execute_script("return document.querySelectorAll('.plot svg').length")
        check(n > 0 and drawn >= n, f"{name}: every chart drawn by Plot ({drawn} of {n})")
        check(driver.execute_script("return window.__pwned") is None, f"{name}: nothing ran")
        if width == 420:
            scroll = driver.execute_script("return document.documentElement.scrollWidth")
            check(scroll <= 420, f"{name}: readable at 420 px without scrolling sideways ({scroll})")
            small = driver.execute_script(
                "return [...document.querySelectorAll('.plot svg')]"
                ".filter(s => s.getBoundingClientRect().width > 420).length")
            check(small == 0, f"{name}: every chart fits 420 px")
        if name == "report":
            bars = driver.execute_script(
                "return [...document.querySelectorAll('.plot svg g[aria-label=bar]')]"
                ".map(g => g.getAttribute('fill'))")
            check("#1d5c96" in bars and "#b9cfe6" in bars,
                  f"accepted and pending bars look different: {sorted(set(bars))}")
            labels = driver.execute_script(
                "return document.querySelector('#regions .plot').textContent")
            check("Kab. Batanghari" in driver.execute_script(
                "return document.querySelector('#regions').textContent"),
                "regency names shortened in charts")
            check("Jambi" in labels, f"the province chart names its bars: {labels[:120]}")
        if name == "report-curated":
            bars = driver.execute_script(
                "return [...document.querySelectorAll('.plot svg g[aria-label=bar]')]"
                ".filter(g => g.children.length > 0).map(g => g.getAttribute('fill'))")
            check(bars and set(bars) == {"#1d5c96"}, f"curated: accepted bars only: {set(bars)}")
        full_page_screenshot(driver, os.path.join(SHOTS, name + ".png"), width)
finally:
    close(driver)
finish()
