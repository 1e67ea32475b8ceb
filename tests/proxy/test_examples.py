"""The shipped routes files (examples/proxy/) load, and the Mattermost and Rocket.Chat ones do what
they say in front of a small server that takes those APIs' payloads as the real ones send them:
a message that breaks a rule never reaches it, a clean one arrives byte for byte. (The Matrix
file is tested against a real Synapse in e2e/test_proxy_synapse.py.)"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiohttp import WSMsgType, web
from aiohttp.test_utils import TestClient, TestServer
from yarl import URL

from gigguard.proxy.app import create_proxy_app
from gigguard.proxy.routes import load_routes
from gigguard.proxy.settings import ProxySettings
from gigguard.service.app import RUNNER_OPTIONS

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "proxy"
VIOLATION = "add me on whatsapp +44 7700 900123 so we can talk there"
CLEAN = "Thanks! I'll send the first draft of the logo here on Friday."
POST_ID = "ecsn8gtgx3gf5qb5e7kzzukxqa"
CHANNEL_ID = "4xp9fdt77pncbef59f4k1qe83o"
USER_ID = "8jp9kbm6f3nq8bqpuxfoakzdny"
MESSAGE_ID = "mLx3FfGAHbqzDvM6Y"


def test_every_example_loads() -> None:
    files = sorted(EXAMPLES.glob("*.yml"))
    assert {"matrix.yml", "mattermost.yml", "rocketchat.yml"} <= {f.name for f in files}
    for path in files:
        assert load_routes(path), path


@dataclass
class Chat:
    """What the chat server was sent."""

    bodies: list[tuple[str, bytes]] = field(default_factory=list)  # (path, body)
    frames: list[str] = field(default_factory=list)
    url: URL = field(default_factory=URL)


def chat_app(seen: Chat) -> web.Application:
    """Mattermost's and Rocket.Chat's message endpoints, answering as those servers do."""

    async def mattermost(request: web.Request) -> web.Response:
        body = await request.read()
        post = orjson.loads(body)
        assert isinstance(post["message"], str)
        seen.bodies.append((request.path, body))
        status = 201 if request.method == "POST" else 200
        created = {"id": request.match_info.get("post_id", POST_ID), "create_at": 1701612345678,
                   "update_at": 1701612345678, "edit_at": 0, "delete_at": 0, "user_id": USER_ID,
                   "channel_id": CHANNEL_ID, "root_id": "", "type": "", "props": {},
                   "message": post["message"], "metadata": {}}  # fmt: skip
        return web.json_response(created, status=status)

    async def rocketchat(request: web.Request) -> web.Response:
        assert request.headers["X-Auth-Token"] and request.headers["X-User-Id"]
        body = await request.read()
        seen.bodies.append((request.path, body))
        sent = orjson.loads(body)
        if request.path.startswith("/api/v1/method.call/"):
            call = orjson.loads(sent["message"])
            result = {"msg": "result", "id": call["id"], "result": call["params"][0]}
            return web.json_response({"message": orjson.dumps(result).decode(), "success": True})
        message = sent.get("message") or {"_id": sent["msgId"], "msg": sent["text"]}
        stored = {**message, "ts": "2023-12-03T13:15:01.172Z", "u": {"_id": USER_ID}}
        return web.json_response({"message": stored, "success": True})

    async def ddp(request: web.Request) -> web.WebSocketResponse:
        """Meteor's DDP over a plain WebSocket, as Rocket.Chat's /websocket speaks it."""
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_str('{"server_id":"0"}')
        async for message in ws:
            if message.type != WSMsgType.TEXT:
                break
            seen.frames.append(message.data)
            frame = orjson.loads(message.data)
            if frame["msg"] == "connect":
                await ws.send_str('{"msg":"connected","session":"Jp4XhB2kYwQ7sTn9c"}')
            elif frame["msg"] == "ping":
                await ws.send_str('{"msg":"pong"}')
            elif frame["msg"] == "method":
                reply = {"msg": "result", "id": frame["id"], "result": frame["params"][0]}
                await ws.send_str(orjson.dumps(reply).decode())
        return ws

    async def mattermost_socket(request: web.Request) -> web.WebSocketResponse:
        """Mattermost's WebSocket: the clients send actions, each answered by its seq."""
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        async for message in ws:
            if message.type != WSMsgType.TEXT:
                break
            seen.frames.append(message.data)
            seq = orjson.loads(message.data)["seq"]
            await ws.send_str(orjson.dumps({"seq_reply": seq, "status": "OK"}).decode())
        return ws

    app = web.Application()
    app.router.add_post("/api/v4/posts", mattermost)
    app.router.add_put("/api/v4/posts/{post_id}", mattermost)
    app.router.add_put("/api/v4/posts/{post_id}/patch", mattermost)
    for method in ("chat.sendMessage", "chat.update", "method.call/sendMessage",
                   "method.call/updateMessage"):  # fmt: skip
        app.router.add_post(f"/api/v1/{method}", rocketchat)
    app.router.add_get("/websocket", ddp)
    app.router.add_get("/api/v4/websocket", mattermost_socket)
    return app


@pytest.fixture
async def chat() -> AsyncIterator[Chat]:
    seen = Chat()
    server = TestServer(chat_app(seen))
    await server.start_server()
    seen.url = server.make_url("/")
    yield seen
    await server.close()


Client = TestClient[Any, Any]


async def proxy_for(example: str, chat: Chat, aiohttp_client: Any) -> Client:
    settings = ProxySettings(chat.url, tuple(load_routes(EXAMPLES / example)))
    server = TestServer(create_proxy_app(settings))
    await server.start_server(**RUNNER_OPTIONS)
    client: Client = await aiohttp_client(server)
    return client


# A message as each endpoint takes it, with the other fields the clients send beside it.
Payload = Callable[[str], dict[str, Any]]


def mattermost_new_post(text: str) -> dict[str, Any]:
    return {"file_ids": [], "message": text, "channel_id": CHANNEL_ID, "root_id": "",
            "pending_post_id": f"{USER_ID}:1701612345678", "user_id": USER_ID, "create_at": 0,
            "metadata": {}, "props": {"disable_group_highlight": True},
            "update_at": 1701612345678, "reply_count": 0}  # fmt: skip


def mattermost_edited_post(text: str) -> dict[str, Any]:
    return {**mattermost_new_post(text), "id": POST_ID, "create_at": 1701612345678,
            "edit_at": 1701612399000, "is_pinned": False, "type": "", "hashtags": ""}  # fmt: skip


def mattermost_patch(text: str) -> dict[str, Any]:
    return {"id": POST_ID, "message": text, "file_ids": []}


def rocketchat_send(text: str) -> dict[str, Any]:
    return {"message": {"_id": MESSAGE_ID, "rid": "GENERAL", "msg": text, "tmid": "",
                        "alias": "", "emoji": "", "avatar": ""}}  # fmt: skip


def rocketchat_update(text: str) -> dict[str, Any]:
    return {"roomId": "GENERAL", "msgId": MESSAGE_ID, "text": text}


def ddp_call(method: str, text: str) -> dict[str, Any]:
    return {"msg": "method", "id": "14", "method": method,
            "params": [{"_id": MESSAGE_ID, "rid": "GENERAL", "msg": text}]}  # fmt: skip


def rocketchat_method_call(method: str) -> Payload:
    return lambda text: {"message": orjson.dumps(ddp_call(method, text)).decode()}


ROCKETCHAT_HEADERS = {"X-Auth-Token": "9HqLlyZOugoStsXCUfD_0YdwnNnunAJF8V47U3QHXSq",
                      "X-User-Id": "aobEdbYhXfu5hkeqG"}  # fmt: skip

EXAMPLE_ENDPOINTS: list[tuple[str, str, str, Payload]] = [
    ("mattermost.yml", "POST", "/api/v4/posts", mattermost_new_post),
    ("mattermost.yml", "PUT", f"/api/v4/posts/{POST_ID}", mattermost_edited_post),
    ("mattermost.yml", "PUT", f"/api/v4/posts/{POST_ID}/patch", mattermost_patch),
    ("rocketchat.yml", "POST", "/api/v1/chat.sendMessage", rocketchat_send),
    ("rocketchat.yml", "POST", "/api/v1/chat.update", rocketchat_update),
    ("rocketchat.yml", "POST", "/api/v1/method.call/sendMessage",
     rocketchat_method_call("sendMessage")),
    ("rocketchat.yml", "POST", "/api/v1/method.call/updateMessage",
     rocketchat_method_call("updateMessage")),
]  # fmt: skip


@pytest.mark.parametrize(("example", "method", "path", "payload"), EXAMPLE_ENDPOINTS)
async def test_a_violation_is_blocked_and_a_clean_message_passes(
    example: str, method: str, path: str, payload: Payload, chat: Chat, aiohttp_client: Any
) -> None:
    client = await proxy_for(example, chat, aiohttp_client)
    headers = {**ROCKETCHAT_HEADERS, "Content-Type": "application/json"}
    blocked = await client.request(
        method, path, data=orjson.dumps(payload(VIOLATION)), headers=headers
    )
    assert blocked.status == 422
    problem = await blocked.json()
    assert problem["title"] == "Message blocked"
    assert {"contact.phone", "offplatform.invite"} <= {f["category"] for f in problem["findings"]}
    assert chat.bodies == []

    raw = orjson.dumps(payload(CLEAN))
    sent = await client.request(method, path, data=raw, headers=headers)
    assert sent.status == (201 if (method, path) == ("POST", "/api/v4/posts") else 200)
    assert (await sent.json())["message"]
    assert chat.bodies == [(path, raw)]  # byte for byte


async def test_the_rocketchat_websocket_checks_messages_and_relays_the_rest(
    chat: Chat, aiohttp_client: Any
) -> None:
    client = await proxy_for("rocketchat.yml", chat, aiohttp_client)
    handshake = [
        '{"msg":"connect","version":"1","support":["1","pre2","pre1"]}',
        '{"msg":"method","method":"login","params":[{"resume":"9HqLlyZOugoStsXCUfD"}],"id":"1"}',
        '{"msg":"sub","id":"Ag8rQ","name":"stream-room-messages","params":["GENERAL",false]}',
        '{"msg":"ping"}',
    ]
    async with client.ws_connect("/websocket") as ws:
        assert await ws.receive_str(timeout=5) == '{"server_id":"0"}'
        for frame in handshake:
            await ws.send_str(frame)
        replies = [orjson.loads(await ws.receive_str(timeout=5)) for _ in range(3)]
        assert [reply["msg"] for reply in replies] == ["connected", "result", "pong"]

        await ws.send_str(orjson.dumps(ddp_call("sendMessage", VIOLATION)).decode())
        blocked = orjson.loads(await ws.receive_str(timeout=5))
        assert blocked["type"] == "gigguard.blocked"
        assert {"contact.phone", "offplatform.invite"} <= {
            f["category"] for f in blocked["findings"]
        }
        clean = orjson.dumps(ddp_call("updateMessage", CLEAN)).decode()
        await ws.send_str(clean)
        result = orjson.loads(await ws.receive_str(timeout=5))
        assert (result["msg"], result["result"]["msg"]) == ("result", CLEAN)
    assert chat.frames == [*handshake, clean]  # never the violation


async def test_the_mattermost_websocket_passes_untouched(chat: Chat, aiohttp_client: Any) -> None:
    client = await proxy_for("mattermost.yml", chat, aiohttp_client)
    actions = [
        '{"seq":1,"action":"authentication_challenge","data":{"token":"k7bq3xg9wjfd8e"}}',
        f'{{"seq":2,"action":"user_typing","data":{{"channel_id":"{CHANNEL_ID}","parent_id":""}}}}',
    ]
    async with client.ws_connect("/api/v4/websocket") as ws:
        for action in actions:
            await ws.send_str(action)
            reply = orjson.loads(await ws.receive_str(timeout=5))
            assert reply == {"seq_reply": orjson.loads(action)["seq"], "status": "OK"}
    assert chat.frames == actions
