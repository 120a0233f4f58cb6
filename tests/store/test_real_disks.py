"""A real read-only mount and a real full file system (a small tmpfs), made in a private
mount namespace with `unshare -rm` (no root needed on the host; Linux only)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from greenlife.store import Store


def _namespaces() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "d=$(mktemp -d) && mount -t tmpfs none $d"],
                           capture_output=True)
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not _namespaces(), reason="needs user and mount namespaces (unshare -rm)")


def in_namespace(script: str) -> str:
    p = subprocess.run(["unshare", "-rm", "sh", "-c", script], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True, timeout=300)
    return p.stdout


def gl(db: Path, *argv: str) -> str:
    """A shell line running the CLI and printing its exit code."""
    args = " ".join(f"'{a}'" for a in argv)
    return f"{sys.executable} -m greenlife --db '{db}' {args}; echo \"rc=$?\""


def test_a_read_only_mount_is_disk_trouble_never_damage(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db = data / "g.db"
    s = Store.open(db)
    s.add_member("杨女士")
    s.log("杨女士", "commute", "bike", 1)
    s.backup("manual")
    s.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    out = in_namespace(f"mount --bind '{data}' '{data}' && mount -o remount,ro,bind '{data}' && cd '{tmp_path}' && "
                       + " && ".join(gl(db, *a) for a in (["check"], ["backup", "restore", "--latest"],
                                                          ["log", "commute", "--member", "杨女士", "--mode", "bike",
                                                           "--km", "1"])))
    assert out.count("rc=1") == 3, out
    assert out.count("This is not damage") == 3, out
    assert "is damaged" not in out
    assert "Traceback" not in out
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not list((data / "g-backups").glob("damaged-*"))
    s = Store.open(db)  # writable again: the book is intact
    assert s.count_entries() == 1
    s.close()


def test_a_full_file_system(tmp_path):
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    seed = tmp_path / "g.db"
    s = Store.open(seed)
    s.add_member("杨女士")
    s.close()
    db = mnt / "g.db"
    note = "x" * 500
    log = gl(db, "log", "commute", "--member", "杨女士", "--mode", "bike", "--km", "1", "--note", note)
    script = (f"mount -t tmpfs -o size=1m none '{mnt}' && cp '{seed}' '{mnt}/' && cd '{tmp_path}' && "
              # leave about 72 KB free (the -shm takes 32 KB, the -wal a few pages): a few saves fit
              f"avail=$(df -k --output=avail '{mnt}' | tail -1) && "
              f"dd if=/dev/zero of='{mnt}/filler' bs=1k count=$((avail - 72)) 2>/dev/null; "
              f"i=0; while [ $i -lt 100 ]; do i=$((i+1)); out=$({log} 2>&1); case \"$out\" in *rc=0*) ;; "
              f"*) echo \"$out\"; break;; esac; done; echo \"saves=$i\"; "
              + "; ".join(gl(db, *a) for a in (["check"], ["backup", "create"]))
              # whatever room is left goes too, so the export cannot fit however small it is
              + f"; dd if=/dev/zero of='{mnt}/filler2' bs=1k 2>/dev/null; "
              + "; ".join(gl(db, *a) for a in (["export", "--year", "2026", "--out", f"{mnt}/e.csv"],
                                                ["entries", "--limit", "100000", "--json"]))
              + f"; rm -f '{mnt}/filler2'; echo LISTING; ls -a '{mnt}' '{mnt}/g-backups'; "
              f"{sys.executable} -c \"import sqlite3; "
              f"print('entries=%d' % sqlite3.connect('{db}').execute('select count(*) from entries').fetchone())\"")
    out = in_namespace(script)
    assert "Traceback" not in out, out
    assert "The disk is full" in out
    saves = int(out.split("saves=")[1].split()[0])
    assert 1 < saves < 100
    assert f"entries={saves - 1}" in out  # every acknowledged save, and not the refused one
    assert "ok: the data file passed" in out  # the next start does not call it damaged
    assert out.count("The disk is full") == 2, out  # the save and the backup
    # with no byte left the export cannot even open the book: disk trouble, never "damaged"
    assert "This is not damage" in out.split("g-backups): nothing was written")[1], out
    listing = out.split("LISTING")[1]
    assert ".part" not in listing  # nothing half-written left behind
    assert "e.csv" not in listing
