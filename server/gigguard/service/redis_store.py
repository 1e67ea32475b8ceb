"""The Store in Redis: one lint cache, rate limits, API keys and reload announcements for every
worker and instance — and in-process stand-ins while Redis is unreachable.

    Redis layout ({ns} is the namespace, "gigguard" by default)
     ├── {ns}:cache:{key}   string: a lint cache entry, SET … EX ttl
     ├── {ns}:rl:{bucket}   string: hits in the bucket's current window, PEXPIRE window (Lua, below)
     ├── {ns}:keys          hash: sha256(plain key) → JSON {id, name, created, revoked}
     ├── {ns}:keyids        hash: key id → sha256(plain key)
     └── {ns}:reload        pub/sub channel: the rules changed, reload them

    While Redis is unreachable (refused, timed out, hung, restarting)
     ├── cache_get          None (a miss): the draft is linted afresh
     ├── cache_set          skipped
     ├── hit                an in-process MemoryStore limiter, per process, with the same limit
     ├── key_lookup         the last keys seen in Redis, so authenticated clients keep working
     ├── ready              False
     ├── announce_reload    this process's listeners only
     └── key_create, key_list, key_revoke   raise RedisUnavailableError: they must not pretend

A failed call opens a circuit: calls skip Redis for `probe_interval` seconds, then one call (or the
background probe, every `probe_interval`) tries again, so a dead Redis costs a lint request at most
one socket timeout, and the store comes back by itself when Redis does.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from typing import Any, Final, Literal, TypeVar

import orjson
from redis import exceptions as redis_errors
from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff

from gigguard.service.store import (
    ApiKey,
    MemoryStore,
    RateDecision,
    ReloadListener,
    hash_key,
    new_plain_key,
)

log = logging.getLogger("gigguard.service.redis")

T = TypeVar("T")

# What "Redis is unreachable" looks like from redis-py: refused or reset connections and failed
# handshakes (ConnectionError, which includes BusyLoadingError and AuthenticationError), socket
# timeouts (redis' TimeoutError), and raw socket errors that slip through (OSError).
UNREACHABLE: Final = (redis_errors.ConnectionError, redis_errors.TimeoutError, OSError)

# A fixed window that starts with the bucket's first hit. GET, INCR and PEXPIRE run as one script,
# so concurrent callers can never both see room under the limit, and no counter lives without a
# TTL. Counting stops at the limit: rejected hits do not extend anyone's wait. The window is timed
# by Redis alone, so the hosts' clocks do not have to agree. Same semantics as MemoryStore.hit.
HIT_SCRIPT: Final = """
local limit = tonumber(ARGV[1])
local window_ms = tonumber(ARGV[2])
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count >= limit then
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl == -1 then
    redis.call('PEXPIRE', KEYS[1], window_ms)
  end
  if ttl < 0 then
    ttl = window_ms
  end
  return {0, ttl, 0}
end
count = redis.call('INCR', KEYS[1])
if count == 1 then
  redis.call('PEXPIRE', KEYS[1], window_ms)
end
return {1, 0, limit - count}
"""

# Claims the id and stores the record together; 0 when the id is taken (then pick another).
CREATE_KEY_SCRIPT: Final = """
if redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2]) == 0 then
  return 0
end
redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
return 1
"""

# Marks a record revoked in place. `created` is kept to the millisecond, which cjson's 14
# significant digits carry through a decode and encode unchanged.
REVOKE_KEY_SCRIPT: Final = """
local digest = redis.call('HGET', KEYS[2], ARGV[1])
if not digest then
  return 0
end
local raw = redis.call('HGET', KEYS[1], digest)
if not raw then
  return 0
end
local record = cjson.decode(raw)
record['revoked'] = true
redis.call('HSET', KEYS[1], digest, cjson.encode(record))
return 1
"""


class RedisUnavailableError(RuntimeError):
    """A key operation needs Redis, and Redis is unreachable."""

    def __init__(self, display_url: str, reason: str | None = None) -> None:
        super().__init__(
            f"cannot reach Redis at {display_url}" + (f" ({reason})" if reason else "")
        )
        self.display_url = display_url


class _Failed(enum.Enum):
    FAILED = "failed"


FAILED: Final = _Failed.FAILED


def redact_url(url: str) -> str:
    """The URL with any password replaced by ***, for messages and logs."""
    scheme, separator, rest = url.partition("://")
    authority, slash, path = rest.partition("/")
    userinfo, at, host = authority.rpartition("@")
    if not (separator and at) or ":" not in userinfo:
        return url
    user = userinfo.partition(":")[0]
    return f"{scheme}://{user}:***@{host}{slash}{path}"


class RedisStore:
    """Store shared through Redis; see the module docstring for the layout and the degraded mode."""

    mode = "redis"

    def __init__(
        self,
        url: str,
        *,
        namespace: str = "gigguard",
        socket_timeout: float = 0.5,
        max_connections: int = 64,
        probe_interval: float = 1.0,
        keys_refresh_interval: float = 30.0,
    ) -> None:
        self.display_url = redact_url(url)
        # One retry, on connection errors only: a pooled connection that went stale while Redis
        # restarted is replaced at once; a timeout is not retried, so a hung Redis costs one
        # socket timeout. redis-py's default (three retries, backoff up to 10 s) would stall.
        # redis-py's pool raises MaxConnectionsError, a ConnectionError, when it runs out: a burst
        # of requests would look like an outage. Calls wait for one of max_connections slots
        # instead (at most socket_timeout); the pool keeps room for the pub/sub connection.
        self._redis: Redis = Redis.from_url(
            url,
            socket_connect_timeout=socket_timeout,
            socket_timeout=socket_timeout,
            retry=Retry(NoBackoff(), 1, supported_errors=(redis_errors.ConnectionError,)),
            max_connections=max_connections + 4,
        )
        self._slots = asyncio.Semaphore(max_connections)
        self._socket_timeout = socket_timeout
        self._ns = namespace
        self._probe_interval = probe_interval
        self._keys_refresh_interval = keys_refresh_interval
        self._hit_script = self._redis.register_script(HIT_SCRIPT)
        self._create_key_script = self._redis.register_script(CREATE_KEY_SCRIPT)
        self._revoke_key_script = self._redis.register_script(REVOKE_KEY_SCRIPT)

        self._up = True  # until a call fails; start() probes at once
        self.last_error: str | None = None  # why Redis was last found unreachable
        self._next_probe = 0.0  # monotonic time after which a call may try a down Redis again
        self._fallback = MemoryStore()  # the limiter while Redis is down
        self._known_keys: dict[str, ApiKey] = {}  # sha256 → record, as last seen in Redis
        self._known_keys_stale = True
        self._known_keys_at = 0.0
        self._listeners: list[ReloadListener] = []
        self._tasks: list[asyncio.Task[None]] = []
        # redis-py can swallow a cancellation that lands inside PubSub.get_message (it returns
        # None), so the loops also watch this flag.
        self._closing = False
        self._pubsub_reconnected = False

    # -- names ----------------------------------------------------------------------------------

    def _name(self, *parts: str) -> str:
        return ":".join((self._ns, *parts))

    @property
    def reload_channel(self) -> str:
        return self._name("reload")

    # -- lifecycle ------------------------------------------------------------------------------

    async def start(self) -> None:
        """Probe Redis and start the background probe and reload subscription; never raises
        because Redis is down (the service starts degraded and recovers when Redis appears)."""
        if await self.ready():
            await self._refresh_known_keys()
        self._tasks = [
            asyncio.create_task(self._watch(), name="gigguard-redis-probe"),
            asyncio.create_task(self._listen(), name="gigguard-redis-reload"),
        ]

    async def close(self) -> None:
        self._closing = True
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self._redis.aclose()

    async def ready(self) -> bool:
        """Whether Redis answers a PING now (False also while every connection stays busy)."""
        return await self._attempt(self._redis.ping, ignore_circuit=True) is not FAILED

    # -- cache ----------------------------------------------------------------------------------

    async def cache_get(self, key: str) -> bytes | None:
        value = await self._attempt(lambda: self._redis.get(self._name("cache", key)))
        return value if isinstance(value, bytes) else None

    async def cache_set(self, key: str, value: bytes, ttl_seconds: int) -> None:
        await self._attempt(
            lambda: self._redis.set(self._name("cache", key), value, ex=max(1, ttl_seconds))
        )

    # -- rate limits ----------------------------------------------------------------------------

    async def hit(self, bucket: str, limit: int, window_seconds: float) -> RateDecision:
        window_ms = max(1, round(window_seconds * 1000))
        reply = await self._attempt(
            lambda: self._hit_script(keys=[self._name("rl", bucket)], args=[limit, window_ms])
        )
        if reply is FAILED:
            return await self._fallback.hit(bucket, limit, window_seconds)
        allowed, retry_after_ms, remaining = (int(part) for part in reply)
        return RateDecision(bool(allowed), retry_after_ms / 1000, remaining)

    # -- API keys -------------------------------------------------------------------------------

    async def key_create(self, name: str) -> tuple[str, ApiKey]:
        plain = new_plain_key()
        digest = hash_key(plain)
        while True:  # a clash of 32-bit ids is rare; the script refuses one, so draw again
            record = ApiKey(
                id="k_" + secrets.token_hex(4), name=name, created=round(time.time(), 3)
            )
            if await self._store_new_key(digest, record):
                self._known_keys[digest] = record
                return plain, record

    async def _store_new_key(self, digest: str, record: ApiKey) -> bool:
        keys = [self._name("keys"), self._name("keyids")]
        arguments: list[str | bytes] = [record.id, digest, _encode_key(record)]
        stored = await self._required(lambda: self._create_key_script(keys=keys, args=arguments))
        return bool(int(stored))

    async def key_lookup(self, plain: str) -> ApiKey | None:
        digest = hash_key(plain)
        raw = await self._attempt(lambda: self._redis.hget(self._name("keys"), digest))
        if raw is FAILED:
            return self._known_keys.get(digest)
        if raw is None:
            self._known_keys.pop(digest, None)
            return None
        record = _decode_key(raw)
        self._known_keys[digest] = record
        return record

    async def key_list(self) -> list[ApiKey]:
        stored = await self._required(lambda: self._redis.hgetall(self._name("keys")))
        self._remember_keys(stored)
        return sorted(self._known_keys.values(), key=lambda record: (record.created, record.id))

    async def key_revoke(self, key_id: str) -> bool:
        revoked = await self._required(
            lambda: self._revoke_key_script(
                keys=[self._name("keys"), self._name("keyids")], args=[key_id]
            )
        )
        for digest, record in list(self._known_keys.items()):
            if record.id == key_id:
                self._known_keys[digest] = ApiKey(record.id, record.name, record.created, True)
        return bool(int(revoked))

    def _remember_keys(self, stored: dict[Any, Any]) -> None:
        self._known_keys = {_text(digest): _decode_key(raw) for digest, raw in stored.items()}
        self._known_keys_stale = False
        self._known_keys_at = time.monotonic()

    async def _refresh_known_keys(self) -> None:
        stored = await self._attempt(lambda: self._redis.hgetall(self._name("keys")))
        if stored is not FAILED:
            self._remember_keys(stored)

    # -- rule reloads ---------------------------------------------------------------------------

    async def announce_reload(self) -> None:
        """Tell every process (this one too, through its own subscription) to reload."""
        published = await self._attempt(
            lambda: self._redis.publish(self.reload_channel, b"reload"), ignore_circuit=True
        )
        if published is FAILED:
            log.warning("reload announced to this process only: Redis is unreachable")
            await self._notify()

    def on_reload(self, listener: ReloadListener) -> None:
        self._listeners.append(listener)

    async def _notify(self) -> None:
        for listener in list(self._listeners):
            try:
                await listener()
            except Exception:
                log.exception("a reload listener failed")

    async def _listen(self) -> None:
        """Keep a subscription to the reload channel across Redis outages and restarts.

        Pub/sub does not queue: an announcement made while this process was not subscribed is
        lost, so after every resubscription the listeners run once, in case one was missed.
        Resubscriptions happen here (after an error) and inside redis-py, which reconnects a
        PubSub and subscribes again by itself; `_on_pubsub_reconnect` hears of those.
        """
        missed = not self._up  # down since start: an announcement may already have been lost
        failures = 0
        while not self._closing:
            while not self._up:  # the probe loop brings the store back up
                await asyncio.sleep(self._probe_interval / 4)
            pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
            close_pubsub: Callable[[], Awaitable[None]] = pubsub.aclose  # unannotated in redis-py
            try:
                await pubsub.subscribe(self.reload_channel)
                if pubsub.connection is not None:
                    register: Callable[[Callable[[Any], None]], None]
                    register = pubsub.connection.register_connect_callback
                    register(self._on_pubsub_reconnect)
                self._pubsub_reconnected = missed
                failures = 0
                # A hung Redis never closes the socket: leave when the probe marks it down.
                while self._up and not self._closing:
                    if self._pubsub_reconnected:
                        self._pubsub_reconnected = False
                        await self._notify()
                    message = await pubsub.get_message(timeout=self._probe_interval)
                    if message is not None and message["type"] == "message":
                        await self._notify()
            except UNREACHABLE as error:
                self._mark_down(error)
            except redis_errors.RedisError as error:  # e.g. an ACL that forbids SUBSCRIBE
                log.error("cannot subscribe to rule reloads: %s", error)
            finally:
                with contextlib.suppress(*UNREACHABLE, redis_errors.RedisError):
                    await close_pubsub()
            missed = True
            failures += 1
            await asyncio.sleep(min(0.1 * 2**failures, 5.0))

    def _on_pubsub_reconnect(self, connection: Any) -> None:
        self._pubsub_reconnected = True

    # -- health ---------------------------------------------------------------------------------

    async def _watch(self) -> None:
        """Probe Redis every probe_interval: readiness, recovery, and a fresh copy of the keys."""
        while not self._closing:
            await asyncio.sleep(self._probe_interval)
            refresh_due = time.monotonic() - self._known_keys_at >= self._keys_refresh_interval
            if await self.ready() and (self._known_keys_stale or refresh_due):
                await self._refresh_known_keys()

    def _mark_down(self, error: BaseException) -> None:
        self.last_error = f"{type(error).__name__}: {error}"
        self._next_probe = time.monotonic() + self._probe_interval
        self._known_keys_stale = True
        if self._up:
            self._up = False
            log.warning(
                "Redis at %s is unreachable (%s: %s); serving degraded: no shared cache, "
                "per-process rate limits, last known API keys",
                self.display_url,
                type(error).__name__,
                error,
            )

    def _mark_up(self) -> None:
        if not self._up:
            self._up = True
            log.info("Redis at %s is reachable again; shared state restored", self.display_url)

    async def _attempt(
        self, call: Callable[[], Awaitable[T]], *, ignore_circuit: bool = False
    ) -> T | Literal[_Failed.FAILED]:
        """The call's result, or FAILED (logged, never raised) when Redis cannot answer."""
        if not (self._up or ignore_circuit):
            now = time.monotonic()
            if now < self._next_probe:
                return FAILED
            self._next_probe = now + self._probe_interval  # this call is the probe
        try:
            async with asyncio.timeout(self._socket_timeout):
                await self._slots.acquire()
        except TimeoutError:
            log.warning("every Redis connection stayed busy; one call fell back")
            return FAILED
        try:
            if not (self._up or ignore_circuit) and time.monotonic() < self._next_probe:
                return FAILED  # Redis was found down while this call waited
            result = await call()
        except redis_errors.MaxConnectionsError:  # the slots should prevent it: busy, not down
            log.warning("the Redis connection pool ran out; one call fell back")
            return FAILED
        except UNREACHABLE as error:
            self._mark_down(error)
            return FAILED
        except redis_errors.RedisError as error:
            # Redis answered, but with an error (out of memory, a read-only replica, …): this
            # call falls back, and the store stays up.
            log.error("Redis refused a command: %s: %s", type(error).__name__, error)
            return FAILED
        finally:
            self._slots.release()
        self._mark_up()
        return result

    async def _required(self, call: Callable[[], Awaitable[T]]) -> T:
        try:
            async with self._slots:
                result = await call()
        except UNREACHABLE as error:
            self._mark_down(error)
            raise RedisUnavailableError(self.display_url, self.last_error) from error
        self._mark_up()
        return result


def _encode_key(record: ApiKey) -> bytes:
    return orjson.dumps(
        {"id": record.id, "name": record.name, "created": record.created, "revoked": record.revoked}
    )


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _decode_key(raw: bytes | str) -> ApiKey:
    fields = orjson.loads(raw)
    return ApiKey(
        id=str(fields["id"]),
        name=str(fields["name"]),
        created=float(fields["created"]),
        revoked=bool(fields["revoked"]),
    )
