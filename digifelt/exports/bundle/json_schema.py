"""project.json against the JSON Schema of its format version (resources/schemas/
bundle-v1/v2.schema.json): the published contract, checked before the pydantic models parse it,
with messages that name the place in the document."""

import json
from functools import cache

from digifelt.exports.bundle.errors import BundleError
from digifelt.exports.bundle.model import FORMAT, READABLE, SCHEMA_FILES, VERSION, _place
from digifelt.resource_paths import resource_path


@cache
def schema(version: int = VERSION) -> dict:
    return json.loads(resource_path(*SCHEMA_FILES[version]).read_text(encoding="utf-8"))


@cache
def _validator(version: int = VERSION):
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema(version))


def check_format(data) -> None:
    """Refuse anything that is not a bundle of a format version this digifelt reads."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BundleError("project.json: not a digifelt bundle (format is not "
                          f"{FORMAT!r})")
    version = data.get("version")
    if version not in READABLE or isinstance(version, bool):
        raise BundleError(f"project.json: bundle format version {version!r} is not supported "
                          f"(this digifelt reads versions 1 and {VERSION}); update digifelt")


@cache
def _compiled(version: int = VERSION):
    from digifelt.exports.bundle.schemacheck import compile_schema

    return compile_schema(schema(version))


def _resolve(node: dict, version: int = VERSION) -> dict:
    """Follow a $ref, and step into the non-null branch of an "X or null" anyOf."""
    while True:
        if "$ref" in node:
            node = schema(version)["$defs"][node["$ref"].removeprefix("#/$defs/")]
        elif "anyOf" in node and "properties" not in node and "items" not in node:
            branches = [b for b in node["anyOf"] if b != {"type": "null"}]
            if len(branches) != 1:
                return node
            node = branches[0]
        else:
            return node


def schema_version_of(data: dict) -> int:
    """The format version whose schema checks `data` (the newest for an unknown one)."""
    version = data.get("version")
    return version if version in READABLE and not isinstance(version, bool) else VERSION


def validate_schema(data: dict) -> None:
    """Check project.json against the schema of its format version (bundle-v1/v2.schema.json;
    check_format has accepted the version).

    The schema runs compiled (fast); on a failure jsonschema, the reference implementation,
    re-checks the failing top-level object and words the message.
    """
    from jsonschema.exceptions import best_match

    from digifelt.exports.bundle.schemacheck import Invalid

    version = schema_version_of(data)
    try:
        _compiled(version)(data)
        return
    except Invalid as exc:
        path, message = list(exc.path), str(exc)
    target, subschema = data, schema(version)
    for key in path:  # jsonschema only looks at the failing node: fast on any size
        subschema = _resolve(subschema, version)
        subschema = subschema["properties"][key] if isinstance(key, str) else subschema["items"]
        target = target[key]
    validator = _validator(version)
    shallow = {k: v for k, v in _resolve(subschema, version).items()
               if k not in ("properties", "items")}
    error = (best_match(validator.evolve(schema=shallow).iter_errors(target))
             or best_match(validator.evolve(schema=subschema).iter_errors(target)))
    if error is not None:
        path, message = path + list(error.absolute_path), error.message
    message = message if len(message) <= 160 else message[:157] + "…"
    raise BundleError(f"project.json: {_place(path)}: {message}")
