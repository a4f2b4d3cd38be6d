"""Rubric template files (resources/rubrics/*.yaml): model, validating loader, built-ins."""

from __future__ import annotations

import contextlib
import difflib
import errno
import os
import stat
from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import PydanticCustomError

from digifelt.core.errors import TemplateError
from digifelt.core.text_rules import text_problem
from digifelt.resource_paths import resource_path

FORMAT = "digifelt-rubric"
SUPPORTED_VERSIONS = (1,)
MAX_TEMPLATE_BYTES = 5 * 1024 * 1024
MAX_NODES = 500_000  # after YAML aliases are expanded; guards against "billion laughs" input
# A rubric is 7 levels deep (areas, indicators, look-fors); the YAML composer recurses per level.
MAX_DEPTH = 32
MAX_INT_DIGITS = 18  # every whole number a rubric needs fits in SQLite's 64-bit INTEGER
SCALE_LIMIT = 10**MAX_INT_DIGITS - 1


def _text(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("must not be empty or only whitespace")
    problem = text_problem(value, name=True)
    if problem:
        raise ValueError(problem)
    return value


def _free_text(value: str) -> str:
    problem = text_problem(value)
    if problem:
        raise ValueError(problem)
    return value


def _code(value: Any) -> Any:
    if isinstance(value, float):
        raise ValueError(f'codes must be quoted text, write "{value}" in quotes')
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


Text = Annotated[str, AfterValidator(_text)]
Code = Annotated[str, BeforeValidator(_code), AfterValidator(_text)]
FreeText = Annotated[str, AfterValidator(_free_text)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScaleLevelT(_Model):
    value: int = Field(strict=True, ge=-SCALE_LIMIT, le=SCALE_LIMIT)
    label: Text
    description: FreeText | None = None


class IndicatorT(_Model):
    code: Code
    title: Text
    description: FreeText | None = None
    lookfors: list[Text] = []


class AreaT(_Model):
    code: Code
    title: Text
    description: FreeText | None = None
    indicators: list[IndicatorT] = Field(min_length=1)


class QuestionT(_Model):
    text: Text
    indicators: list[Code] = []


class GuideT(_Model):
    id: Code
    kind: Literal["interview", "observation", "document_review"]
    title: Text
    group: Text | None = None
    description: FreeText | None = None
    questions: list[QuestionT] = Field(min_length=1)


class RubricTemplate(_Model):
    format: Literal["digifelt-rubric"]
    version: Literal[1]
    id: Code
    title: Text
    language: Literal["nb", "en"]
    description: FreeText | None = None
    scale: list[ScaleLevelT] = Field(min_length=1)
    areas: list[AreaT] = Field(min_length=1)
    groups: list[Text] = []
    guides: list[GuideT] = []

    def indicator_codes(self) -> list[str]:
        """All indicator codes in rubric order (area by area)."""
        return [ind.code for area in self.areas for ind in area.indicators]

    @model_validator(mode="after")
    def _check_references(self) -> RubricTemplate:
        problems = _reference_problems(self)
        if problems:
            path, problem = problems[0]
            ctx = {"path": path, "problem": problem, "problems": tuple(problems)}
            raise PydanticCustomError("rubric_reference", "{path}: {problem}", ctx)
        return self


def _reference_problems(t: RubricTemplate) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []

    def unique(kind: str, items: list[tuple[str, Any]]) -> dict[Any, str]:
        seen: dict[Any, str] = {}
        for path, key in items:
            if key in seen:
                problems.append((path, f"duplicate {kind} {key!r} (first used at {seen[key]})"))
            else:
                seen[key] = path
        return seen

    unique("scale value", [(f"scale[{i}].value", s.value) for i, s in enumerate(t.scale)])
    unique("scale label", [(f"scale[{i}].label", s.label) for i, s in enumerate(t.scale)])
    for i in range(1, len(t.scale)):
        if t.scale[i].value < t.scale[i - 1].value:
            problems.append((f"scale[{i}].value", "scale values must be in ascending order"))
    unique("area code", [(f"areas[{i}].code", a.code) for i, a in enumerate(t.areas)])
    indicators = [(i, j, ind) for i, a in enumerate(t.areas) for j, ind in enumerate(a.indicators)]
    codes = unique(
        "indicator code", [(f"areas[{i}].indicators[{j}].code", x.code) for i, j, x in indicators]
    )
    groups = unique("group", [(f"groups[{i}]", g) for i, g in enumerate(t.groups)])
    unique("guide id", [(f"guides[{i}].id", g.id) for i, g in enumerate(t.guides)])
    for i, guide in enumerate(t.guides):
        if guide.group is not None and guide.group not in groups:
            known = ", ".join(t.groups) or "none defined"
            problem = f"unknown group {guide.group!r} (groups: {known})"
            problems.append((f"guides[{i}].group", problem))
        for j, question in enumerate(guide.questions):
            for k, code in enumerate(question.indicators):
                if code not in codes:
                    path = f"guides[{i}].questions[{j}].indicators[{k}]"
                    problems.append((path, f"unknown indicator code {code!r}"))
    return problems


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses a key repeated in one mapping (YAML would keep the last silently),
    nesting deeper than MAX_DEPTH (PyYAML composes recursively) and over-long whole numbers."""

    _depth = 0

    def compose_node(self, parent, index):
        if self._depth >= MAX_DEPTH:
            mark = self.peek_event().start_mark
            raise yaml.composer.ComposerError(
                None, None, f"nested more than {MAX_DEPTH} levels deep", mark)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _construct_int(loader: _UniqueKeyLoader, node: yaml.ScalarNode):
    digits = sum(ch.isalnum() for ch in str(node.value))
    if digits > MAX_INT_DIGITS:
        raise yaml.constructor.ConstructorError(
            None, None, f"number with more than {MAX_INT_DIGITS} digits", node.start_mark)
    return loader.construct_yaml_int(node)


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False):
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, Hashable) and key in seen:
            mark = key_node.start_mark
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_UniqueKeyLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def _too_big(data: Any) -> str | None:
    """Aliases can repeat (billion laughs) or stack (each alias a few levels deeper) what the
    composer checked, so the loaded values are counted and measured again, without recursion."""
    count, stack = 0, [(data, 1)]
    while stack:
        item, depth = stack.pop()
        count += 1
        if count > MAX_NODES:
            return "too many values for a rubric template (aliases expanded); refusing it"
        if depth > MAX_DEPTH:
            return f"values nested more than {MAX_DEPTH} levels deep (aliases expanded)"
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) \
            else ()
        stack.extend((child, depth + 1) for child in children)
    return None


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


_MODELS = (RubricTemplate, ScaleLevelT, AreaT, IndicatorT, GuideT, QuestionT)
_ALL_KEYS = sorted({name for model in _MODELS for name in model.model_fields})
_KINDS = {dict: "a mapping", list: "a list", str: "text", int: "a number", float: "a number"}
_PLAIN = {
    "missing": "required key is missing",
    "model_type": "expected a mapping (key: value lines)",
    "list_type": "expected a list",
    "string_type": "expected text",
    "int_type": "expected a whole number",
    "too_short": "must not be an empty list",
}


def _describe(err: dict[str, Any]) -> tuple[str, str]:
    kind, loc, value = err["type"], tuple(err["loc"]), err.get("input")
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(str(loc[-1]), _ALL_KEYS, n=1)
        return _loc(loc), "unknown key" + (f" (did you mean {close[0]!r}?)" if close else "")
    if kind == "value_error":
        return _loc(loc), str(err["ctx"]["error"])
    if kind == "missing" or kind == "too_short":
        return _loc(loc), _PLAIN[kind]
    msg = _PLAIN.get(kind) or err["msg"][:1].lower() + err["msg"][1:]
    msg += f", found {_short(value)}"
    if isinstance(value, bool):
        msg += " (YAML reads unquoted yes/no/on/off/true/false as a yes/no value; quote the text)"
    return _loc(loc), msg


def _fail(name: str, message: str) -> TemplateError:
    return TemplateError(" ".join(f"{name}: {message}".split()))


def load_yaml(text: str):
    """YAML read with the safe loader that refuses duplicate keys; a problem is one
    ValueError line with its place ("invalid YAML at line 3, column 5: …")."""
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown position"
        problem = exc.problem or exc.context or "invalid YAML"
        raise ValueError(f"invalid YAML at {where}: {problem}") from None
    except yaml.YAMLError as exc:
        raise ValueError(f"invalid YAML: {exc}") from None


def load_template(path: str | Path) -> RubricTemplate:
    """Read and validate one rubric template; every problem becomes a one-line TemplateError."""
    path = Path(path)
    name = path.name or str(path)
    try:
        raw = _read_bounded(path, name)
    except FileNotFoundError:
        raise _fail(name, f"file not found ({path})") from None
    except IsADirectoryError:
        raise _fail(name, "is a folder, not a rubric template file") from None
    except OSError as exc:
        raise _fail(name, f"cannot read the file ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = f"byte {exc.object[exc.start]:#04x} at offset {exc.start}"
        raise _fail(name, f"not UTF-8 text ({bad}); save the file as UTF-8") from None
    try:
        data = load_yaml(text)
    except ValueError as exc:
        raise _fail(name, str(exc)) from None
    if data is None:
        raise _fail(name, "file is empty")
    if problem := _too_big(data):
        raise _fail(name, problem)
    if not isinstance(data, dict):
        found = _KINDS.get(type(data), type(data).__name__)
        raise _fail(name, f"expected a mapping (format:, version:, ...) at the top, found {found}")
    if data.get("format") != FORMAT:
        found = "it is missing" if "format" not in data else f"found {_short(data['format'])}"
        raise _fail(name, f"format: not a digifelt rubric template (expected {FORMAT!r}, {found})")
    version = data.get("version")
    if type(version) is not int or version not in SUPPORTED_VERSIONS:
        found = "it is missing" if "version" not in data else f"found {_short(version)}"
        known = " or ".join(map(str, SUPPORTED_VERSIONS))
        problem = f"unsupported template version ({found}; this digifelt reads version {known})"
        raise _fail(name, f"version: {problem}")
    try:
        return RubricTemplate.model_validate(data)
    except PydanticValidationError as exc:
        problems: list[tuple[str, str]] = []
        for err in exc.errors():
            if err["type"] == "rubric_reference":
                problems.extend(err["ctx"]["problems"])
            else:
                problems.append(_describe(err))
        problems.sort(key=lambda p: not p[1].startswith("unknown key"))  # typo before "missing"
        where, what = problems[0]
        more = len(problems) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        raise _fail(name, f"{where}: {what}{suffix}") from None


def _read_bounded(path: Path, name: str) -> bytes:
    """The file's bytes, refusing anything but a regular file of at most MAX_TEMPLATE_BYTES.

    Opened without blocking and checked on the open handle: a FIFO would wait for a writer
    forever, and a device such as /dev/zero reports size 0 and never ends.
    """
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        if not stat.S_ISREG(info.st_mode):
            raise _fail(name, "is not a regular file (a device, pipe or socket); "
                        "give the path of a rubric template file")
        raw = file.read(MAX_TEMPLATE_BYTES + 1)
    if len(raw) > MAX_TEMPLATE_BYTES:
        size = max(info.st_size, len(raw))
        raise _fail(name, f"file is too large for a rubric template ({size} bytes, limit 5 MB)")
    return raw


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    title: str
    language: str
    path: Path


def builtin_templates() -> list[TemplateInfo]:
    """The rubric templates shipped in ``resources/rubrics/``, sorted by id."""
    infos = []
    for file in resource_path("rubrics").glob("*.yaml"):
        t = load_template(file)
        infos.append(TemplateInfo(id=t.id, title=t.title, language=t.language, path=file))
    return sorted(infos, key=lambda info: info.id)


def find_template(id_or_path: str) -> RubricTemplate:
    """Load a template file by path, or a built-in template by id."""
    with contextlib.suppress(OSError):  # e.g. a name too long to be a path: then it is not a file
        if Path(id_or_path).is_file():
            return load_template(id_or_path)
    builtins = builtin_templates()
    for info in builtins:
        if info.id == id_or_path:
            return load_template(info.path)
    available = ", ".join(info.id for info in builtins) or "none"
    raise TemplateError(
        f"unknown template {id_or_path!r}: not a template file and not a built-in template id "
        f"(available: {available})"
    )
