"""Cache files sealed with a digest and written in one step.

Every cache of the project (compiled glossaries, parsed BibTeX, scanner
programs, CSL renderings) stores its bytes through here: a four-byte magic
naming the kind, a check of the file's key and payload, then the payload. A
file that was altered, truncated or written for another key does not unseal,
and its reader parses again instead.

The check is a BLAKE2b digest of the key, the payload's length and its CRC-32.
It guards against damaged and foreign files, not against an attacker (who can
write a valid check of any kind, as anyone who can write the folder can): a
truncated or lengthened file never passes, a file for another key passes with
the odds of a 128-bit digest, and damage inside the payload with odds of one
in four billion. A run reads about 2.6 MB of caches; BLAKE2b over all of it
cost 35 M instructions, CRC-32 costs about 12 M.
"""

from __future__ import annotations

import os
import sys
import zlib
from pathlib import Path

try:
    # the built-in BLAKE2b that hashlib itself hands out (it prefers it to OpenSSL's):
    # importing hashlib loads OpenSSL, 10 M instructions in every short run
    from _blake2 import blake2b
except ImportError:  # an interpreter without the module: hashlib's, the same function
    from hashlib import blake2b

__all__ = ["blake2b", "cache_dir", "cache_root", "keep_newest", "key_digest", "payload_start",
           "read_sealed", "seal", "unseal", "write_atomic"]

_KEY_DIGEST = 16
_CHECK = _KEY_DIGEST + 8 + 4  # key digest, payload length, payload CRC-32


def cache_root() -> Path:
    """The folder that holds every cache of the project, each in a subfolder of its own.

    ``$CAGLOSSARY_CACHE_DIR`` if set (a relative path counts from the current
    folder), else ``caglossary`` in the platform's cache folder (``$XDG_CACHE_HOME``
    or ``~/.cache`` on Linux, ``~/Library/Caches`` on macOS, ``%LOCALAPPDATA%`` on
    Windows). Nothing is written outside it: the variable names the user's own
    choice of folder, and its parent (``~/.cache``, a project, ``/tmp``) is not ours
    to fill with ``code``, ``bib`` or ``regex`` folders, nor to prune.
    """
    chosen = os.environ.get("CAGLOSSARY_CACHE_DIR")
    if chosen:
        return Path(os.path.abspath(chosen))
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "caglossary"


def cache_dir() -> Path:
    """The folder of the compiled glossaries, ``glossary`` in :func:`cache_root`; every
    other cache is a sibling of it, so ``cache_dir().parent`` is the root."""
    return cache_root() / "glossary"


def key_digest(text: str | bytes, length: int = 32) -> str:
    """*length* hex digits of a BLAKE2b digest of *text*: a cache file's name or key."""
    data = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    return blake2b(data, digest_size=(length + 1) // 2).hexdigest()[:length]


def _check(key: str, payload: bytes | memoryview) -> bytes:
    return (blake2b(key.encode("utf-8", "surrogateescape"), digest_size=_KEY_DIGEST).digest()
            + len(payload).to_bytes(8, "little") + zlib.crc32(payload).to_bytes(4, "little"))


def seal(magic: bytes, key: str, payload: bytes) -> bytes:
    """*payload* behind *magic* and the check of *key* and *payload*."""
    return magic + _check(key, payload) + payload


def unseal(magic: bytes, key: str, sealed: bytes) -> bytes | None:
    """The payload of *sealed* if it was sealed for *key* by :func:`seal`, else None."""
    start = len(magic) + _CHECK
    if len(sealed) < start or not sealed.startswith(magic):
        return None
    with memoryview(sealed) as view:  # no copy of a megabyte payload to check it
        if view[len(magic):start] != _check(key, view[start:]):
            return None
    return sealed[start:]


def payload_start(magic: bytes) -> int:
    """Where the payload of a file sealed with *magic* starts."""
    return len(magic) + _CHECK


def read_sealed(target: Path, magic: bytes, key: str) -> bytes | None:
    """The payload of the cache file *target* if it unseals for *key*, else None.

    A file read is marked as used (its modification time set to now), so
    :func:`keep_newest` keeps the files in use and drops the ones no run asks
    for: by write time alone, a busy folder (test runs write dozens of
    programs) dropped the oldest files, which are those every run reads.
    """
    payload = unseal(magic, key, target.read_bytes())
    if payload is not None:
        try:
            os.utime(target)
        except OSError:
            pass  # a read-only cache still serves
    return payload


def write_atomic(target: Path, data: bytes) -> None:
    """Write *data* to *target* so a reader sees the old file or the new, never half."""
    import tempfile

    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def keep_newest(folder: Path, count: int, pattern: str = "*.marshal") -> None:
    """Leave room for one more file: drop all but the *count* - 1 newest *pattern* files
    (newest by their last write or :func:`read_sealed`).

    Cache keys change with every edited glossary or rule, and old files would
    otherwise pile up in the user's cache folder.
    """
    files = sorted(folder.glob(pattern), key=_last_use, reverse=True)
    for stale in files[count - 1:]:
        try:
            stale.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only folder, or a file another run holds: it goes next time


def _last_use(path: Path) -> float:
    """When *path* was last written or read; a file another run has just removed
    counts as oldest (two runs sharing a cache folder prune it at once, and the
    error stopped the second from writing its own file)."""
    try:
        return path.stat().st_mtime
    except OSError:
        return float("-inf")
