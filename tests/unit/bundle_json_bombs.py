"""Build bundles whose project.json is hostile but whose bag is honest (checksums, manifests,
Payload-Oxum all correct), writing project.json as a stream of chunks so that a 200 MB
document never exists in the test's memory. Imported by the memory tests and usable as a
script to measure: `python tests/unit/bundle_json_bombs.py SRC.zip OUTDIR`.
"""

import base64
import hashlib
import os
import random
import sys
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

Chunks = Iterable[bytes]
_BLOCK = 1 << 20


def _padding_block(seed: int = 7) -> bytes:
    """1 MB of JSON-safe text that deflate shrinks about 40 times: one random character in
    every 64. Repeated, it stays that compressible (deflate only looks 32 KB back)."""
    rnd = random.Random(seed)
    noise = base64.b64encode(rnd.randbytes(_BLOCK // 64 * 3 // 4 + 3))
    out = bytearray(b"a" * _BLOCK)
    out[::64] = noise[:len(out[::64])]
    return bytes(out)


_PAD = _padding_block()


def repeat(piece: bytes, count: int, *, sep: bytes = b",") -> Iterator[bytes]:
    """`piece` `count` times, separated, in chunks of about 1 MB."""
    unit = piece + sep
    per = max(1, _BLOCK // len(unit))
    while count > 0:
        n = min(per, count)
        count -= n
        chunk = unit * n
        yield chunk if count else chunk[:-len(sep)] if sep else chunk


def padding(size: int, *, quoted: bool = True, block: bytes = _PAD) -> Iterator[bytes]:
    """A JSON string of `size` bytes that compresses about 40 times."""
    if quoted:
        yield b'"'
    left = size - 2
    while left > 0:
        yield block[:left]
        left -= min(left, len(block))
    if quoted:
        yield b'"'


def with_unknown_fields(original: bytes, fields: dict[str, Callable[[], Chunks]]
                        ) -> Iterator[bytes]:
    """The original project.json with unknown top-level fields added in front."""
    assert original.lstrip()[:1] == b"{"
    yield b"{"
    for key, value in fields.items():
        yield f'"{key}":'.encode()
        yield from value()
        yield b","
    yield original.lstrip()[1:]


def read_bag(src: Path) -> tuple[str, dict[str, bytes]]:
    with zipfile.ZipFile(src) as zf:
        names = zf.namelist()
        top = names[0].split("/")[0]
        return top, {n[len(top) + 1:]: zf.read(n) for n in names if not n.endswith("/")}


def write_bundle(src: Path, dst: Path, project_json: Chunks | None = None, *,
                 extra_payload: dict[str, Chunks] | None = None,
                 info_changes: dict[str, str | None] | None = None,
                 tag_changes: dict[str, bytes] | None = None) -> Path:
    """A copy of the bundle `src` with project.json (and more payload) streamed from chunks,
    every checksum recomputed."""
    top, members = read_bag(src)
    payload: dict[str, Chunks] = {r: [d] for r, d in members.items() if r.startswith("data/")}
    if project_json is not None:
        payload["data/project.json"] = project_json
    payload.update(extra_payload or {})
    digests, sizes = {}, {}
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for rel, chunks in payload.items():
            h, n = hashlib.sha256(), 0
            with zf.open(f"{top}/{rel}", "w", force_zip64=True) as out:
                for chunk in chunks:
                    h.update(chunk)
                    n += len(chunk)
                    out.write(chunk)
            digests[rel], sizes[rel] = h.hexdigest(), n
        info = {}
        for line in members["bag-info.txt"].decode().splitlines():
            key, _, value = line.partition(":")
            info[key.strip()] = value.strip()
        info["Payload-Oxum"] = f"{sum(sizes.values())}.{len(sizes)}"
        for key, value in (info_changes or {}).items():
            if value is None:
                info.pop(key, None)
            else:
                info[key] = value
        tags = {
            "bagit.txt": members["bagit.txt"],
            "bag-info.txt": "".join(f"{k}: {v}\n" for k, v in info.items()).encode(),
            "manifest-sha256.txt": "".join(f"{d}  {r}\n" for r, d in sorted(digests.items()))
            .encode(),
        }
        tags.update(tag_changes or {})
        tags["tagmanifest-sha256.txt"] = "".join(
            f"{hashlib.sha256(d).hexdigest()}  {t}\n" for t, d in tags.items()).encode()
        for tag, data in tags.items():
            zf.writestr(f"{top}/{tag}", data)
    return dst


def mostly_line_breaks(size: int) -> bytes:
    """`size` bytes, nearly all line breaks (one letter in 48 keeps deflate's ratio under
    the zip limit)."""
    out = bytearray(b"\n" * size)
    out[::48] = b"x" * len(out[::48])
    return bytes(out)


def nested(depth: int) -> Callable[[], Chunks]:
    return lambda: iter([b"[" * depth, b"]" * depth])


def bombs(values_limit: int, json_limit: int) -> dict[str, tuple[Callable[[], Chunks], bool]]:
    """name → (the unknown field's value, accepted?) around the given limits."""
    over, under = values_limit + 10, values_limit * 9 // 10

    def padded(make: Callable[[], Chunks], pad: int) -> Callable[[], Chunks]:
        return lambda: iter([b"[", *make(), b",", *padding(pad), b"]"])

    def numbered(template: bytes, n: int, open_: bytes, close: bytes
                 ) -> Callable[[], Chunks]:
        def chunks():
            yield open_
            for j in range(0, n, 50_000):
                yield b",".join(template % i for i in range(j, min(j + 50_000, n))) + (
                    b"," if j + 50_000 < n else b"")
            yield close
        return chunks

    def keys(n: int, value: bytes = b"0") -> Callable[[], Chunks]:
        return numbered(b'"k%d":' + value, n, b"{", b"}")

    return {
        "tiny-objects-over": (padded(lambda: repeat(b"{}", over), 4 << 20), False),
        "tiny-objects-under": (padded(lambda: repeat(b"{}", under), 4 << 20), True),
        "tiny-arrays-over": (padded(lambda: repeat(b"[]", over), 4 << 20), False),
        "numbers-over": (padded(lambda: repeat(b"1.5e300", over), 4 << 20), False),
        "numbers-under": (padded(lambda: repeat(b"1.5e300", under), 4 << 20), True),
        "unknown-keys-over": (padded(keys(over), 4 << 20), False),
        "unknown-keys-under": (padded(keys(under // 2), 4 << 20), True),
        "keys-of-objects-under": (padded(keys(under // 2, b"{}"), 4 << 20), True),
        "distinct-strings-under": (padded(numbered(b'"%d"', under, b"[", b"]"), 4 << 20),
                                   True),
        "empty-strings-over": (padded(lambda: repeat(b'""', 2 * over), 4 << 20), False),
        "backslash-strings-over": (padded(lambda: repeat(b'"\\\\"', 2 * over), 4 << 20),
                                   False),
        "nested-deep": (nested(100_000), False),
        "nested-200": (nested(200), True),
        "string-200MB": (lambda: padding(200 << 20), False),
        "string-just-under-cap": (lambda: padding(json_limit - (1 << 20)), True),
        "emoji-string-just-under-cap": (
            lambda: iter([b'"\xf0\x9f\x98\x80',
                          *padding(json_limit - (1 << 20), quoted=False), b'"']), True),
        "commas-in-text": (lambda: padding(json_limit // 2, block=_PAD.replace(b"a", b",")),
                           True),
    }


def build_all(src: Path, outdir: Path, values_limit: int, json_limit: int) -> dict[str, Path]:
    original = read_bag(src)[1]["data/project.json"]
    out = {}
    for name, (value, _accepted) in bombs(values_limit, json_limit).items():
        out[name] = write_bundle(src, outdir / f"{name}.zip",
                                 with_unknown_fields(original, {"zz_" + name: value}))
    return out


if __name__ == "__main__":
    from digifelt.exports.bundle.reader import DEFAULT_LIMITS

    dest = Path(sys.argv[2])
    dest.mkdir(parents=True, exist_ok=True)
    for name, path in build_all(Path(sys.argv[1]), dest, DEFAULT_LIMITS.max_items,
                                DEFAULT_LIMITS.max_json).items():
        print(f"{name}: {os.path.getsize(path):,} bytes")
