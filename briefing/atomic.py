"""Write output so that a crash, a full disk or a signal never leaves it half-written nor clobbers the previous
file, and check the place first so that a run never extracts for an hour and then cannot write.

A symlink is written through (the link stays, its target is replaced); a device or FIFO (``/dev/null``,
``/dev/stdout``, a named pipe) is written directly once the output is complete, since it cannot be renamed
over. A new file gets the mode the umask gives (0644 under the usual 022), an existing one keeps its own.
"""
from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path


class OutputError(Exception):
    """The output cannot be written there; the message names the path and says why."""


def real_target(out: Path) -> Path:
    """The file a write to `out` lands in: symlinks followed, even a dangling one."""
    return Path(os.path.realpath(out))


def is_special(out: Path) -> bool:
    """Whether `out` is (or links to) a device, FIFO or socket: ``/dev/null``, ``/dev/stdout``, a named pipe."""
    try:
        mode = os.stat(out).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def check_output(out: Path) -> None:
    """Raise OutputError unless `out` can be written: not a folder, under a folder (or one that can be made)
    that is writable. Folders that do not exist yet are fine; they are made when writing."""
    if is_special(out):
        return  # written directly
    target = real_target(out)
    if target.is_dir():
        raise OutputError(f"{out}: is a folder")
    parent = target.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise OutputError(f"{out}: {parent} is not a folder")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"{out}: folder {parent} is not writable")


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomically(out: Path, write: Callable[[Path], None]) -> None:
    """Call `write` on a temporary file beside `out`'s target (creating folders), then rename it over the
    target; a device or FIFO is handed to `write` itself."""
    if is_special(out):
        _write_special(out, write)
        return
    target = real_target(out)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot make folder {target.parent} ({exc.strerror or exc})") from None
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_special(out: Path, write: Callable[[Path], None]) -> None:
    """Write to a temporary file, then copy it into the device or pipe in one stream: a writer that seeks (a
    zip archive) works, and a crash before the end sends nothing at all."""
    with tempfile.TemporaryDirectory(prefix="briefing.") as folder:
        tmp = Path(folder) / out.name
        write(tmp)
        with open(tmp, "rb") as source, open(out, "wb") as sink:
            shutil.copyfileobj(source, sink)
