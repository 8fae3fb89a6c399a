"""The guarded client keeps no state from the sites it reads: no cookie stored, none sent."""

from __future__ import annotations

import ipaddress
import os

import pytest

from newsevents.config import Settings
from newsevents.web.guard.addresses import AddressPolicy
from newsevents.web.guard.client import FetchOptions, guarded_client
from tests.web_server import page_server

OPTIONS = FetchOptions(policy=AddressPolicy(allow_networks=(ipaddress.ip_network("127.0.0.1/32"),)))


async def test_cookies_a_site_sets_are_neither_kept_nor_sent_back() -> None:
    """The client lives as long as the service: a jar that kept every Set-Cookie of every
    page would grow without bound (and send sites what other pages of theirs set)."""
    with page_server() as server:
        async with guarded_client(OPTIONS) as client:
            for _ in range(3):
                response = await client.get(server.url("/cookies"))
                assert len(response.headers.get_list("set-cookie")) == 50
            assert len(client.cookies.jar) == 0
        assert server.cookies_sent == [None, None, None]


def test_the_options_default_to_the_settings_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    """One source of each default (config.py): an options object built without settings (the
    feed poller's tests, a library user) behaves as the service does unconfigured."""
    for name in list(os.environ):
        if name.startswith("NEWSEVENTS_"):
            monkeypatch.delenv(name)
    options = FetchOptions()
    assert options == FetchOptions.from_settings(Settings())
    assert options.user_agent.startswith("newsevents/")  # the versioned agent, not a stand-in
