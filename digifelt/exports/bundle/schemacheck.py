"""The bundle JSON Schema compiled into plain Python checks, for large bundles.

jsonschema interprets a schema keyword by keyword and needs ~20 s for the large demo's
project.json (34,000 objects); the same schema compiled into closures takes well under a
second. Only the keywords bundle-v1.schema.json uses are supported, and compiling a schema
with any other keyword fails, so a constraint can never be skipped silently. jsonschema
stays the reference: it words the error message, and a test checks that both agree on
thousands of mutated documents.
"""

import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], None]
_ANNOTATIONS = {"$schema", "$id", "title", "description", "$defs"}
_KEYWORDS = {"type", "properties", "required", "items", "enum", "const", "pattern", "minimum",
             "minLength", "anyOf", "$ref"} | _ANNOTATIONS


class Invalid(Exception):
    """The document does not match; `path` says where (outermost first)."""

    def __init__(self, why: str):
        super().__init__(why)
        self.path: list = []


def _is_integer(v) -> bool:
    return (isinstance(v, int) and not isinstance(v, bool)) or (
        isinstance(v, float) and v.is_integer())


_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": _is_integer,
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
}


def _same(a, b) -> bool:
    """JSON equality as jsonschema has it: true is not 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    return a == b


def _pattern_check(pattern: str) -> Check:
    search = re.compile(pattern).search

    def pattern_check(v):
        if isinstance(v, str) and not search(v):
            raise Invalid(f"{v!r:.60} does not match the expected format")
    return pattern_check


_PY_TYPES = {"string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,),
             "null": (type(None),), "object": (dict,), "array": (list,)}


def _type_check(node: dict) -> Check:
    """One isinstance() for the common case; the JSON corner cases (true is no integer, 1.0
    is one) only when that fails or a bool is seen. A pattern on the same node is fused in."""
    names = [node["type"]] if isinstance(node["type"], str) else list(node["type"])
    fast = tuple(t for n in names for t in _PY_TYPES[n])
    numeric = "integer" in names or "number" in names
    bool_ok = "boolean" in names
    tests = [_TYPES[n] for n in names]
    search = re.compile(node["pattern"]).search if "pattern" in node else None
    label = " or ".join(names)

    def type_check(v):
        if (not isinstance(v, fast) or (numeric and not bool_ok and isinstance(v, bool))) and (
                not any(t(v) for t in tests)):
            raise Invalid(f"{v!r:.60} is not of type {label}")
        if search is not None and isinstance(v, str) and not search(v):
            raise Invalid(f"{v!r:.60} does not match the expected format")
    return type_check


def compile_schema(schema: dict) -> Check:
    defs = schema.get("$defs", {})
    cache: dict[str, Check | None] = {}

    def build(node: dict) -> Check:
        unknown = set(node) - _KEYWORDS
        if unknown:
            raise ValueError(f"schema keyword(s) not supported: {', '.join(sorted(unknown))}")
        checks: list[Check] = []
        if "$ref" in node:
            name = node["$ref"].removeprefix("#/$defs/")
            if name not in defs:
                raise ValueError(f"unsupported $ref {node['$ref']!r}")
            if name not in cache:
                cache[name] = None  # being built: a recursive $ref is not supported
                cache[name] = build(defs[name])
            if cache[name] is None:
                raise ValueError(f"recursive $ref {node['$ref']!r} is not supported")
            checks.append(cache[name])
        if "type" in node:
            checks.append(_type_check(node))
        if "const" in node:
            const = node["const"]

            def const_check(v, const=const):
                if not _same(v, const):
                    raise Invalid(f"{const!r} was expected")
            checks.append(const_check)
        if "enum" in node:
            options = node["enum"]
            strings = frozenset(o for o in options if isinstance(o, str))

            def enum_check(v, options=options, strings=strings):
                if type(v) is str and v in strings:
                    return
                if not any(_same(v, o) for o in options):
                    raise Invalid(f"{v!r:.60} is not one of {options!r}")
            checks.append(enum_check)
        if "pattern" in node and "type" not in node:
            checks.append(_pattern_check(node["pattern"]))
        if "minimum" in node:
            low = node["minimum"]

            def minimum_check(v, low=low):
                if _TYPES["number"](v) and v < low:
                    raise Invalid(f"{v!r} is less than the minimum of {low}")
            checks.append(minimum_check)
        if "minLength" in node:
            shortest = node["minLength"]

            def length_check(v, shortest=shortest):
                if isinstance(v, str) and len(v) < shortest:
                    raise Invalid(f"{v!r} is too short")
            checks.append(length_check)
        if "required" in node:
            required = tuple(node["required"])

            def required_check(v, required=required):
                if isinstance(v, dict):
                    for key in required:
                        if key not in v:
                            raise Invalid(f"{key!r} is a required property")
            checks.append(required_check)
        if "properties" in node:
            props = tuple((k, build(sub)) for k, sub in node["properties"].items())

            def properties_check(v, props=props):
                if isinstance(v, dict):
                    for key, check in props:
                        if key in v:
                            try:
                                check(v[key])
                            except Invalid as exc:
                                exc.path.insert(0, key)
                                raise
            checks.append(properties_check)
        if "items" in node:
            item = build(node["items"])

            def items_check(v, item=item):
                if isinstance(v, list):
                    for n, element in enumerate(v):
                        try:
                            item(element)
                        except Invalid as exc:
                            exc.path.insert(0, n)
                            raise
            checks.append(items_check)
        if "anyOf" in node:
            options = [build(sub) for sub in node["anyOf"]]
            nullable = {"type": "null"} in node["anyOf"]

            def any_of_check(v, options=options, nullable=nullable):
                if v is None and nullable:
                    return
                for option in options:
                    try:
                        option(v)
                        return
                    except Invalid:
                        continue
                raise Invalid(f"{v!r:.60} is not valid under any of the given schemas")
            checks.append(any_of_check)
        if len(checks) == 1:
            return checks[0]

        def all_checks(v, checks=tuple(checks)):
            for check in checks:
                check(v)
        return all_checks

    return build(schema)
