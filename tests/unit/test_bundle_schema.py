"""bundle-v1.schema.json: a valid Draft 2020-12 schema, and its compiled form (used on import
for speed) accepts and refuses exactly what jsonschema does."""

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from test_bundle_support import bag_is_valid, populate

from digifelt.exports.bundle import BundleError, export_bundle
from digifelt.exports.bundle.json_schema import schema, schema_version_of, validate_schema
from digifelt.exports.bundle.schemacheck import Invalid, compile_schema


@pytest.fixture(scope="module")
def document(tmp_path_factory):
    import zipfile

    from digifelt.core.services.projects import create_project
    from digifelt.core.template import find_template

    folder = tmp_path_factory.mktemp("schema")
    db = create_project(folder / "p.digifelt",
                        template=find_template("digital-ståstedskartlegging-kommune"),
                        title="Kartlegging", organisation="Fjellvik kommune")
    populate(db)
    db.close()
    export_bundle(folder / "p.digifelt", folder / "p.zip")
    bag_is_valid(folder / "p.zip", folder)
    with zipfile.ZipFile(folder / "p.zip") as zf:
        name = next(n for n in zf.namelist() if n.endswith("data/project.json"))
        doc = json.loads(zf.read(name))
    # Keep it small: a few of each list is enough to reach every sub-schema.
    doc["rubric"]["areas"] = doc["rubric"]["areas"][:2]
    for guide in doc["guides"]:
        guide["questions"] = guide["questions"][:2]
    return doc


def test_schema_is_valid_draft_2020_12():
    Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_compiler_refuses_keywords_it_does_not_know():
    with pytest.raises(ValueError, match="not supported"):
        compile_schema({"type": "object", "additionalProperties": False})
    with pytest.raises(ValueError, match="not supported"):
        compile_schema({"properties": {"x": {"maxLength": 3}}})


def paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for n, item in enumerate(value):
            yield from paths(item, (*prefix, n))


JSON_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=False, width=32),
    st.sampled_from(["", "x", "2026-01-01T00:00:00Z", "2026-01-01", "nb", "quote", "gap",
                     "interview", "done", "draft", "0" * 64,
                     "5a4b3c2d-1e0f-4a5b-8c7d-6e5f4a3b2c1d", "digifelt-bundle", 1.0]),
    st.lists(st.integers(0, 2), max_size=2), st.dictionaries(st.sampled_from(["id", "x"]),
                                                           st.integers(), max_size=2))


@settings(max_examples=400, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_compiled_schema_agrees_with_jsonschema(document, data):
    doc = copy.deepcopy(document)
    all_paths = [p for p in paths(doc) if p]
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(all_paths))
        parent = doc
        try:
            for key in path[:-1]:
                parent = parent[key]
            if data.draw(st.booleans()) and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = data.draw(JSON_VALUES)
        except (KeyError, IndexError, TypeError):
            continue
    version = schema_version_of(doc)  # a format-1 document is checked by its own schema
    expected = Draft202012Validator(schema(version)).is_valid(doc)
    try:
        compile_schema(schema(version))(doc)
        compiled = True
    except Invalid:
        compiled = False
    assert compiled == expected
    if not expected:
        with pytest.raises(BundleError, match=r"^project\.json: "):
            validate_schema(doc)


def test_unknown_fields_are_allowed(document):
    doc = copy.deepcopy(document)
    doc["future_field"] = {"anything": [1, 2]}
    doc["excerpts"][0]["colour"] = "red"
    validate_schema(doc)
