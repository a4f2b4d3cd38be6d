"""project.json as a stream of top-level values and of the items of its long arrays.

ijson (yajl, in C) reads the file a buffer at a time; values are built here from its events,
so the rules of the whole-document parse hold for each piece too: no key twice in an
object, no NaN or Infinity (yajl refuses them), nesting and size bounded. Only the
activities, the excerpts and the histories' versions and tombstones are streamed item by
item; every other value is built whole, within `max_held_items` keys and values in all.
"""

import codecs
import re
from collections.abc import Iterator
from typing import BinaryIO

from digifelt.exports.bundle.errors import BundleError

STREAMED = frozenset({"activities", "excerpts"})
STREAMED_HISTORY = frozenset({"versions", "tombstones"})
MAX_DEPTH = 64
# JSON can carry NUL and lone surrogates only as \u escapes (a backslash not itself
# escaped); a pair is a high surrogate's escape followed by a low one's.
_ESCAPE = rb"(?<!\\)(?:\\\\)*"
_NUL = re.compile(_ESCAPE + rb"\\u0000")
_SURROGATE = re.compile(_ESCAPE + rb"\\u[dD](?:([89abAB][0-9a-fA-F]{2}"
                        rb"\\u[dD][c-fC-F][0-9a-fA-F]{2})|[89a-fA-F][0-9a-fA-F]{2})")
_TAIL = 32  # bytes of a piece read again with the next: an escape pair is 12


class Budget:
    """Keys and values that may be held at once."""

    def __init__(self, limit: int):
        self.limit = limit
        self.left = limit

    def take(self, what: str) -> None:
        self.left -= 1
        if self.left < 0:
            raise BundleError(f"project.json: {what} holds more than {self.limit:,} keys and "
                              "values; a bundle may hold at most that many in one object")


def prescan(fh: BinaryIO, max_text_bytes: int) -> tuple[bool, int]:
    """(whether a text may hold NUL, where the JSON starts: after a byte order mark).

    Refuses, before the parser sees them, what the parser would let through or hold:
    bytes that are not UTF-8, a lone surrogate escape (yajl would quietly make it "?"), a
    text longer than `max_text_bytes` (no text is longer than the stretch between two quote
    marks). Reads the file in pieces, then rewinds it to the start of the JSON."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    tail, gap, suspect, start = b"", 0, False, 0
    try:
        first = True
        while True:
            chunk = fh.read(1 << 20)
            if first and chunk.startswith(codecs.BOM_UTF8):
                start, chunk = len(codecs.BOM_UTF8), chunk[len(codecs.BOM_UTF8):]
            first = False
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError:
                raise BundleError("project.json is not UTF-8 text") from None
            if not chunk:
                break
            buffer = tail + chunk
            suspect = suspect or _NUL.search(buffer) is not None
            # Judged in the last piece: escapes ending in the first bytes of this one.
            judged = _TAIL - 6 if tail else 0
            for found in _SURROGATE.finditer(buffer):
                if found.group(1) is None and found.end() > judged and (
                        found.end() + 6 <= len(buffer) or len(chunk) < (1 << 20)):
                    raise BundleError("project.json contains invalid Unicode (a lone "
                                      "surrogate)")
            tail = buffer[-_TAIL:]
            first_quote = chunk.find(b'"')
            if first_quote < 0:
                gap += len(chunk)
            else:
                # Within a piece only a piece-long text fits: the long ones span pieces.
                gap = max(gap + first_quote, _longest_inside(chunk, max_text_bytes))
                if gap > max_text_bytes:
                    break
                gap = len(chunk) - chunk.rfind(b'"') - 1
            if gap > max_text_bytes:
                break
        if gap > max_text_bytes:
            raise BundleError(f"project.json: a text is too large ({gap / (1 << 20):,.0f} MB "
                              f"or more; at most {max_text_bytes / (1 << 20):,.0f} MB)")
        return suspect, start
    finally:
        fh.seek(start)


def _longest_inside(chunk: bytes, limit: int) -> int:
    """More than `limit` when the piece holds a longer stretch without a quote mark."""
    if limit >= len(chunk):
        return 0
    found = re.search(rb'[^"]{%d}' % (limit + 1), chunk)
    return limit + 1 if found else 0


def skip(event: str, events) -> None:
    """Read past the value that starts with `event` (a key no digifelt reads)."""
    if event not in ("start_map", "start_array"):
        return
    depth = 1
    for _prefix, event, _value in events:
        if event == "start_map" or event == "start_array":
            depth += 1
        elif event == "end_map" or event == "end_array":
            depth -= 1
            if not depth:
                return


def build(event: str, value, events, budget: Budget, where: str):
    """The value that starts with (event, value), from the rest of `events`."""
    budget.take(where)
    if event == "start_map":
        root = {}
    elif event == "start_array":
        root = []
    else:
        return value
    # The hot loop of reading a bundle: no calls but the parser's.
    stack, keys, key, container = [root], [None], None, root
    taken = 0
    for _prefix, event, value in events:
        taken += 1
        if event == "map_key":
            if value in container:
                raise BundleError(f"project.json: {where}: duplicate key {value!r}")
            key = value
            continue
        if event == "start_map" or event == "start_array":
            new = {} if event == "start_map" else []
            if container.__class__ is list:
                container.append(new)
            else:
                container[key] = new
            stack.append(new)
            keys.append(key)
            container, key = new, None
            if len(stack) > MAX_DEPTH:
                raise BundleError("project.json is nested too deeply")
        elif event == "end_map" or event == "end_array":
            stack.pop()
            key = keys.pop()
            if not stack:
                budget.left -= taken
                budget.take(where)
                return root
            container = stack[-1]
        elif container.__class__ is list:
            container.append(value)
        else:
            container[key] = value
        if taken > budget.left:
            budget.take(where)  # raises
    raise BundleError("project.json is not valid JSON (it ends too early)")


def _items(events, section: str, item_budget: int) -> Iterator[object]:
    """The items of the array whose start_array was just read."""
    for _prefix, event, value in events:
        if event == "end_array":
            return
        yield build(event, value, events, Budget(item_budget), f"an item of {section}")


def walk(fh: BinaryIO, *, max_held_items: int,
         known: frozenset[str]) -> Iterator[tuple[str, str, object]]:
    """("value", key, value) for each top-level key held whole, ("item", section, item) for
    the items of the streamed arrays (section "history.versions" for a history's), and
    ("history", key, value) for the other keys of "history". Top-level keys not in `known`
    are read past: a newer digifelt may add some, and nothing here reads them."""
    import ijson

    events = ijson.parse(fh, use_float=True)
    held = Budget(max_held_items)
    try:
        first = next(events, None)
        if first is None or first[1] != "start_map":
            raise BundleError("project.json: not a digifelt bundle (not a JSON object)")
        seen: set[str] = set()
        for prefix, event, value in events:
            if event == "end_map" and prefix == "":
                break
            if event != "map_key":
                raise BundleError("project.json is not valid JSON")
            key = value
            if key in seen:
                raise BundleError(f"project.json: duplicate key {key!r}")
            seen.add(key)
            _p, event, value = next(events)
            if key in STREAMED and event == "start_array":
                yield "start", key, None
                for item in _items(events, key, max_held_items):
                    yield "item", key, item
            elif key == "history" and event == "start_map":
                yield from _history(events, held, max_held_items)
            elif key not in known:
                skip(event, events)
            else:
                yield "value", key, build(event, value, events, held, key)
        for _rest in events:  # yajl refuses anything after the document
            raise BundleError("project.json is not valid JSON (text after the document)")
    except ijson.JSONError as exc:
        raise BundleError(f"project.json is not valid JSON ({str(exc)[:120]})") from None


def _history(events, held: Budget, item_budget: int):
    seen: set[str] = set()
    yield "start", "history", None
    for _prefix, event, value in events:
        if event == "end_map":
            return
        key = value
        if key in seen:
            raise BundleError(f"project.json: history: duplicate key {key!r}")
        seen.add(key)
        _p, event, value = next(events)
        if key in STREAMED_HISTORY and event == "start_array":
            section = f"history.{key}"
            yield "start", section, None
            for item in _items(events, section, item_budget):
                yield "item", section, item
        else:
            yield "history", key, build(event, value, events, held, f"history.{key}")
