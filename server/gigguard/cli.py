"""The `gigguard` command: serve the API, check a draft, evaluate on a labelled corpus.

gigguard serve [--host H] [--port P]
gigguard check [TEXT] [--platform P] [--json]      (reads stdin without TEXT)
gigguard eval FILE.jsonl|DIR … [--json] [--show-misses]
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

import orjson

from gigguard import __version__


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
    serve.set_defaults(handler=_serve)

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
    evaluate.set_defaults(handler=_eval)
    return parser


def _serve(arguments: argparse.Namespace) -> int:
    from gigguard.service.app import Settings, run

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    run(Settings(host=arguments.host, port=arguments.port))
    return 0


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
    from gigguard.evaluation import CorpusError, load_corpus
    from gigguard.lint import find_issues, ruleset_for

    try:
        drafts = load_corpus(arguments.paths)
    except (CorpusError, OSError) as error:
        print(f"gigguard eval: {error}", file=sys.stderr)
        return 2
    if not drafts:
        print("gigguard eval: no drafts found in the given paths", file=sys.stderr)
        return 2
    from gigguard.evaluation import evaluate

    report = evaluate(drafts, lambda draft: find_issues(draft.text, ruleset_for(draft.platform)))
    if arguments.json:
        print(orjson.dumps(report.to_dict(), option=orjson.OPT_INDENT_2).decode())
    else:
        print(f"{len(drafts)} drafts")
        print(report.table())
    if arguments.show_misses:
        for miss in report.misses:
            excerpt = miss.draft.text[miss.start : miss.end]
            print(f"{miss.kind:<15} {miss.category:<18} {miss.draft.id:<14} {excerpt!r}")
            print(f"{'':<15} in: {miss.draft.text!r}")
    return 0
