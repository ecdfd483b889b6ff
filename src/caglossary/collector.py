"""Loading cached data with the cyclic garbage collector paused.

A cache file turns into tens of thousands of container objects (records,
tuples, dictionaries) that live as long as the process. With the collector
running, every 700 of them start a young collection, and every so often the
count tips an older one over every object the process holds, a Sphinx
environment included. Nothing a loader makes is garbage, so the collector has
nothing to find there; reference counting still frees what a loader drops.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold off automatic collections in the block (as they were before, after it)."""
    if not gc.isenabled():  # the command line runs with the collector off
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
