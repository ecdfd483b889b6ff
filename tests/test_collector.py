"""Cached data is loaded with the cyclic garbage collector paused, and only then."""

from __future__ import annotations

import gc

import pytest

from caglossary.collector import collector_paused


@pytest.fixture()
def collector_state():
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


def test_the_collector_is_paused_in_the_block_and_running_after(collector_state):
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_in_the_block_still_restarts_the_collector(collector_state):
    gc.enable()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("a damaged cache")
    assert gc.isenabled()


def test_a_collector_turned_off_stays_off(collector_state):
    """The command line runs with the collector off; a loader must not turn it on."""
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
