"""Fixtures of the web tests: `serve` on the real build, and a real headless Chromium.

Chromium and its driver come from Debian (`chromium`, `chromium-driver`; .ci/run installs them).
Without them the browser tests are skipped, except in CI (``CI=true``), where that is a failure.
Screenshots go to build/test-artifacts/screens/ (ignored by git; CI keeps them as artifacts).
"""
from __future__ import annotations

import os
import shutil
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from mandate_lineage.queries.serve import serve_in_thread

REPO = Path(__file__).resolve().parent.parent
SCREENS = REPO / "build" / "test-artifacts" / "screens"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,1600"]


def unavailable(why: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{why} (CI installs it: .ci/run)")
    pytest.skip(why)


@pytest.fixture(scope="session")
def site(real_build):
    """`serve` on the real build (following its home's current build), on a free port."""
    settings, _ = real_build
    server, thread = serve_in_thread(settings, port=0)
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def fetch(url: str, headers: dict | None = None, method: str = "GET", redirect: bool = True):
    """(status, headers, body) without raising on 4xx/5xx; redirects followed unless redirect=False."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener() if redirect else urllib.request.build_opener(NoRedirect)
    req = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with opener.open(req, timeout=60) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium driven by selenium, with a fresh profile directory."""
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        unavailable(f"Chromium or chromedriver missing ({CHROMIUM}, {CHROMEDRIVER})")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        unavailable("selenium is not installed")
    profile = tempfile.mkdtemp(prefix="mandate-lineage-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS + [f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def screenshot(driver, name: str) -> Path:
    """A full-page PNG of what the browser shows, saved as a test artifact."""
    SCREENS.mkdir(parents=True, exist_ok=True)
    height = driver.execute_script("return Math.min(document.documentElement.scrollHeight, 6000)")
    driver.set_window_size(1280, max(800, int(height)))
    path = SCREENS / f"{name}.png"
    driver.save_screenshot(str(path))
    driver.set_window_size(1280, 1600)
    return path
