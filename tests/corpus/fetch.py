#!/usr/bin/env python3
"""Downloads and unpacks the real-world corpus: old source releases from PyPI, pinned by sha256.

Usage: fetch.py DEST [MANIFEST]   (DEST/sdists holds the archives, DEST/src the unpacked trees;
       MANIFEST defaults to tests/corpus/sdists.json, tests/corpus2/sdists.json is the second corpus)

Only PyPI's simple API and files.pythonhosted.org are used; nothing is built or installed.
Archives already present with the right hash are not downloaded again.
"""
import hashlib
import json
import sys
import tarfile
import urllib.request
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def download_url(project: str, filename: str) -> str:
    request = urllib.request.Request(
        f"https://pypi.org/simple/{project}/",
        headers={"Accept": "application/vnd.pypi.simple.v1+json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        index = json.load(response)
    for file in index["files"]:
        if file["filename"] == filename:
            return file["url"]
    raise SystemExit(f"{filename} is not listed on PyPI for {project}")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unpack(archive: Path, destination: Path) -> None:
    destination.mkdir(parents=True, exist_ok=True)
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as bundle:
            bundle.extractall(destination)
    else:
        with tarfile.open(archive) as bundle:
            bundle.extractall(destination, filter="data")


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    dest = Path(sys.argv[1])
    manifest_path = Path(sys.argv[2]) if len(sys.argv) == 3 else HERE / "sdists.json"
    sdists, src = dest / "sdists", dest / "src"
    sdists.mkdir(parents=True, exist_ok=True)
    manifest = json.loads(manifest_path.read_text())
    for item in manifest:
        archive = sdists / item["filename"]
        if not archive.exists() or sha256(archive) != item["sha256"]:
            url = download_url(item["project"], item["filename"])
            print(f"fetch: {item['filename']}", file=sys.stderr)
            with urllib.request.urlopen(url, timeout=300) as response:
                archive.write_bytes(response.read())
            if sha256(archive) != item["sha256"]:
                archive.unlink()
                raise SystemExit(f"{item['filename']}: sha256 mismatch")
        stamp = src / f".{item['filename']}.unpacked"
        if not stamp.exists():
            unpack(archive, src)
            stamp.write_text(item["sha256"])
    print(f"fetch: {len(manifest)} releases in {src}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
