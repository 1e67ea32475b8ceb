"""End-to-end fixtures: a real GigGuard service, Debian's Chromium with the unpacked extension, and
marketplace chat imitations (e2e/pages/) served at the marketplaces' own URLs.

    service (session)      `python -m gigguard serve` on a free port, backed by a real
                           `redis-server` when one is installed; or GIGGUARD_E2E_SERVICE_URL
    context (session)      persistent Chromium context with the extension, fresh user-data dir;
                           routes https://www.fiverr.com/**, https://www.upwork.com/**, … to the
                           fixture pages, and each site's POST /api/send to `sent`
    extension (session)    the extension's id and settings (set through its options page)
    page (test)            a new tab; a screenshot in the reports folder when the test fails

Environment:

    GIGGUARD_E2E_SERVICE_URL  test against this running service (a QA deployment) instead
    GIGGUARD_E2E_API_KEY      the API key that service wants, if any
    GIGGUARD_E2E_CHROMIUM     the browser (default /usr/bin/chromium)
    GIGGUARD_E2E_REPORTS      the reports folder (default reports/e2e): junit.xml (unless
                              --junitxml names another file), failure screenshots,
                              latency.json, the service's and Redis's logs
    GIGGUARD_E2E_REDIS        0: start the service without Redis even when redis-server exists
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import (
    BrowserContext,
    Frame,
    FrameLocator,
    Locator,
    Page,
    Playwright,
    Route,
    expect,
    sync_playwright,
)
from tests.ports import free_port

REPO = Path(__file__).resolve().parent.parent
EXTENSION = REPO / "extension"
PAGES = Path(__file__).resolve().parent / "pages"
# The editors from the npm registry, bundled by `npm ci && npm run build` in e2e/editors.
EDITORS = Path(__file__).resolve().parent / "editors" / "dist"
REPORTS = Path(os.environ.get("GIGGUARD_E2E_REPORTS") or REPO / "reports" / "e2e").resolve()
CHROMIUM = os.environ.get("GIGGUARD_E2E_CHROMIUM", "/usr/bin/chromium")
STARTUP_SECONDS = 30.0

# Flags from shared/E2E.md: no sandbox as root, and no background traffic to outside hosts.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Which fixture page each marketplace URL serves (first match wins).
ROUTES: list[tuple[str, str]] = [
    # A real editor from the npm registry (e2e/editors), and a web component's composer.
    (r"^https://www\.fiverr\.com/inbox/editor-[a-z]+$", "editor.html"),
    (r"^https://www\.fiverr\.com/inbox/shadow-[a-z]+$", "shadow.html"),
    (r"^https://www\.fiverr\.com/inbox(/.*)?$", "fiverr-inbox.html"),
    (r"^https://www\.fiverr\.com/orders/[^/?#]+", "fiverr-inbox.html"),  # an order's chat
    (r"^https://www\.upwork\.com/ab/messages/rooms/", "upwork-room.html"),
    (r"^https://www\.upwork\.com/nx/messages/embedded", "upwork-embedded.html"),
    (r"^https://www\.upwork\.com/nx/messages/composer-frame", "upwork-composer-frame.html"),
    (r"^https://www\.freelancer\.com/messages/", "freelancer-thread.html"),
    (r"^https://www\.peopleperhour\.com/dashboard/workstream/", "pph-workstream.html"),
    (r"^https://99designs\.com/projects/[^/]+/messages", "99designs-messages.html"),
    (r"^https://www\.guru\.com/workroom/", "guru-workroom.html"),
]
SITES = [
    "https://www.fiverr.com",
    "https://www.upwork.com",
    "https://www.freelancer.com",
    "https://www.peopleperhour.com",
    "https://99designs.com",
    "https://www.guru.com",
]

expect.set_options(timeout=10_000)


# -- reports ----------------------------------------------------------------------------------------


@pytest.hookimpl(tryfirst=True)  # before the junitxml plugin reads the option
def pytest_configure(config: pytest.Config) -> None:
    # A run leaves its JUnit report beside the screenshots unless --junitxml says otherwise.
    if not config.option.xmlpath:
        config.option.xmlpath = str(REPORTS / "junit.xml")


def pytest_sessionstart(session: pytest.Session) -> None:
    # The folder shows this run only: screenshots of earlier failures would mislead.
    if REPORTS.is_dir():
        for old in REPORTS.glob("*.png"):
            old.unlink()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    setattr(item, f"report_{report.when}", report)


def _failed(node: pytest.Item) -> bool:
    return any(
        getattr(node, f"report_{when}", None) is not None and getattr(node, f"report_{when}").failed
        for when in ("setup", "call")
    )


# -- the service ------------------------------------------------------------------------------------


def _wait_until(ready: Any, process: subprocess.Popen[bytes], what: str, log: Path) -> None:
    """Polls `ready()` until true; fails at once if the process exits, or after STARTUP_SECONDS."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while not ready():
        # Waiting on the process is the pause between polls: it also notices a crash at once.
        with contextlib.suppress(subprocess.TimeoutExpired):
            code = process.wait(timeout=0.05)
            raise RuntimeError(f"{what} exited with {code}; see {log}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not become ready in {STARTUP_SECONDS} s; see {log}")


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/healthz", timeout=1) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def _redis_ready(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@functools.cache
def _unlimited() -> list[str]:
    """Flags that lift the per-client rate limit, when this service has one: the whole suite is
    one client (127.0.0.1) typing as fast as a test can."""
    usage = subprocess.run(
        [sys.executable, "-m", "gigguard", "serve", "--help"],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    ).stdout
    return ["--rate-limit-per-client", "0"] if "--rate-limit-per-client" in usage else []


@dataclass
class LocalService:
    """A `gigguard serve` this suite started; `stop()` takes it down (the offline test)."""

    url: str
    process: subprocess.Popen[bytes]

    def stop(self) -> None:
        _stop(self.process)


def start_service(name: str, redis_url: str | None = None) -> LocalService:
    port = free_port()
    env = dict(os.environ)
    env.pop("GIGGUARD_REDIS_URL", None)
    if redis_url:
        env["GIGGUARD_REDIS_URL"] = redis_url
        env.setdefault("GIGGUARD_SECRET", secrets.token_hex(16))
    REPORTS.mkdir(parents=True, exist_ok=True)
    log = REPORTS / f"{name}.log"
    command = [
        sys.executable,
        "-m",
        "gigguard",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*command, *_unlimited()], stdout=out, stderr=subprocess.STDOUT, env=env, cwd=REPO
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until(lambda: _healthy(url), process, f"gigguard serve on port {port}", log)
    except BaseException:
        _stop(process)
        raise
    return LocalService(url=url, process=process)


@contextlib.contextmanager
def redis_server() -> Iterator[str | None]:
    """A throwaway redis-server on a free loopback port, or None when it is not installed."""
    binary = shutil.which("redis-server")
    if not binary or os.environ.get("GIGGUARD_E2E_REDIS") == "0":
        yield None
        return
    port = free_port()
    REPORTS.mkdir(parents=True, exist_ok=True)
    log = REPORTS / "redis.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                binary,
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until(lambda: _redis_ready(port), process, f"redis-server on port {port}", log)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        _stop(process)


@dataclass(frozen=True)
class Service:
    url: str
    api_key: str
    external: bool
    redis_url: str | None


@pytest.fixture(scope="session")
def service() -> Iterator[Service]:
    external = os.environ.get("GIGGUARD_E2E_SERVICE_URL", "").strip().rstrip("/")
    api_key = os.environ.get("GIGGUARD_E2E_API_KEY", "")
    if external:
        yield Service(url=external, api_key=api_key, external=True, redis_url=None)
        return
    with redis_server() as redis_url:
        local = start_service("service", redis_url)
        try:
            yield Service(url=local.url, api_key=api_key, external=False, redis_url=redis_url)
        finally:
            local.stop()


# -- the browser ------------------------------------------------------------------------------------


@dataclass
class SentLog:
    """What the fixture pages' own send handlers posted, in order."""

    messages: list[dict[str, Any]] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [str(message["text"]) for message in self.messages]

    def clear(self) -> None:
        self.messages.clear()


def _extension_for(service_url: str, workdir: Path) -> Path:
    """The extension folder to load. A service outside this machine needs a host permission that
    only a click in the options page can grant; a test copy of the extension lists it instead, so
    the shipped manifest keeps minimal permissions."""
    host = urlsplit(service_url).hostname or ""
    if host in ("127.0.0.1", "localhost"):
        return EXTENSION
    copy = workdir / "extension"
    shutil.copytree(EXTENSION, copy, ignore=shutil.ignore_patterns("test"))
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["host_permissions"].append(f"{urlsplit(service_url).scheme}://{host}/*")
    (copy / "manifest.json").write_text(json.dumps(manifest, indent=2))
    return copy


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as instance:
        yield instance


@pytest.fixture(scope="session")
def sent() -> SentLog:
    return SentLog()


def launch(
    playwright: Playwright, service: Service, sent: SentLog, workdir: Path, lang: str | None = None
) -> BrowserContext:
    """Chromium with the extension, serving the fixture pages at the marketplaces' URLs and
    recording what their own sends post in `sent`. `lang`: the browser's interface language (the
    extension's then), as the seller's system would set it."""
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"No Chromium at {CHROMIUM}: `apt-get install chromium` (Debian's build; Playwright's "
            "own download does not work here), or set GIGGUARD_E2E_CHROMIUM"
        )
    extension = _extension_for(service.url, workdir)
    ctx = playwright.chromium.launch_persistent_context(
        str(workdir / "user-data"),
        executable_path=CHROMIUM,
        headless=True,
        args=[
            *CHROMIUM_ARGS,
            f"--disable-extensions-except={extension}",
            f"--load-extension={extension}",
            *([f"--lang={lang}"] if lang else []),
        ],
        env={**os.environ, "LANGUAGE": lang} if lang else None,
        locale=lang,
        viewport={"width": 1280, "height": 800},
    )
    ctx.set_default_timeout(10_000)

    def serve_page(route: Route) -> None:
        url = route.request.url
        for pattern, name in ROUTES:
            if re.search(pattern, url):
                body = (PAGES / name).read_text(encoding="utf-8")
                route.fulfill(status=200, content_type="text/html; charset=utf-8", body=body)
                return
        route.fulfill(status=404, content_type="text/plain", body=f"no fixture for {url}")

    def record_send(route: Route) -> None:
        if route.request.method != "POST":
            route.fulfill(status=405, body="")
            return
        message = dict(route.request.post_data_json or {})
        message["site"] = urlsplit(route.request.url).hostname
        sent.messages.append(message)
        route.fulfill(status=200, content_type="application/json", body='{"ok": true}')

    def serve_editor(route: Route) -> None:
        bundle = EDITORS / Path(urlsplit(route.request.url).path).name
        if bundle.suffix == ".js" and bundle.is_file():
            route.fulfill(status=200, content_type="text/javascript", body=bundle.read_bytes())
        else:
            route.fulfill(
                status=404, content_type="text/plain", body=f"no editor bundle {bundle.name}"
            )

    for site in SITES:
        ctx.route(f"{site}/**", serve_page)
        ctx.route(f"{site}/api/send", record_send)  # registered last: wins over the page route
    ctx.route("https://www.fiverr.com/editors/*.js", serve_editor)
    return ctx


@pytest.fixture(scope="session")
def context(
    playwright: Playwright,
    service: Service,
    sent: SentLog,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[BrowserContext]:
    ctx = launch(playwright, service, sent, tmp_path_factory.mktemp("chromium"))
    try:
        yield ctx
    finally:
        ctx.close()


@dataclass
class Extension:
    """The loaded extension: its id, and its settings as the options page stores them."""

    id: str
    options: Page  # an options tab kept open: chrome.* APIs for settings and constants
    baseline: dict[str, Any]

    def settings(self) -> dict[str, Any]:
        stored: dict[str, Any] = self.options.evaluate(
            "async () => (await chrome.storage.local.get('settings')).settings || {}"
        )
        return stored

    def set_settings(self, **changes: Any) -> None:
        self.options.evaluate(
            "async (changes) => { const {settings = {}} = await chrome.storage.local.get('settings');"
            " await chrome.storage.local.set({settings: {...settings, ...changes}}); }",
            changes,
        )

    def reset(self) -> None:
        self.options.evaluate(
            "async (settings) => chrome.storage.local.set({settings})", self.baseline
        )

    def constant(self, expression: str) -> Any:
        """A value of the extension's own modules, e.g. "GigGuard.settings.DEBOUNCE_MS"."""
        return self.options.evaluate(f"() => globalThis.{expression}")


def connect(context: BrowserContext, service: Service) -> Extension:
    """The extension in `context`, pointed at `service` as a person would: in its options page."""
    worker = (
        context.service_workers[0]
        if context.service_workers
        else context.wait_for_event("serviceworker")
    )
    extension_id = worker.url.split("/")[2]
    options = context.new_page()
    options.goto(f"chrome-extension://{extension_id}/options.html")
    expect(options.locator("body")).to_have_attribute("data-loaded", "true")
    options.fill("#service-url", service.url)
    options.fill("#api-key", service.api_key)
    options.click("#save")
    expect(options.locator("#service-status")).to_have_attribute("data-state", "online")
    ext = Extension(id=extension_id, options=options, baseline={})
    ext.baseline = ext.settings()
    return ext


@pytest.fixture(scope="session")
def extension(context: BrowserContext, service: Service) -> Extension:
    ext = connect(context, service)
    expect(ext.options.locator("#saved")).to_have_text("Saved.")
    return ext


@pytest.fixture
def page(
    context: BrowserContext, extension: Extension, sent: SentLog, request: pytest.FixtureRequest
) -> Iterator[Page]:
    sent.clear()
    tab = context.new_page()
    try:
        yield tab
    finally:
        if _failed(request.node):
            REPORTS.mkdir(parents=True, exist_ok=True)
            name = re.sub(r"[^\w.-]+", "_", request.node.nodeid)
            path = REPORTS / f"{name}.png"
            with contextlib.suppress(Exception):
                tab.screenshot(path=str(path), full_page=True)
                request.node.user_properties.append(("screenshot", str(path)))
        tab.close()
        extension.reset()


# -- reading what GigGuard shows ---------------------------------------------------------------------


class UI:
    """Where GigGuard's marks are, in a page or a frame. Everything it draws lives in the open
    shadow root of its layer; Playwright's CSS locators pierce it."""

    LAYER = "[data-gigguard-layer]"

    def __init__(self, scope: Page | FrameLocator) -> None:
        self.scope = scope

    def underlines(self) -> Locator:
        """The underlined spans over <textarea>s, in text order."""
        return self.scope.locator(f"{self.LAYER} .gg-underline")

    def badge(self) -> Locator:
        return self.scope.locator(f"{self.LAYER} .gg-badge")

    def card(self) -> Locator:
        return self.scope.locator(f"{self.LAYER} .gg-card")

    def banner(self) -> Locator:
        return self.scope.locator(f"{self.LAYER} .gg-banner")

    def markers(self) -> Locator:
        return self.scope.locator(f"{self.LAYER} .gg-marker")

    def action(self, name: str) -> Locator:
        return self.scope.locator(f"{self.LAYER} [data-action='{name}']:visible")

    def checked_clean(self) -> None:
        """Waits until the newest draft has been answered and nothing was found."""
        expect(self.badge()).to_have_attribute("data-state", "clean")
        expect(self.badge()).to_have_attribute("data-pending", "false")

    def checked(self) -> None:
        """Waits until the newest draft has been answered."""
        expect(self.badge()).to_have_attribute("data-pending", "false")


HIGHLIGHT_TEXTS = """(severity) => {
  const h = CSS.highlights.get('gigguard-' + severity);
  return h ? [...h].map((r) => r.toString()).sort() : [];
}"""


def highlight_texts(target: Page | Frame, severity: str = "error") -> list[str]:
    texts: list[str] = target.evaluate(HIGHLIGHT_TEXTS, severity)
    return texts


def wait_for_highlights(target: Page | Frame, expected: list[str], severity: str = "error") -> None:
    """Waits until the contenteditable highlights of a severity cover exactly these texts."""
    target.wait_for_function(
        f"([severity, expected]) => JSON.stringify(({HIGHLIGHT_TEXTS})(severity))"
        " === JSON.stringify(expected)",
        arg=[severity, sorted(expected)],
    )


def lint(
    service: Service,
    text: str,
    platform: str,
    direction: str = "outgoing",
    phase: str = "pre_order",
) -> dict[str, Any]:
    """What the service itself says about a draft: the expected spans, messages and rewrites."""
    body = {"text": text, "platform": platform, "direction": direction, "phase": phase}
    request = urllib.request.Request(
        f"{service.url}/v1/lint",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"}
        | ({"Authorization": f"Bearer {service.api_key}"} if service.api_key else {}),
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        body: dict[str, Any] = json.loads(response.read())
        return body


def utf16_slice(text: str, start: int, end: int) -> str:
    """text[start:end] with offsets in UTF-16 code units, as the service and JavaScript count."""
    units = text.encode("utf-16-le")
    return units[start * 2 : end * 2].decode("utf-16-le")


def apply_replacement(text: str, finding: dict[str, Any]) -> str:
    units = text.encode("utf-16-le")
    start, end = finding["replacement_start"] * 2, finding["replacement_end"] * 2
    replacement = str(finding["replacement"]).encode("utf-16-le")
    return (units[:start] + replacement + units[end:]).decode("utf-16-le")


class Helpers:
    """Module-level helpers handed to tests as the `gg` fixture (tests import no conftest)."""

    UI = UI
    highlight_texts = staticmethod(highlight_texts)
    wait_for_highlights = staticmethod(wait_for_highlights)
    lint = staticmethod(lint)
    utf16_slice = staticmethod(utf16_slice)
    apply_replacement = staticmethod(apply_replacement)
    start_service = staticmethod(start_service)
    launch = staticmethod(launch)
    connect = staticmethod(connect)
    free_port = staticmethod(free_port)
    reports = REPORTS


@pytest.fixture(scope="session")
def gg() -> Helpers:
    return Helpers()
