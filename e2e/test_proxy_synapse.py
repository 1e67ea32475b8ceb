"""`gigguard proxy` in front of a real Synapse homeserver, driven by matrix-nio through the proxy.

    matrix-nio ─▶ gigguard proxy (examples/proxy/matrix.yml: block) ─┐
               ─▶ gigguard proxy (the same routes, action rewrite) ──┼─▶ Synapse (SQLite, 127.0.0.1)
               ─▶ gigguard proxy (the same routes, action annotate) ─┘         ▲
    what a room holds is read back from Synapse itself ───────────────────────┘

One Synapse and three proxies serve the whole module (started together, stopped by their pids);
each test logs in through a proxy and works in a room of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import random
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import pytest
import yaml
from nio import (
    AsyncClient,
    AsyncClientConfig,
    LoginResponse,
    MemoryDownloadResponse,
    RoomCreateResponse,
    RoomMessagesResponse,
    RoomSendError,
    RoomSendResponse,
    SyncResponse,
    UploadResponse,
)
from tests.ports import free_port

REPO = Path(__file__).resolve().parent.parent
MATRIX_ROUTES = REPO / "examples" / "proxy" / "matrix.yml"
BIN = Path(sys.executable).parent  # the venv's bin: gigguard, register_new_matrix_user
STARTUP_SECONDS = 60.0
USER, PASSWORD = "alice", "correct-horse-battery-staple"
VIOLATION = "add me on whatsapp +44 7700 900123 so we can talk there"
CLEAN = "Thanks! I'll send the first draft of the logo here on Friday."

pytestmark = pytest.mark.timeout(120)


@dataclass(frozen=True)
class Matrix:
    synapse: str  # Synapse's own URL, to read back what a room holds
    proxies: dict[str, str]  # action → the URL of a proxy whose routes take that action
    logs: list[Path]  # the proxies' output


# -- the servers ------------------------------------------------------------------------------------


_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never an HTTP_PROXY


def _answers(url: str) -> bool:
    try:
        with _DIRECT.open(url, timeout=1) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def _wait_for(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Polls `url` until it answers 200; fails at once if the process exits."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while not _answers(url):
        # Waiting on the process is the pause between polls: it also notices a crash at once.
        with contextlib.suppress(subprocess.TimeoutExpired):
            code = process.wait(timeout=0.05)
            raise RuntimeError(f"{process.args!r} exited with {code}; see {log}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{url} did not answer in {STARTUP_SECONDS} s; see {log}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _synapse_config(folder: Path, port: int) -> Path:
    """Synapse's own generated config, bound to 127.0.0.1:`port` and cut off from other hosts."""
    config = folder / "homeserver.yaml"
    subprocess.run(
        [sys.executable, "-m", "synapse.app.homeserver", "--server-name", "localhost",
         "--config-path", str(config), "--data-directory", str(folder), "--generate-config",
         "--report-stats=no"],
        check=True, capture_output=True, cwd=folder,
    )  # fmt: skip
    settings = yaml.safe_load(config.read_text("utf-8"))
    (listener,) = settings["listeners"]
    listener.update(bind_addresses=["127.0.0.1"], port=port)
    unlimited = {"per_second": 1000, "burst_count": 1000}  # one user, as fast as a test can
    settings.update(
        trusted_key_servers=[],  # nothing may reach matrix.org
        suppress_key_server_warning=True,
        bcrypt_rounds=4,  # logins in every test: the default 12 rounds cost a second each here
        presence={"enabled": False},
        rc_message=unlimited,
        rc_room_creation=unlimited,
        rc_joins={"local": unlimited, "remote": unlimited},
        rc_login={"address": unlimited, "account": unlimited, "failed_attempts": unlimited},
        rc_media_create=unlimited,
    )
    config.write_text(yaml.safe_dump(settings), "utf-8")
    return config


def _routes_with(action: str, folder: Path) -> Path:
    """The shipped Matrix routes with every route's action set to `action`."""
    document = yaml.safe_load(MATRIX_ROUTES.read_text("utf-8"))
    for route in document["routes"]:
        route["action"] = action
    path = folder / f"matrix-{action}.yml"
    path.write_text(yaml.safe_dump(document), "utf-8")
    return path


@pytest.fixture(scope="session")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Matrix]:
    folder = tmp_path_factory.mktemp("synapse")
    synapse_port = free_port()
    synapse = f"http://127.0.0.1:{synapse_port}"
    shipped = yaml.safe_load(MATRIX_ROUTES.read_text("utf-8"))["routes"][0]["action"]
    routes = {
        shipped: MATRIX_ROUTES,
        **{a: _routes_with(a, folder) for a in ("block", "rewrite", "annotate") if a != shipped},
    }
    processes: list[tuple[subprocess.Popen[bytes], str, Path]] = []
    try:
        # The proxies start while Synapse does: they need its port, not its answers.
        proxies: dict[str, str] = {}
        proxy_logs: list[Path] = []
        for action, path in routes.items():
            port = free_port()
            log = folder / f"proxy-{action}.log"
            with log.open("wb") as out:
                process = subprocess.Popen(
                    [BIN / "gigguard", "proxy", "--upstream", synapse, "--routes", str(path),
                     "--port", str(port)],
                    stdout=out, stderr=subprocess.STDOUT, cwd=REPO,
                )  # fmt: skip
            proxies[action] = f"http://127.0.0.1:{port}"
            proxy_logs.append(log)
            processes.append((process, f"{proxies[action]}/_gigguard/healthz", log))
        config = _synapse_config(folder, synapse_port)
        log = folder / "synapse.out"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "synapse.app.homeserver", "--config-path", str(config)],
                stdout=out, stderr=subprocess.STDOUT, cwd=folder,
            )  # fmt: skip
        processes.append((process, f"{synapse}/_matrix/client/versions", log))
        for process, url, log in processes:
            _wait_for(url, process, log)
        subprocess.run(
            [BIN / "register_new_matrix_user", "-u", USER, "-p", PASSWORD, "--no-admin",
             "-c", str(config), synapse],
            check=True, capture_output=True,
        )  # fmt: skip
        yield Matrix(synapse, proxies, proxy_logs)
    finally:
        for process, _, _ in processes:
            _stop(process)


# -- clients ----------------------------------------------------------------------------------------

Connect = Callable[[str], Awaitable[AsyncClient]]
# nio sleeps and retries on a 429 (a minute, for Synapse's limits): here a limit is a failure.
FAIL_FAST = AsyncClientConfig(max_limit_exceeded=0, max_timeouts=0)


@contextlib.asynccontextmanager
async def _clients() -> AsyncIterator[Connect]:
    """Log in as the test user through a URL (a proxy's); every client closed at the end."""
    clients: list[AsyncClient] = []

    async def login(url: str) -> AsyncClient:
        client = AsyncClient(url, f"@{USER}:localhost", config=FAIL_FAST)
        clients.append(client)
        assert isinstance(await client.login(PASSWORD), LoginResponse)
        return client

    try:
        yield login
    finally:
        for client in clients:
            await client.close()


def own_loop(test: Callable[[Matrix, Connect], Awaitable[None]]) -> Callable[[Matrix], None]:
    """An async test run in an event loop of its own, on a thread of its own: in the e2e suite,
    Playwright's sync API keeps an event loop running on the main thread, where pytest-asyncio
    cannot start one."""

    def run(matrix: Matrix) -> None:
        async def body() -> None:
            async with _clients() as connect:
                await test(matrix, connect)

        with ThreadPoolExecutor(max_workers=1) as pool:
            pool.submit(asyncio.run, body()).result()

    run.__name__, run.__qualname__, run.__doc__ = test.__name__, test.__qualname__, test.__doc__
    return run


async def new_room(client: AsyncClient) -> str:
    created = await client.room_create()
    assert isinstance(created, RoomCreateResponse), created
    room_id: str = created.room_id
    return room_id


async def messages_in(matrix: Matrix, client: AsyncClient, room_id: str) -> list[dict[str, Any]]:
    """The contents of the room's m.room.message events, oldest first, as Synapse holds them."""
    direct = AsyncClient(matrix.synapse, client.user_id, config=FAIL_FAST)
    direct.restore_login(client.user_id, client.device_id, client.access_token)
    try:
        found = await direct.room_messages(room_id, start="", limit=100)
    finally:
        await direct.close()
    assert isinstance(found, RoomMessagesResponse), found
    events = [event.source for event in reversed(found.chunk)]
    return [event["content"] for event in events if event["type"] == "m.room.message"]


def text(body: str) -> dict[str, Any]:
    return {"msgtype": "m.text", "body": body}


# -- the tests --------------------------------------------------------------------------------------


@own_loop
async def test_a_clean_message_arrives_as_sent(matrix: Matrix, connect: Connect) -> None:
    client = await connect(matrix.proxies["block"])
    room = await new_room(client)
    content = {**text(CLEAN), "format": "org.matrix.custom.html", "formatted_body": CLEAN}
    sent = await client.room_send(room, "m.room.message", content)
    assert isinstance(sent, RoomSendResponse), sent
    assert await messages_in(matrix, client, room) == [content]


@own_loop
async def test_a_violation_on_a_block_route_is_refused_and_never_reaches_the_room(
    matrix: Matrix, connect: Connect
) -> None:
    client = await connect(matrix.proxies["block"])
    room = await new_room(client)
    refused = await client.room_send(room, "m.room.message", text(VIOLATION))
    assert isinstance(refused, RoomSendError), refused
    assert refused.transport_response is not None
    assert refused.transport_response.status == 422
    problem = await refused.transport_response.json(content_type=None)
    assert problem["title"] == "Message blocked"
    assert {"contact.phone", "offplatform.invite"} <= {f["category"] for f in problem["findings"]}
    assert all(finding["pointer"] == "/body" for finding in problem["findings"])
    after = await client.room_send(room, "m.room.message", text(CLEAN))
    assert isinstance(after, RoomSendResponse), after
    assert await messages_in(matrix, client, room) == [text(CLEAN)]


# Synapse takes the same event on more paths than the spec's PUT …/v3/…/{txn}: each must be
# checked, or a client could send around the proxy.
DOORS = [
    ("PUT", "/_matrix/client/r0/rooms/{room}/send/m.room.message/t-r0"),
    ("PUT", "/_matrix/client/unstable/rooms/{room}/send/m.room.message/t-unstable"),
    ("PUT", "/_matrix/client/api/v1/rooms/{room}/send/m.room.message/t-v1"),
    ("PUT", "/_matrix/client/v3/rooms/{room}/send/m.room.message/"),  # an empty transaction id
    ("PUT", "/_matrix/client/api/v1/rooms/{room}/send/m.room.message/"),
    ("POST", "/_matrix/client/v3/rooms/{room}/send/m.room.message"),
    ("POST", "/_matrix/client/api/v1/rooms/{room}/send/m.room.message"),
    ("PUT", "/_matrix/client/v3/rooms/{room}/send/m.room%2Emessage/t-encoded"),
]


@own_loop
async def test_every_path_synapse_sends_a_message_on_is_checked(
    matrix: Matrix, connect: Connect
) -> None:
    client = await connect(matrix.proxies["block"])
    headers = {"Authorization": f"Bearer {client.access_token}"}
    async with aiohttp.ClientSession(matrix.proxies["block"], headers=headers) as http:
        for method, path in DOORS:
            # A room per door: Synapse takes an empty transaction id once per room and device.
            room = await new_room(client)
            url = path.format(room=room)
            async with http.request(method, url, json=text(VIOLATION)) as refused:
                assert refused.status == 422, (method, path)
            # …and the door is real: a clean message sent on it arrives.
            async with http.request(method, url, json=text(CLEAN)) as sent:
                assert sent.status == 200, (method, path, await sent.text())
            assert await messages_in(matrix, client, room) == [text(CLEAN)], (method, path)


@own_loop
async def test_a_violation_on_a_rewrite_route_arrives_rewritten(
    matrix: Matrix, connect: Connect
) -> None:
    client = await connect(matrix.proxies["rewrite"])
    room = await new_room(client)
    sent = await client.room_send(room, "m.room.message", text(VIOLATION))
    assert isinstance(sent, RoomSendResponse), sent
    assert sent.transport_response is not None
    assert sent.transport_response.headers["X-GigGuard-Action"] == "rewritten"
    (held,) = await messages_in(matrix, client, room)
    assert held["msgtype"] == "m.text"
    assert held["body"] != VIOLATION and held["body"].strip()
    assert "7700" not in held["body"] and "whatsapp" not in held["body"].lower()


@own_loop
async def test_a_violation_on_an_annotate_route_arrives_as_sent(
    matrix: Matrix, connect: Connect
) -> None:
    client = await connect(matrix.proxies["annotate"])
    room = await new_room(client)
    sent = await client.room_send(room, "m.room.message", text(VIOLATION))
    assert isinstance(sent, RoomSendResponse), sent
    assert sent.transport_response is not None
    assert sent.transport_response.headers["X-GigGuard-Action"] == "annotated"
    findings = orjson.loads(sent.transport_response.headers["X-GigGuard-Findings"])
    assert {"contact.phone", "offplatform.invite"} <= {f["category"] for f in findings}
    assert await messages_in(matrix, client, room) == [text(VIOLATION)]


@own_loop
async def test_sync_works_through_the_proxy(matrix: Matrix, connect: Connect) -> None:
    client = await connect(matrix.proxies["block"])
    first = await client.sync(timeout=0, full_state=True)
    assert isinstance(first, SyncResponse), first
    room = await new_room(client)
    sent = await client.room_send(room, "m.room.message", text(CLEAN))
    assert isinstance(sent, RoomSendResponse), sent
    later = await client.sync(timeout=10_000, since=first.next_batch)
    assert isinstance(later, SyncResponse), later
    timeline = later.rooms.join[room].timeline.events
    assert [event.source["content"] for event in timeline if event.event_id == sent.event_id] == [
        text(CLEAN)
    ]


@own_loop
async def test_media_uploads_and_downloads_byte_for_byte(matrix: Matrix, connect: Connect) -> None:
    client = await connect(matrix.proxies["block"])
    data = random.Random(10).randbytes(3 * 1024 * 1024 + 17)  # several chunks, one odd
    uploaded, _ = await client.upload(
        io.BytesIO(data), content_type="application/pdf", filename="brief.pdf", filesize=len(data)
    )
    assert isinstance(uploaded, UploadResponse), uploaded
    through_proxy = await client.download(uploaded.content_uri)
    assert isinstance(through_proxy, MemoryDownloadResponse), through_proxy
    assert through_proxy.body == data
    assert through_proxy.content_type == "application/pdf"
    direct = AsyncClient(matrix.synapse, client.user_id, config=FAIL_FAST)
    direct.restore_login(client.user_id, client.device_id, client.access_token)
    try:
        stored = await direct.download(uploaded.content_uri)
    finally:
        await direct.close()
    assert isinstance(stored, MemoryDownloadResponse) and stored.body == data


@own_loop
async def test_no_message_text_reaches_the_proxies_output(matrix: Matrix, connect: Connect) -> None:
    for url in matrix.proxies.values():
        client = await connect(url)
        await client.room_send(await new_room(client), "m.room.message", text(VIOLATION))
    for log in matrix.logs:
        output = log.read_text("utf-8", errors="replace").lower()
        assert "aiohttp.access" in output, f"{log} holds no access log"
        for secret in ("7700", "whatsapp", "friday"):  # friday: the clean message's
            assert secret not in output, log
