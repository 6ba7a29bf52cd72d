"""angka serve, end to end: malformed requests get a 4xx and change nothing;
then, in headless Chromium, the desk opens, one figure is accepted and
another corrected from the keyboard, the filters and the findings work,
and the decisions are in the database's review history, as the CLI shows
it. Screenshots are saved under BUILD/screenshots/.

usage: test_desk.py ANGKA FIXTURE SOURCE_DIR BUILD_DIR"""
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser import (browser, check, close, finish, full_page_screenshot, make_fixture,  # noqa: E402
                     reviews, set_viewport, wait_for)

ANGKA, FIXTURE, SRC, BUILD = sys.argv[1:5]
SHOTS = os.path.join(BUILD, "screenshots")
os.makedirs(SHOTS, exist_ok=True)
work = tempfile.mkdtemp(prefix="angka-desk-")
db = make_fixture(FIXTURE, os.path.join(work, "desk.db"))

server = subprocess.Popen([ANGKA, "serve", "--db", db, "--port", "0", "--reviewer", "tester"],
                          stderr=subprocess.PIPE, text=True)
line = server.stderr.readline()
match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
if not match:
    print("FAIL: angka serve did not say where it listens: " + line + server.stderr.read(),
          file=sys.stderr)
    server.kill()
    sys.exit(1)
port = int(match.group(1))
base = f"http://127.0.0.1:{port}"


def request(method, path, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read()
    conn.close()
    return response.status, data, response


try:
    # ---- HTTP: what the page is, and what a malformed request gets ------------
    status, page, response = request("GET", "/")
    check(status == 200, f"GET / is {status}")
    check("script-src 'self'" in (response.getheader("Content-Security-Policy") or ""),
          "the page has a content security policy")
    token = re.search(rb'name="angka-token" content="([0-9a-f]{64})"', page)
    check(token is not None, "the page carries a 64-hex session token")
    token = token.group(1).decode() if token else ""
    check(b"http://" not in page and b"https://" not in page, "the page fetches nothing elsewhere")
    for asset in ("/desk.js", "/desk.css", "/metrics.json"):
        status, _, _ = request("GET", asset)
        check(status == 200, f"GET {asset} is {status}")

    good = {"Content-Type": "application/json", "X-Angka-Token": token}
    cases = [
        ("no token", "POST", "/api/review", b'{"ids":[1],"decision":"accept"}',
         {"Content-Type": "application/json"}, 403),
        ("a wrong token", "POST", "/api/review", b'{"ids":[1],"decision":"accept"}',
         {"Content-Type": "application/json", "X-Angka-Token": "0" * 64}, 403),
        ("another site's origin", "POST", "/api/review", b'{"ids":[1],"decision":"accept"}',
         dict(good, Origin="http://evil.example"), 403),
        ("another host name", "GET", "/api/queue", None, {"Host": f"evil.example:{port}"}, 403),
        ("not JSON's type", "POST", "/api/review", b'{"ids":[1],"decision":"accept"}',
         {"Content-Type": "text/plain", "X-Angka-Token": token}, 415),
        ("a body that is not JSON", "POST", "/api/review", b'{"ids":[1],', good, 400),
        ("a JSON array", "POST", "/api/review", b'[1]', good, 400),
        ("an unknown decision", "POST", "/api/review", b'{"ids":[1],"decision":"approve"}',
         good, 400),
        ("a negative id", "POST", "/api/review", b'{"ids":[-1],"decision":"accept"}', good, 400),
        ("an id as a string", "POST", "/api/review", b'{"ids":["1"],"decision":"accept"}',
         good, 400),
        ("no ids", "POST", "/api/review", b'{"ids":[],"decision":"accept"}', good, 400),
        ("an unknown field", "POST", "/api/review",
         b'{"ids":[1],"decision":"accept","by":"x"}', good, 400),
        ("a duplicate field", "POST", "/api/review",
         b'{"ids":[1],"decision":"accept","decision":"reject"}', good, 400),
        ("a correction without a value", "POST", "/api/review",
         b'{"ids":[1],"decision":"correct"}', good, 400),
        ("a correction that is no number", "POST", "/api/review",
         b'{"ids":[1],"decision":"correct","value":"abc"}', good, 400),
        ("a correction of two figures", "POST", "/api/review",
         b'{"ids":[1,2],"decision":"correct","value":"1"}', good, 400),
        ("a value on an accept", "POST", "/api/review",
         b'{"ids":[1],"decision":"accept","value":"1"}', good, 400),
        ("an unknown figure, with a known one", "POST", "/api/review",
         b'{"ids":[1,99999],"decision":"accept"}', good, 404),
        ("nothing to undo", "POST", "/api/review", b'{"ids":[1],"decision":"undo"}', good, 404),
        ("a body over 64 KB", "POST", "/api/review",
         b'{"ids":[1],"decision":"accept","note":"' + b"x" * 70000 + b'"}', good, 413),
        ("a query on a review", "POST", "/api/review?ids=1", b'{"ids":[1],"decision":"accept"}',
         good, 400),
        ("an unknown status", "GET", "/api/queue?status=bogus", None, {}, 400),
        ("a zero limit", "GET", "/api/queue?limit=0", None, {}, 400),
        ("an unknown parameter", "GET", "/api/queue?colour=red", None, {}, 400),
        ("an article that is no id", "GET", "/api/queue?article=x", None, {}, 400),
        ("a history without an id", "GET", "/api/history?id=abc", None, {}, 400),
        ("the history of no figure", "GET", "/api/history?id=99999", None, {}, 404),
        ("no such page", "GET", "/etc/passwd", None, {}, 404),
        ("PUT", "PUT", "/api/review", b"{}", good, 405),
        ("DELETE", "DELETE", "/", None, {}, 405),
        ("a GET of the review", "GET", "/api/review", None, {}, 404),
    ]
    for name, method, path, body, headers, expected in cases:
        status, data, _ = request(method, path, body, headers)
        check(status == expected, f"{name}: {method} {path} is {status}, expected {expected}")
        if 400 <= status < 500:
            check(b'"error"' in data, f"{name}: the answer says what is wrong: {data[:200]!r}")
    check(reviews(db) == [], f"malformed requests changed nothing: {reviews(db)}")

    status, data, _ = request("GET", "/api/queue?status=pending&limit=500")
    queue = json.loads(data)
    check(status == 200 and queue["total"] == 11, f"11 pending figures: {queue.get('total')}")

    # ---- the desk in Chromium -------------------------------------------------
    driver = browser(1280, 900)
    try:
        from selenium.webdriver.common.by import By

        driver.get(base + "/")
        wait_for(driver, "return document.body.dataset.ready === 'true'", message="the desk")
        wait_for(driver, "return document.querySelectorAll('#queue li[data-id]').length > 0",
                 message="the queue")
        check(driver.execute_script("return window.__pwned") is None,
              "a title with markup did not run")
        titles = driver.execute_script(
            "return [...document.querySelectorAll('#queue .from')].map(e => e.textContent)")
        check(any("<script>window.__pwned = 1</script>" in t for t in titles),
              "markup in a title shows as text")
        check(driver.execute_script("return document.querySelectorAll('#queue script').length")
              == 0, "no element made from data")
        first = int(driver.find_element(By.ID, "card").get_attribute("data-id"))
        sentence = driver.find_element(By.CSS_SELECTOR, "#card blockquote.sentence")
        marks = sentence.find_elements(By.TAG_NAME, "mark")
        check(len(marks) == 1, "the number is highlighted in its sentence")
        link = driver.find_element(By.CSS_SELECTOR, "#card .article a")
        check(link.get_attribute("href").startswith("https://"), "the article's URL is linked")
        full_page_screenshot(driver, os.path.join(SHOTS, "desk-queue.png"), 1280)

        # Accept the first figure of the queue with 'a'.
        driver.find_element(By.TAG_NAME, "body").send_keys("a")
        wait_for(driver, f"return document.getElementById('card').dataset.id !== '{first}'",
                 message="the next figure after an accept")
        second = int(driver.find_element(By.ID, "card").get_attribute("data-id"))
        check(second != first, "the accepted figure left the pending queue")

        # Correct the next one with 'c', a value typed as written, Enter.
        driver.find_element(By.TAG_NAME, "body").send_keys("c")
        value = driver.find_element(By.ID, "correct-value")
        wait_for(driver, "return document.activeElement && "
                         "document.activeElement.id === 'correct-value'",
                 message="the correction's field")
        value.clear()
        value.send_keys("518.700")
        full_page_screenshot(driver, os.path.join(SHOTS, "desk-correct.png"), 1280)
        value.send_keys("\n")
        wait_for(driver, f"return document.getElementById('card').dataset.id !== '{second}'",
                 message="the next figure after a correction")
        toast = driver.find_element(By.ID, "toast").text
        check("corrected" in toast, f"the toast says what was done: {toast!r}")

        # Filters: one region.
        from selenium.webdriver.support.ui import Select
        Select(driver.find_element(By.ID, "f-region")).select_by_value("Kota Jambi")
        wait_for(driver, "return [...document.querySelectorAll('#queue .where')]"
                         ".every(e => e.textContent.startsWith('Kota Jambi'))",
                 message="the region filter")
        check(len(driver.find_elements(By.CSS_SELECTOR, "#queue li[data-id]")) == 1,
              "one pending figure of Kota Jambi")
        driver.find_element(By.ID, "f-clear").click()
        wait_for(driver, "return document.querySelectorAll('#queue li[data-id]').length == 9",
                 message="the filters cleared")

        # Findings: the inconsistent percentage and the conflict, with evidence.
        driver.find_element(By.TAG_NAME, "body").send_keys("f")
        wait_for(driver, "return document.querySelectorAll('#findings-inconsistent .finding')"
                         ".length > 0", message="the findings")
        inconsistent = driver.find_element(By.ID, "findings-inconsistent").text
        conflicts = driver.find_element(By.ID, "findings-conflicts").text
        check("41,52%" in inconsistent and "Jambi" in inconsistent,
              "the inconsistent percentage is a finding")
        check("518.632" in conflicts and "528.632" in conflicts,
              "the conflict shows both values' sentences")
        hrefs = driver.execute_script(
            "return [...document.querySelectorAll('#view-findings a')].map(a => a.href)")
        check("https://kabar-lain.id/2024/08/jambi" in hrefs, "the findings link the articles")
        full_page_screenshot(driver, os.path.join(SHOTS, "desk-findings.png"), 1280)

        # A narrow screen stacks the queue over the card.
        driver.find_element(By.TAG_NAME, "body").send_keys("q")
        set_viewport(driver, 420, 900)
        time.sleep(0.2)
        check(driver.execute_script("return document.documentElement.scrollWidth") <= 420,
              "the desk fits 420 px")
        full_page_screenshot(driver, os.path.join(SHOTS, "desk-420.png"), 420)
    finally:
        close(driver)

    # ---- the database: the same history the CLI writes and reads -------------
    decided = reviews(db)
    check(len(decided) == 2, f"two decisions: {decided}")
    if len(decided) == 2:
        check(decided[0][1:3] == (first, "accept") and decided[0][5] == "tester",
              f"figure {first} accepted by tester: {decided[0]}")
        check(decided[1][1:5] == (second, "correct", 518700, 0),
              f"figure {second} corrected to 518.700, a whole number: {decided[1]}")
    history = subprocess.run([ANGKA, "review", "history", str(second), "--db", db, "--format",
                              "jsonl"], capture_output=True, text=True)
    check(history.returncode == 0 and '"decision":"correct"' in history.stdout
          and '"corrected_value":518700' in history.stdout,
          f"angka review history shows the desk's correction: {history.stdout}")
    # An undo from the API is a decision too; the CLI sees it.
    status, data, _ = request("POST", "/api/review", b'{"ids":[%d],"decision":"undo"}' % second,
                              good)
    check(status == 200, f"undo: {status} {data[:200]!r}")
    check(reviews(db)[-1][2] == "undo", "the undo is in the history")
finally:
    server.send_signal(signal.SIGINT)
    try:
        code = server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        code = None
    check(code == 0, f"angka serve stops on Ctrl-C with 0, not {code}")
finish()
