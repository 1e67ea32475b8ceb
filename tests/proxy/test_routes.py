"""routes.yml: what a valid file holds, and errors that name the file, route and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from gigguard.cli import main
from gigguard.proxy.routes import FromHeader, FromPointer, RoutesError, load_routes, parse_routes

MATRIX = {
    "method": "put",
    "path": "/_matrix/client/v3/rooms/{room}/send/m.room.message/{txn}",
    "text": "/body",
    "platform": "fiverr",
    "action": "block",
}


def test_a_route_with_defaults() -> None:
    (route,) = parse_routes({"routes": [MATRIX]})
    assert route.method == "PUT"
    assert route.text == ["/body"]
    assert (route.phase, route.direction, route.min_severity) == ("pre_order", "outgoing", "error")


def test_values_from_headers_and_pointers() -> None:
    (route,) = parse_routes(
        {
            "routes": [
                {
                    **MATRIX,
                    "text": ["/body", "/formatted_body"],
                    "platform": {"header": "X-Platform"},
                    "phase": {"pointer": "/meta/phase"},
                }
            ]
        }
    )
    assert route.platform == FromHeader(header="X-Platform")
    assert route.phase == FromPointer(pointer="/meta/phase")
    assert route.text == ["/body", "/formatted_body"]


def test_a_websocket_route_needs_no_method() -> None:
    (route,) = parse_routes(
        {
            "routes": [
                {
                    "websocket": True,
                    "path": "/ws",
                    "text": "/m/t",
                    "platform": "upwork",
                    "action": "rewrite",
                }
            ]
        }
    )
    assert route.websocket and route.method is None


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"action": "delete"},
            "route 1 (/_matrix/client/v3/rooms/{room}/send/m.room.message/{txn}), field action",
        ),
        ({"text": "body"}, "field text.0: not a JSON pointer"),
        ({"text": []}, "field text: name at least one JSON pointer"),
        ({"text": ""}, "the whole document is not a message text"),
        ({"method": "BREW"}, "field method: one of"),
        ({"method": None}, "needs a method"),
        ({"path": "/rooms/{room:.*}"}, "field path: use plain {name} segments"),
        ({"path": "rooms"}, "field path: a path starts with '/'"),
        ({"path": "/rooms/{room"}, "unbalanced braces"),
        ({"platform": {"cookie": "p"}}, "field platform"),
        ({"min_severity": "fatal"}, "field min_severity"),
        ({"colour": "red"}, "field colour: Extra inputs are not permitted"),
    ],
)
def test_errors_name_the_route_and_field(change: dict[str, object], expected: str) -> None:
    with pytest.raises(RoutesError) as caught:
        parse_routes({"routes": [{**MATRIX, **change}]}, "routes.yml")
    message = str(caught.value)
    assert message.startswith("routes.yml: route 1")
    assert expected in message


def test_an_empty_file_and_bad_yaml(tmp_path: Path) -> None:
    empty = tmp_path / "empty.yml"
    empty.write_text("routes: []\n")
    with pytest.raises(RoutesError, match=r"empty.yml: routes.*at least 1"):
        load_routes(empty)
    broken = tmp_path / "broken.yml"
    broken.write_text("routes:\n  - path: [\n")
    with pytest.raises(RoutesError, match=r"broken.yml: not valid YAML at line"):
        load_routes(broken)
    with pytest.raises(RoutesError, match="cannot read it"):
        load_routes(tmp_path / "missing.yml")


def test_the_command_exits_2_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    routes = tmp_path / "routes.yml"
    routes.write_text(
        "routes:\n  - method: POST\n    path: /posts\n    text: /message\n    platform: fiverr\n"
    )
    code = main(["proxy", "--upstream", "http://127.0.0.1:9", "--routes", str(routes)])
    assert code == 2
    err = capsys.readouterr().err
    assert f"{routes}: route 1 (/posts), field action: Field required" in err


def test_the_upstream_must_be_http(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    routes = tmp_path / "routes.yml"
    routes.write_text(
        "routes:\n  - {method: POST, path: /p, text: /m, platform: fiverr, action: block}\n"
    )
    assert main(["proxy", "--upstream", "ftp://chat", "--routes", str(routes)]) == 2
    assert "http:// or https://" in capsys.readouterr().err
