"""The `gigguard` command: serve the API, check a draft, evaluate on a labelled corpus.

gigguard serve [--host H] [--port P] [--redis-url URL] [--workers N] [--cors-origin O …] …
gigguard proxy --upstream URL --routes routes.yml [--host H] [--port P] [--workers N] …
gigguard check [TEXT] [--platform P] [--json]      (reads stdin without TEXT)
gigguard eval FILE.jsonl|DIR … [--json] [--by-language] [--show-misses]
gigguard train [DATA …] [--out DIR] [--seed N] [--check]
gigguard keys create --name NAME | list [--json] | revoke ID   [--redis-url URL]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

from gigguard import __version__

if TYPE_CHECKING:
    from gigguard.service.redis_store import RedisStore


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    arguments = parser.parse_args(argv)
    handler = arguments.handler
    code: int = handler(arguments)
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gigguard",
        description="Catch contact details and off-platform deals in marketplace chat drafts.",
    )
    parser.add_argument("--version", action="version", version=f"gigguard {__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the lint API (127.0.0.1:8765 by default)")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8765, help="port to bind (default 8765)")
    serve.add_argument(
        "--redis-url",
        metavar="URL",
        help="share cache, rate limits, API keys and rule reloads through Redis "
        "(default: $GIGGUARD_REDIS_URL; without either, all of it stays in the process)",
    )
    serve.add_argument(
        "--workers", type=int, metavar="N", help="processes serving the port (default 1)"
    )
    serve.add_argument(
        "--cors-origin",
        action="append",
        metavar="ORIGIN",
        help="a chrome-extension://<id> origin allowed to call from a browser; repeat for more "
        "(default: $GIGGUARD_CORS_ORIGINS, comma-separated); localhost pages always are",
    )
    serve.add_argument(
        "--api-key-required",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="require Authorization: Bearer <key> on /v1/* "
        "(default: only when --host is not a loopback address)",
    )
    serve.add_argument(
        "--cache-ttl-seconds",
        type=int,
        metavar="SECONDS",
        help="how long lint answers are cached (default 60; 0: no cache)",
    )
    serve.add_argument(
        "--rate-limit-per-key",
        type=int,
        metavar="N",
        help="requests a minute per API key (default 600; 0: no limit)",
    )
    serve.add_argument(
        "--rate-limit-per-client",
        type=int,
        metavar="N",
        help="requests a minute per client address (default: 120 when hosted, none on loopback; 0: no limit)",
    )
    serve.add_argument(
        "--request-timeout-seconds",
        type=float,
        metavar="SECONDS",
        help="longest a lint request may take before a 503 (default 10)",
    )
    serve.add_argument(
        "--max-batch", type=int, metavar="N", help="drafts in one batch request (default 100)"
    )
    serve.set_defaults(handler=_serve)

    proxy = commands.add_parser(
        "proxy", help="check chat messages in front of a chat server (127.0.0.1:8766 by default)"
    )
    proxy.add_argument(
        "--upstream", required=True, metavar="URL", help="the chat server's base URL"
    )
    proxy.add_argument(
        "--routes", required=True, type=Path, metavar="FILE", help="which messages to check (YAML)"
    )
    proxy.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    proxy.add_argument("--port", type=int, default=8766, help="port to bind (default 8766)")
    proxy.add_argument(
        "--workers", type=int, default=1, metavar="N", help="processes serving the port (default 1)"
    )
    proxy.add_argument(
        "--upstream-timeout-seconds",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="longest wait for the chat server's answer before a 504 (default 30)",
    )
    proxy.add_argument(
        "--redis-url",
        metavar="URL",
        help="listen for rule reloads announced through Redis (default: $GIGGUARD_REDIS_URL); "
        "with --serve-port, the lint API shares it as `serve` does",
    )
    proxy.add_argument(
        "--serve-port",
        type=int,
        metavar="PORT",
        help="also serve the lint API (`gigguard serve`) on this port, in the same process",
    )
    proxy.set_defaults(handler=_proxy)

    check = commands.add_parser("check", help="lint one draft; exit 1 when anything is found")
    check.add_argument("text", nargs="?", help="the draft (read from stdin when omitted)")
    check.add_argument("--platform", default="fiverr", help="fiverr (default), upwork, …")
    check.add_argument("--phase", choices=("pre_order", "in_order"), default="pre_order")
    check.add_argument("--direction", choices=("outgoing", "incoming"), default="outgoing")
    check.add_argument("--json", action="store_true", help="print the API's JSON format")
    check.set_defaults(handler=_check)

    evaluate = commands.add_parser("eval", help="score detection on labelled JSONL drafts")
    evaluate.add_argument("paths", nargs="+", type=Path, help="JSONL files or folders of them")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument(
        "--show-misses", action="store_true", help="list every false positive and negative"
    )
    evaluate.add_argument(
        "--by-language", action="store_true", help="add a table per language (the drafts' lang)"
    )
    evaluate.add_argument(
        "--no-model", action="store_true", help="the rules alone, without the intent model"
    )
    evaluate.set_defaults(handler=_eval)

    training = commands.add_parser(
        "train", help="train the intent model on labelled drafts (needs the [train] extra)"
    )
    training.add_argument(
        "data", nargs="*", type=Path, help="JSONL files or folders (default: data/intents/drafts)"
    )
    training.add_argument("--out", type=Path, help="artifact folder (default: the package's own)")
    training.add_argument("--seed", type=int, help="random seed (default: the shipped model's)")
    training.add_argument(
        "--check",
        action="store_true",
        help="train into a temporary folder and fail unless the metrics equal the shipped model's",
    )
    training.set_defaults(handler=_train)

    _add_keys_parser(commands)
    return parser


def _serve(arguments: argparse.Namespace) -> int:
    import dataclasses
    import secrets

    from gigguard.service.app import Settings, run

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        settings = Settings.from_env(
            host=arguments.host,
            port=arguments.port,
            redis_url=arguments.redis_url,
            workers=arguments.workers,
            cors_origins=tuple(arguments.cors_origin) if arguments.cors_origin else None,
            api_key_required=arguments.api_key_required,
            cache_ttl_seconds=arguments.cache_ttl_seconds,
            rate_limit_per_key=arguments.rate_limit_per_key,
            rate_limit_per_client=arguments.rate_limit_per_client,
            request_timeout_seconds=arguments.request_timeout_seconds,
            max_batch=arguments.max_batch,
        )
    except ValueError as error:
        print(f"gigguard serve: {error}", file=sys.stderr)
        return 2
    if settings.workers == 1:
        run(settings)
        return 0
    from gigguard.service.workers import serve_workers

    if settings.secret is None:
        # One random cache secret for all the workers, so they share cached answers (in Redis).
        settings = dataclasses.replace(settings, secret=secrets.token_bytes(32))
    return serve_workers(settings, run, settings.workers)


def _proxy(arguments: argparse.Namespace) -> int:
    from yarl import URL

    from gigguard.proxy.app import run_proxy
    from gigguard.proxy.routes import RoutesError, load_routes
    from gigguard.proxy.settings import ProxySettings

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        settings = ProxySettings(
            upstream=URL(arguments.upstream),
            routes=tuple(load_routes(arguments.routes)),
            host=arguments.host,
            port=arguments.port,
            workers=arguments.workers,
            upstream_timeout_seconds=arguments.upstream_timeout_seconds,
            redis_url=arguments.redis_url or os.environ.get("GIGGUARD_REDIS_URL") or None,
            service_port=arguments.serve_port,
        )
    except (RoutesError, ValueError) as error:
        print(f"gigguard proxy: {error}", file=sys.stderr)
        return 2
    if settings.workers == 1:
        run_proxy(settings)
        return 0
    from gigguard.service.workers import serve_workers

    return serve_workers(settings, run_proxy, settings.workers)


def _check(arguments: argparse.Namespace) -> int:
    from gigguard.lint import UnknownPlatformError, lint

    text = arguments.text if arguments.text is not None else sys.stdin.read()
    try:
        result = lint(text, arguments.platform, arguments.phase, arguments.direction)
    except UnknownPlatformError as error:
        print(f"gigguard check: {error}", file=sys.stderr)
        return 2
    if arguments.json:
        sys.stdout.write(orjson.dumps(result.to_dict(), option=orjson.OPT_INDENT_2).decode())
        sys.stdout.write("\n")
        return 1 if result.findings else 0
    if not result.findings:
        print("No problems found.")
        return 0
    units = text.encode("utf-16-le")
    for finding in result.findings:
        excerpt = units[finding.start * 2 : finding.end * 2].decode("utf-16-le")
        print(f"{finding.start}-{finding.end} {finding.severity} {finding.category}: {excerpt!r}")
        if finding.value:
            print(f"    value:   {finding.value}")
        print(f"    {finding.message}")
        if finding.policy:
            print(f"    policy:  {finding.policy.title} <{finding.policy.url}>")
    reply = result.extra.get("reply")
    if reply:
        print(f"\nSuggested reply:\n{reply}")
    if result.rewrite is not None:
        print(f"\nSafe version:\n{result.rewrite}")
    return 1


def _eval(arguments: argparse.Namespace) -> int:
    from gigguard.evaluation import CorpusError, Draft, evaluate, load_corpus
    from gigguard.lint import Issue, find_issues, ruleset_for

    try:
        drafts = load_corpus(arguments.paths)
    except (CorpusError, OSError) as error:
        print(f"gigguard eval: {error}", file=sys.stderr)
        return 2
    if not drafts:
        print("gigguard eval: no drafts found in the given paths", file=sys.stderr)
        return 2
    from gigguard.evaluation import evaluate_groups, group_table

    def find(draft: Draft) -> list[Issue]:
        if arguments.no_model:
            return find_issues(draft.text, ruleset_for(draft.platform), model=None)
        return find_issues(draft.text, ruleset_for(draft.platform))

    if arguments.by_language:
        report, languages = evaluate_groups(drafts, find, lambda draft: draft.lang)
    else:
        report, languages = evaluate(drafts, find), {}
    if arguments.json:
        document = report.to_dict()
        if languages:
            document["languages"] = {name: r.to_dict() for name, r in languages.items()}
        print(orjson.dumps(document, option=orjson.OPT_INDENT_2).decode())
    else:
        print(f"{len(drafts)} drafts")
        print(report.table())
        if languages:
            print()
            print(group_table(languages))
    if arguments.show_misses:
        for miss in report.misses:
            excerpt = miss.draft.text[miss.start : miss.end]
            print(f"{miss.kind:<15} {miss.category:<18} {miss.draft.id:<14} {excerpt!r}")
            print(f"{'':<15} in: {miss.draft.text!r}")
    return 0


def _train(arguments: argparse.Namespace) -> int:
    import tempfile

    try:
        from gigguard.intents import training
    except ImportError as error:
        print(
            f"gigguard train: {error.name} is missing; install the extra: pip install 'gigguard[train]'",
            file=sys.stderr,
        )
        return 2
    from gigguard.intents.model import METADATA_FILE, shipped_model_dir

    data = arguments.data or [training.default_data_dir()]
    missing = [str(path) for path in data if not path.exists()]
    if missing:
        print(f"gigguard train: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    shipped = shipped_model_dir() / METADATA_FILE
    seed = arguments.seed
    if seed is None:
        seed = (
            orjson.loads(shipped.read_bytes())["training"]["seed"]
            if shipped.exists()
            else training.SEED
        )

    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) if arguments.check else (arguments.out or shipped_model_dir())
        try:
            report = training.train(data, out, seed, progress)
        except ValueError as error:
            print(f"gigguard train: {error}", file=sys.stderr)
            return 2
        print(training.metrics_table(report.metrics))
        if not arguments.check:
            print(f"model written to {out}")
            return 0
        if not shipped.exists():
            print(f"gigguard train --check: no shipped model at {shipped}", file=sys.stderr)
            return 1
        expected = orjson.loads(shipped.read_bytes())
        produced = orjson.loads((out / METADATA_FILE).read_bytes())
        keys = ("data", "thresholds", "cross_writer_metrics")
        differing = [key for key in keys if expected.get(key) != produced.get(key)]
        if differing:
            print(
                f"gigguard train --check: differs from the shipped model in {', '.join(differing)}",
                file=sys.stderr,
            )
            return 1
        print("reproduced: same data, thresholds and cross-writer metrics as the shipped model")
        return 0


# -- gigguard keys ---------------------------------------------------------------------------------

REDIS_URL_ENV = "GIGGUARD_REDIS_URL"
NO_SHARED_STORE = f"""\
gigguard keys: API keys live in the shared Redis store, and no Redis URL was given.
Pass --redis-url redis://HOST:6379/0 or set {REDIS_URL_ENV}: the same URL the service runs with
(gigguard serve --redis-url …). A service started without Redis keeps no keys that this command
could reach: its in-process store starts empty and ends with the process."""


def _add_keys_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    keys = commands.add_parser(
        "keys", help="create, list and revoke API keys (in the shared Redis store)"
    )
    actions = keys.add_subparsers(required=True, metavar="ACTION")
    create = actions.add_parser("create", help="make a key; it is printed once, never again")
    create.add_argument("--name", required=True, help="who or what the key is for")
    listing = actions.add_parser("list", help="every key: id, name, created, revoked")
    listing.add_argument("--json", action="store_true", help="print the keys as JSON")
    revoke = actions.add_parser("revoke", help="stop a key from being accepted")
    revoke.add_argument("id", help="the key's id, as `gigguard keys list` shows it (k_…)")
    for action, handler in ((create, _keys_create), (listing, _keys_list), (revoke, _keys_revoke)):
        action.add_argument(
            "--redis-url", metavar="URL", help=f"the service's Redis (default: ${REDIS_URL_ENV})"
        )
        action.set_defaults(handler=_keys_command(handler))


KeysAction = Callable[["RedisStore", argparse.Namespace], Awaitable[int]]


def _keys_command(action: KeysAction) -> Callable[[argparse.Namespace], int]:
    def handler(arguments: argparse.Namespace) -> int:
        url = arguments.redis_url or os.environ.get(REDIS_URL_ENV)
        if not url:
            print(NO_SHARED_STORE, file=sys.stderr)
            return 2
        return asyncio.run(_with_redis(url, action, arguments))

    return handler


async def _with_redis(url: str, action: KeysAction, arguments: argparse.Namespace) -> int:
    from gigguard.service.redis_store import RedisStore, RedisUnavailableError, redact_url

    # The store's degraded-mode warnings are for a running service; here the error says it all.
    logging.getLogger("gigguard.service.redis").setLevel(logging.CRITICAL)
    try:
        store = RedisStore(url, socket_timeout=2.0)
    except ValueError as error:
        print(f"gigguard keys: not a Redis URL: {redact_url(url)} ({error})", file=sys.stderr)
        return 2
    try:
        if not await store.ready():
            raise RedisUnavailableError(store.display_url, store.last_error)
        return await action(store, arguments)
    except RedisUnavailableError as error:
        print(f"gigguard keys: {error}", file=sys.stderr)
        return 2
    finally:
        await store.close()


async def _keys_create(store: RedisStore, arguments: argparse.Namespace) -> int:
    plain, record = await store.key_create(arguments.name)
    print(f"Created API key {record.id} ({record.name}). Copy it now:", file=sys.stderr)
    print(plain)  # alone on stdout, for KEY=$(gigguard keys create …)
    print(
        "It will not be shown again: only its SHA-256 hash is stored. "
        f"Send it as: Authorization: Bearer <key>. Revoke it with: gigguard keys revoke {record.id}",
        file=sys.stderr,
    )
    return 0


async def _keys_list(store: RedisStore, arguments: argparse.Namespace) -> int:
    records = await store.key_list()
    if arguments.json:
        rows = [
            {"id": r.id, "name": r.name, "created": _iso(r.created), "revoked": r.revoked}
            for r in records
        ]
        print(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode())
        return 0
    if not records:
        print("No API keys yet: create one with gigguard keys create --name NAME")
        return 0
    width = max(len("NAME"), *(len(r.name) for r in records))
    print(f"{'ID':<10}  {'NAME':<{width}}  {'CREATED (UTC)':<20}  REVOKED")
    for r in records:
        print(
            f"{r.id:<10}  {r.name:<{width}}  {_iso(r.created):<20}  {'yes' if r.revoked else 'no'}"
        )
    return 0


async def _keys_revoke(store: RedisStore, arguments: argparse.Namespace) -> int:
    if not await store.key_revoke(arguments.id):
        print(f"gigguard keys revoke: no key with id {arguments.id!r}", file=sys.stderr)
        return 1
    print(f"Revoked {arguments.id}: it is refused from now on.")
    return 0


def _iso(created: float) -> str:
    return datetime.fromtimestamp(created, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
