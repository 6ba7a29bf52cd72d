"""Shared by the browser tests: Debian's headless Chromium driven through
Debian's chromedriver with Selenium (python3-selenium), the fixture
database, and the angka binary.

Chromium is started with the flags this machine needs (no sandbox as root,
no background networking: the network is closed, and a fresh profile)."""
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

FAILURES = []
CHECKS = [0]


def check(condition, message):
    CHECKS[0] += 1
    if not condition:
        FAILURES.append(message)
        print("FAIL: " + message, file=sys.stderr)
    return condition


def finish():
    print(f"{CHECKS[0] - len(FAILURES)} passed, {len(FAILURES)} failed")
    sys.exit(1 if FAILURES else 0)


def browser(width=1280, height=900):
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="angka-chromium-")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                 "--hide-scrollbars", f"--user-data-dir={profile}",
                 f"--window-size={width},{height}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(30)
    driver.profile_dir = profile
    return driver


def close(driver):
    try:
        driver.quit()
    finally:
        shutil.rmtree(driver.profile_dir, ignore_errors=True)


def set_viewport(driver, width, height):
    """Make the page's viewport (not the window) width x height."""
    driver.set_window_size(width, height)
    inner = driver.execute_script("return [window.innerWidth, window.innerHeight]")
    driver.set_window_size(width + (width - inner[0]), height + (height - inner[1]))


def full_page_screenshot(driver, path, width):
    """A screenshot of the whole page at viewport width `width`."""
    set_viewport(driver, width, 800)
    time.sleep(0.3)  # the report redraws its charts on resize
    height = driver.execute_script("return document.documentElement.scrollHeight")
    set_viewport(driver, width, min(height, 16000))
    time.sleep(0.3)
    driver.save_screenshot(path)
    return path


def wait_for(driver, script, timeout=15, message="the page"):
    end = time.time() + timeout
    while time.time() < end:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {message}: {script}")


def make_fixture(fixture_bin, path):
    subprocess.run([fixture_bin, path], check=True)
    return path


def reviews(db):
    """Every review decision: (id, figure_id, decision, corrected_value,
    corrected_decimals, reviewer, note, undoes)."""
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT id, figure_id, decision, corrected_value, corrected_decimals, reviewer, "
            "note, undoes FROM reviews ORDER BY id").fetchall()
