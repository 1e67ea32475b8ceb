"""RedisStore against a real redis-server: every Store method, atomicity, hashing, pub/sub, outages."""

from __future__ import annotations

import asyncio
import gc
import time
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any

import pytest
from redis.asyncio import Redis

from gigguard.service.redis_store import RedisStore, RedisUnavailableError, redact_url
from gigguard.service.store import RateDecision, hash_key

if TYPE_CHECKING:
    from conftest import RedisServer

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
async def store(redis_db: RedisServer) -> AsyncIterator[RedisStore]:
    started = RedisStore(redis_db.url, probe_interval=0.2)
    await started.start()
    yield started
    await started.close()


@pytest.fixture
async def raw(redis_db: RedisServer) -> AsyncIterator[Redis]:
    """A plain client, to look at what the store wrote."""
    client = Redis.from_url(redis_db.url)
    yield client
    await client.aclose()


async def eventually(
    condition: Callable[[], Awaitable[bool]], deadline_seconds: float = 10.0
) -> None:
    deadline = time.monotonic() + deadline_seconds
    while not await condition():
        assert time.monotonic() < deadline, "condition not met before the deadline"
        await asyncio.sleep(0.05)


async def timed(call: Awaitable[Any]) -> tuple[Any, float]:
    started = time.monotonic()
    result = await call
    return result, time.monotonic() - started


# -- cache ----------------------------------------------------------------------------------------


async def test_cache_round_trips_bytes_with_a_ttl(store: RedisStore, raw: Redis) -> None:
    value = bytes(range(256))
    assert await store.cache_get("k1") is None
    await store.cache_set("k1", value, ttl_seconds=30)
    assert await store.cache_get("k1") == value
    assert 0 < await raw.ttl("gigguard:cache:k1") <= 30


async def test_cache_entry_expires(store: RedisStore) -> None:
    await store.cache_set("short", b"v", ttl_seconds=1)

    async def gone() -> bool:
        return await store.cache_get("short") is None

    await eventually(gone, deadline_seconds=5)


async def test_namespaces_do_not_share(store: RedisStore, redis_db: RedisServer) -> None:
    other = RedisStore(redis_db.url, namespace="other")
    try:
        await store.cache_set("k", b"mine", 30)
        assert await other.cache_get("k") is None
        assert (await other.hit("b", 1, 60)).allowed
        assert (await store.hit("b", 1, 60)).allowed
    finally:
        await other.close()


# -- rate limits ----------------------------------------------------------------------------------


async def test_hit_counts_down_then_refuses_with_retry_after(store: RedisStore) -> None:
    decisions = [await store.hit("client-a", limit=3, window_seconds=60) for _ in range(4)]
    assert [(d.allowed, d.remaining) for d in decisions] == [
        (True, 2),
        (True, 1),
        (True, 0),
        (False, 0),
    ]
    assert [d.retry_after for d in decisions[:3]] == [0.0, 0.0, 0.0]
    assert 59 < decisions[3].retry_after <= 60


async def test_buckets_are_independent(store: RedisStore) -> None:
    assert (await store.hit("a", 1, 60)).allowed
    assert not (await store.hit("a", 1, 60)).allowed
    assert (await store.hit("b", 1, 60)).allowed


async def test_window_reopens_after_it_expires(store: RedisStore) -> None:
    assert (await store.hit("w", 1, 0.3)).allowed
    refused = await store.hit("w", 1, 0.3)
    assert not refused.allowed and 0 < refused.retry_after <= 0.3

    async def reopened() -> bool:
        return (await store.hit("w", 1, 0.3)).allowed

    await eventually(reopened, deadline_seconds=5)


async def test_refused_hits_do_not_extend_the_window(store: RedisStore, raw: Redis) -> None:
    await store.hit("x", 1, 60)
    for _ in range(5):
        await store.hit("x", 1, 60)
    assert await raw.get("gigguard:rl:x") == b"1"


async def test_hits_are_atomic_across_clients(redis_db: RedisServer, raw: Redis) -> None:
    # 200 hits at once through two stores (two connection pools) against a limit of 50. Generous
    # timeouts and warm pools: this is about the script's atomicity, and a timeout on a loaded
    # machine would let a hit through the in-process fallback instead.
    stores = [RedisStore(redis_db.url, socket_timeout=5) for _ in range(2)]
    try:
        for store in stores:
            await asyncio.gather(*(store.hit("warm-up", 1000, 60) for _ in range(64)))
        calls = [stores[i % 2].hit("busy", 50, 60) for i in range(200)]
        decisions: list[RateDecision] = await asyncio.gather(*calls)
    finally:
        for store in stores:
            await store.close()
    assert sum(d.allowed for d in decisions) == 50
    assert sorted(d.remaining for d in decisions if d.allowed) == list(range(50))
    assert await raw.get("gigguard:rl:busy") == b"50"


async def test_a_burst_waits_for_a_connection_instead_of_degrading(
    redis_db: RedisServer,
) -> None:
    # redis-py's pool raises a ConnectionError when it runs out; that must not read as an outage.
    store = RedisStore(redis_db.url, max_connections=2, socket_timeout=5)
    try:
        await store.cache_set("k", b"v", 60)
        values = await asyncio.gather(*(store.cache_get("k") for _ in range(300)))
        assert values == [b"v"] * 300
        assert await store.ready()
    finally:
        await store.close()


# -- API keys -------------------------------------------------------------------------------------


async def test_key_lifecycle(store: RedisStore) -> None:
    plain, record = await store.key_create("laptop")
    assert plain.startswith("gg_") and record.id.startswith("k_")
    assert (record.name, record.revoked) == ("laptop", False)
    assert abs(record.created - time.time()) < 60

    assert await store.key_lookup(plain) == record
    assert await store.key_lookup(plain + "x") is None
    assert await store.key_list() == [record]

    assert await store.key_revoke(record.id) is True
    assert await store.key_revoke("k_missing") is False
    revoked = await store.key_lookup(plain)
    assert revoked is not None and revoked.revoked
    assert (revoked.id, revoked.name, revoked.created) == (record.id, record.name, record.created)
    assert [key.revoked for key in await store.key_list()] == [True]


async def test_keys_are_listed_oldest_first_and_shared(
    store: RedisStore, redis_db: RedisServer
) -> None:
    other = RedisStore(redis_db.url)
    try:
        plain_a, a = await store.key_create("a")
        plain_b, b = await other.key_create("b ünïcode ✓")
        assert [key.id for key in await store.key_list()] == [a.id, b.id]
        assert await store.key_lookup(plain_b) == b
        assert await other.key_lookup(plain_a) == a
    finally:
        await other.close()


async def test_only_the_hash_of_a_key_is_stored(store: RedisStore, raw: Redis) -> None:
    plain, record = await store.key_create("ci")
    await store.key_revoke(record.id)
    everything = b""
    async for name in raw.scan_iter():
        kind = await raw.type(name)
        if kind == b"hash":
            for field, value in (await raw.hgetall(name)).items():
                everything += b"\n" + field + b"\n" + value
        else:
            everything += b"\n" + (await raw.dump(name) or b"")
    assert plain.encode() not in everything
    assert plain.removeprefix("gg_").encode() not in everything
    assert await raw.hget("gigguard:keyids", record.id) == hash_key(plain).encode()
    assert await raw.hexists("gigguard:keys", hash_key(plain))


# -- rule reloads ---------------------------------------------------------------------------------


class Listener:
    def __init__(self) -> None:
        self.calls = 0
        self.called = asyncio.Event()

    async def __call__(self) -> None:
        self.calls += 1
        self.called.set()

    async def next_call(self, deadline_seconds: float = 5.0) -> None:
        await asyncio.wait_for(self.called.wait(), deadline_seconds)
        self.called.clear()


async def wait_subscribed(redis_db: RedisServer, count: int) -> None:
    async def subscribed() -> bool:
        client = Redis.from_url(redis_db.url)
        try:
            numsub = dict(await client.pubsub_numsub("gigguard:reload"))
        finally:
            await client.aclose()
        return int(numsub[b"gigguard:reload"]) >= count

    await eventually(subscribed)


async def test_reload_reaches_listeners_of_another_instance(
    store: RedisStore, redis_db: RedisServer
) -> None:
    other = RedisStore(redis_db.url)
    here, there = Listener(), Listener()
    store.on_reload(here)
    other.on_reload(there)
    await other.start()
    try:
        await wait_subscribed(redis_db, 2)
        await store.announce_reload()
        await there.next_call()
        await here.next_call()  # the announcer reloads too, through its own subscription
        assert (here.calls, there.calls) == (1, 1)
    finally:
        await other.close()


async def test_a_failing_listener_does_not_stop_the_others(
    store: RedisStore, redis_db: RedisServer
) -> None:
    async def broken() -> None:
        raise RuntimeError("boom")

    listener = Listener()
    store.on_reload(broken)
    store.on_reload(listener)
    await wait_subscribed(redis_db, 1)
    await store.announce_reload()
    await listener.next_call()
    await store.announce_reload()
    await listener.next_call()


# -- lifecycle ------------------------------------------------------------------------------------


async def test_close_leaves_no_tasks_or_connections(redis_db: RedisServer) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        store = RedisStore(redis_db.url)
        await store.start()
        await store.cache_set("k", b"v", 10)
        await store.hit("b", 5, 10)
        await store.close()
        await store.close()  # twice is harmless
        gc.collect()
    names = {task.get_name() for task in asyncio.all_tasks()}
    assert not {"gigguard-redis-probe", "gigguard-redis-reload"} & names
    assert [str(w.message) for w in caught] == []


def test_the_password_never_appears_in_messages() -> None:
    assert redact_url("redis://:s3cret@db.example:6380/2") == "redis://:***@db.example:6380/2"
    assert redact_url("redis://u:s3cret@[::1]/0") == "redis://u:***@[::1]/0"
    assert redact_url("redis://127.0.0.1:6379/0") == "redis://127.0.0.1:6379/0"


# -- outages --------------------------------------------------------------------------------------


async def test_starts_degraded_when_redis_is_not_there(unused_tcp_port: int) -> None:
    store = RedisStore(f"redis://127.0.0.1:{unused_tcp_port}/0", probe_interval=0.2)
    started = time.monotonic()
    await store.start()
    try:
        assert not await store.ready()
        assert await store.cache_get("k") is None
        await store.cache_set("k", b"v", 10)
        assert (await store.hit("b", 1, 60)).allowed
        assert not (await store.hit("b", 1, 60)).allowed  # the in-process limiter still limits
        assert await store.key_lookup("gg_unknown") is None
        with pytest.raises(RedisUnavailableError, match="cannot reach Redis at redis://127"):
            await store.key_create("x")
        with pytest.raises(RedisUnavailableError):
            await store.key_list()
        with pytest.raises(RedisUnavailableError):
            await store.key_revoke("k_1")
        await store.announce_reload()  # local listeners only; no error
    finally:
        await store.close()
    assert time.monotonic() - started < 5


async def test_redis_down_degrades_and_recovers(store: RedisStore, redis_db: RedisServer) -> None:
    plain, record = await store.key_create("survivor")
    assert await store.key_lookup(plain) == record
    await store.cache_set("k", b"v", 60)
    assert (await store.hit("shared", 100, 60)).remaining == 99

    redis_db.stop()
    try:
        for _ in range(3):  # the first call finds out, the next ones skip Redis
            value, took = await timed(store.cache_get("k"))
            assert value is None and took < 1
            _, took = await timed(store.cache_set("k2", b"v", 60))
            assert took < 1
            found, took = await timed(store.key_lookup(plain))
            assert found == record and took < 1
        allowed = []
        for _ in range(3):  # the in-process limiter: this process alone, same limit
            decision, took = await timed(store.hit("local", 2, 60))
            allowed.append(decision.allowed)
            assert took < 1
        assert allowed == [True, True, False]
        assert await store.key_lookup("gg_not-a-key") is None
        ready, took = await timed(store.ready())
        assert ready is False and took < 1
    finally:
        redis_db.start()

    await eventually(store.ready)
    assert await store.cache_get("k") is None  # Redis came back empty (no persistence)
    await store.cache_set("k", b"again", 60)
    assert await store.cache_get("k") == b"again"
    assert (await store.hit("shared", 100, 60)).remaining == 99  # counted in Redis again


async def test_a_hung_redis_costs_one_socket_timeout(
    store: RedisStore, redis_db: RedisServer
) -> None:
    await store.cache_set("k", b"v", 60)
    redis_db.pause()
    try:
        for _ in range(5):
            value, took = await timed(store.cache_get("k"))
            assert value is None and took < 1
            decision, took = await timed(store.hit("b", 10, 60))
            assert decision.allowed and took < 1
        ready, took = await timed(store.ready())
        assert ready is False and took < 1
    finally:
        redis_db.resume()
    await eventually(store.ready)
    assert await store.cache_get("k") == b"v"


async def test_keys_seen_before_an_outage_still_authenticate(redis_db: RedisServer) -> None:
    # Created by another process (the CLI); this instance never looked the key up, but start()
    # and the periodic refresh loaded it.
    admin = RedisStore(redis_db.url)
    plain, record = await admin.key_create("ci")
    await admin.close()
    store = RedisStore(redis_db.url, probe_interval=0.2)
    await store.start()
    try:
        redis_db.stop()
        assert not await store.ready()
        assert await store.key_lookup(plain) == record
    finally:
        redis_db.start()
        await store.close()


async def test_reload_subscription_survives_a_redis_restart(
    store: RedisStore, redis_db: RedisServer
) -> None:
    listener = Listener()
    store.on_reload(listener)
    await wait_subscribed(redis_db, 1)

    redis_db.stop()
    redis_db.start()
    # Announcements during the outage are lost, so the listeners run once on resubscribing.
    await listener.next_call(deadline_seconds=10)
    assert listener.calls == 1

    announcer = RedisStore(redis_db.url)
    try:
        await wait_subscribed(redis_db, 1)
        await announcer.announce_reload()
        await listener.next_call()
        assert listener.calls == 2
    finally:
        await announcer.close()
