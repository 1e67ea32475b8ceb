"""Settings: defaults, the environment, flags over both, and refusals with a reason."""

from __future__ import annotations

import pytest

from gigguard.service.settings import Settings

EXTENSION = "chrome-extension://" + "a" * 32


def test_defaults() -> None:
    settings = Settings()
    assert (settings.host, settings.port, settings.redis_url, settings.workers) == (
        "127.0.0.1",
        8765,
        None,
        1,
    )
    assert (settings.cache_ttl_seconds, settings.max_batch) == (60, 100)
    assert (settings.rate_limit_per_key, settings.client_limit) == (600, 0)
    # hosted: others can connect, so each client address is limited
    assert Settings(host="0.0.0.0").client_limit == 120
    assert Settings(host="0.0.0.0", rate_limit_per_client=0).client_limit == 0
    assert settings.request_timeout_seconds == 10
    assert not settings.hosted


@pytest.mark.parametrize(
    ("host", "hosted"),
    [
        # should not need keys: only this machine can connect
        ("127.0.0.1", False),
        ("127.0.0.2", False),
        ("::1", False),
        ("[::1]", False),
        ("localhost", False),
        # should need keys
        ("0.0.0.0", True),
        ("::", True),
        ("192.168.1.20", True),
        ("gigguard.example.com", True),
    ],
)
def test_keys_are_required_when_others_can_connect(host: str, hosted: bool) -> None:
    assert Settings(host=host).hosted is hosted


def test_the_api_key_requirement_can_be_set_either_way() -> None:
    assert Settings(host="127.0.0.1", api_key_required=True).hosted
    assert not Settings(host="0.0.0.0", api_key_required=False).hosted


def test_from_the_environment() -> None:
    env = {
        "GIGGUARD_REDIS_URL": "redis://cache:6379/2",
        "GIGGUARD_SECRET": "correct horse battery staple",
        "GIGGUARD_CORS_ORIGINS": f" {EXTENSION} ,chrome-extension://{'b' * 32},",
    }
    settings = Settings.from_env(env)
    assert settings.redis_url == "redis://cache:6379/2"
    assert settings.secret == b"correct horse battery staple"
    assert settings.cors_origins == (EXTENSION, "chrome-extension://" + "b" * 32)


def test_flags_win_and_none_means_not_given() -> None:
    env = {"GIGGUARD_REDIS_URL": "redis://env:6379/0", "GIGGUARD_CORS_ORIGINS": EXTENSION}
    settings = Settings.from_env(
        env, redis_url="redis://flag:6379/0", cors_origins=None, port=9000, workers=None
    )
    assert (settings.redis_url, settings.cors_origins, settings.port, settings.workers) == (
        "redis://flag:6379/0",
        (EXTENSION,),
        9000,
        1,
    )
    assert Settings.from_env({}).secret is None


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"cors_origins": ("https://evil.example",)}, "chrome-extension://"),
        ({"cors_origins": ("chrome-extension://short",)}, "chrome-extension://"),
        ({"cors_origins": ("http://localhost:3000",)}, "always allowed"),
        ({"workers": 0}, "workers"),
        ({"request_timeout_seconds": 0}, "request_timeout_seconds"),
        ({"max_batch": -1}, "max_batch"),
        ({"rate_limit_per_client": -5}, "rate_limit_per_client"),
        ({"cache_ttl_seconds": -1}, "cache_ttl_seconds"),
    ],
)
def test_bad_settings_are_refused_with_a_reason(overrides: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Settings.from_env({}, **overrides)
