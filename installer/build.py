"""Build the Ondernemersdesk bundle for the platform this runs on: one command.

    .venv/bin/pip install -e '.[installer]'
    .venv/bin/python installer/build.py

Linux: ``dist/ondernemersdesk/`` (the one-folder bundle, with the .desktop entry, the icon and
``install.sh`` inside) and ``dist/ondernemersdesk-VERSION-linux-ARCH.tar.gz`` to ship.
Windows: ``dist\\ondernemersdesk\\``; then ``iscc installer\\windows\\ondernemersdesk.iss`` makes the
setup program (see README.md).
Prints the bundle's size. Only the pinned dependencies of pyproject.toml go in.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NAME = "ondernemersdesk"


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under ``folder`` (symbolic links not followed)."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def build(dist: Path, work: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(HERE / f"{NAME}.spec"),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
        ],
        check=True,
        cwd=ROOT,
    )
    return dist / NAME


def add_linux_files(bundle: Path) -> None:
    """What a Linux desktop needs next to the program: the menu entry, its icon, an installer."""
    shutil.copy2(HERE / "linux" / f"{NAME}.desktop", bundle / f"{NAME}.desktop")
    shutil.copy2(ROOT / "resources" / "icons" / f"{NAME}-256.png", bundle / f"{NAME}.png")
    shutil.copy2(HERE / "linux" / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)


def archive(bundle: Path) -> Path:
    machine = platform.machine().lower() or "unknown"
    target = bundle.parent / f"{NAME}-{version(NAME)}-linux-{machine}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=NAME)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (dist/)")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (build/)"
    )
    parser.add_argument("--no-archive", action="store_true", help="Linux: skip the tar.gz")
    args = parser.parse_args(argv)

    bundle = build(args.dist.resolve(), args.work.resolve())
    if sys.platform.startswith("linux"):
        add_linux_files(bundle)
    size, count = folder_size(bundle)
    print(f"Bundle: {bundle} ({size / 1_000_000:.1f} MB in {count} files)")
    if sys.platform.startswith("linux") and not args.no_archive:
        shipped = archive(bundle)
        print(f"Archive: {shipped} ({shipped.stat().st_size / 1_000_000:.1f} MB)")
    elif sys.platform == "win32":
        print(
            r"Next: iscc installer\windows\ondernemersdesk.iss  (Inno Setup 6) -> dist\OndernemersdeskSetup-*.exe"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
