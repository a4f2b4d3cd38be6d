"""project.json of an evidence bundle (format 1): its JSON Schema and its pydantic models.

Import validates twice: against the shipped JSON Schema (the published contract, with
messages that name the place in the document) and by parsing into these models (typed
values for the converter). Unknown fields are ignored: a newer digifelt may add some.
"""

import json
from datetime import date
from functools import cache
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints
from pydantic import ValidationError as PydanticValidationError

from digifelt.exports.bundle.errors import BundleError
from digifelt.resource_paths import resource_path

FORMAT = "digifelt-bundle"
VERSION = 1
SCHEMA_FILE = ("schemas", "bundle-v1.schema.json")

Id = Annotated[str, StringConstraints(
    pattern=r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class _Object(_Model):
    id: Id
    created_at: AwareDatetime
    updated_at: AwareDatetime


class ProjectModel(_Object):
    title: str
    organisation: str
    language: Literal["nb", "en"]
    period: str | None = None
    description: str | None = None
    template_id: str | None = None
    rubric_title: str | None = None
    retention_date: date | None = None


class ScaleLevelModel(_Object):
    value: int
    label: str
    description: str | None = None


class IndicatorModel(_Object):
    code: str
    title: str
    description: str | None = None
    lookfors: list[str] = Field(default_factory=list)
    order: int = 0


class AreaModel(_Object):
    code: str
    title: str
    description: str | None = None
    order: int = 0
    indicators: list[IndicatorModel] = Field(default_factory=list)


class RubricModel(_Model):
    template_id: str | None = None
    title: str
    scale: list[ScaleLevelModel] = Field(default_factory=list)
    areas: list[AreaModel] = Field(default_factory=list)


class AssessorModel(_Object):
    name: str
    initials: str | None = None


class GroupModel(_Object):
    name: str
    description: str | None = None


class ParticipantModel(_Object):
    group_id: Id | None = None
    name: str | None = None
    role: str | None = None
    pseudonym: str | None = None


class QuestionModel(_Object):
    text: str
    order: int = 0
    indicator_ids: list[Id] = Field(default_factory=list)
    indicator_orders: list[int] | None = None


class GuideModel(_Object):
    kind: Literal["interview", "observation", "document_review"]
    title: str
    group_id: Id | None = None
    template_key: str | None = None
    questions: list[QuestionModel] = Field(default_factory=list)


class DocumentModel(_Model):
    title: str | None = None
    doc_type: str | None = None
    doc_date: date | None = None
    owner: str | None = None
    reference: str | None = None
    attachment_id: Id | None = None


class EntryModel(_Object):
    text: str
    question_id: Id | None = None
    offset_s: float | None = None
    author_id: Id | None = None
    order: int = 0


class ActivityModel(_Object):
    kind: Literal["interview", "observation", "document_review"]
    title: str
    status: Literal["planned", "in_progress", "done"]
    started_at: AwareDatetime | None = None
    ended_at: AwareDatetime | None = None
    place: str | None = None
    guide_id: Id | None = None
    assessor_ids: list[Id] = Field(default_factory=list)
    group_ids: list[Id] = Field(default_factory=list)
    participant_ids: list[Id] = Field(default_factory=list)
    headcount: int | None = Field(default=None, ge=0)
    document: DocumentModel | None = None
    entries: list[EntryModel] = Field(default_factory=list)


class ExcerptModel(_Object):
    entry_id: Id | None = None
    attachment_id: Id | None = None
    activity_id: Id | None = None
    page: int | None = Field(default=None, ge=1)
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    text: str
    kind: Literal["quote", "paraphrase"]
    valence: Literal["strength", "gap", "neutral"]
    starred: bool
    memo: str | None = None
    author_id: Id | None = None
    indicator_ids: list[Id] = Field(default_factory=list)
    detached: bool = False


class AttachmentModel(_Object):
    sha256: Sha256
    filename: str = Field(min_length=1)
    media_type: str
    size: int = Field(ge=0)
    caption: str | None = None
    activity_id: Id | None = None
    entry_id: Id | None = None


class FindingModel(_Object):
    indicator_id: Id
    level: int | None = None
    strengths: str | None = None
    improvements: str | None = None
    actions: str | None = None
    excerpt_ids: list[Id] = Field(default_factory=list)
    excerpt_orders: list[int] | None = None
    status: Literal["draft", "agreed"]
    author_id: Id | None = None


class AreaSummaryModel(_Object):
    area_id: Id
    summary: str | None = None
    strengths: str | None = None
    improvements: str | None = None
    author_id: Id | None = None


class BundleDocument(_Model):
    format: Literal["digifelt-bundle"]
    version: Literal[1]
    bundle_id: Id | None = None
    exported_at: AwareDatetime
    exported_by: Id | None = None
    app_version: str | None = None
    pseudonymised: bool
    project: ProjectModel
    rubric: RubricModel
    assessors: list[AssessorModel] = Field(default_factory=list)
    groups: list[GroupModel] = Field(default_factory=list)
    participants: list[ParticipantModel] = Field(default_factory=list)
    guides: list[GuideModel] = Field(default_factory=list)
    activities: list[ActivityModel] = Field(default_factory=list)
    excerpts: list[ExcerptModel] = Field(default_factory=list)
    attachments: list[AttachmentModel] = Field(default_factory=list)
    findings: list[FindingModel] = Field(default_factory=list)
    area_summaries: list[AreaSummaryModel] = Field(default_factory=list)


@cache
def schema() -> dict:
    return json.loads(resource_path(*SCHEMA_FILE).read_text(encoding="utf-8"))


@cache
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


def _place(path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def check_format(data) -> None:
    """Refuse anything that is not a bundle of a format version this digifelt reads."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BundleError("project.json: not a digifelt bundle (format is not "
                          f"{FORMAT!r})")
    version = data.get("version")
    if version != VERSION:
        raise BundleError(f"project.json: bundle format version {version!r} is not supported "
                          f"(this digifelt reads version {VERSION}); update digifelt")


@cache
def _compiled():
    from digifelt.exports.bundle.schemacheck import compile_schema

    return compile_schema(schema())


def _resolve(node: dict) -> dict:
    """Follow a $ref, and step into the non-null branch of an "X or null" anyOf."""
    while True:
        if "$ref" in node:
            node = schema()["$defs"][node["$ref"].removeprefix("#/$defs/")]
        elif "anyOf" in node and "properties" not in node and "items" not in node:
            branches = [b for b in node["anyOf"] if b != {"type": "null"}]
            if len(branches) != 1:
                return node
            node = branches[0]
        else:
            return node


def validate_schema(data: dict) -> None:
    """Check project.json against bundle-v1.schema.json.

    The schema runs compiled (fast); on a failure jsonschema, the reference implementation,
    re-checks the failing top-level object and words the message.
    """
    from jsonschema.exceptions import best_match

    from digifelt.exports.bundle.schemacheck import Invalid

    try:
        _compiled()(data)
        return
    except Invalid as exc:
        path, message = list(exc.path), str(exc)
    target, subschema = data, schema()
    for key in path:  # jsonschema only looks at the failing node: fast on any size
        subschema = _resolve(subschema)
        subschema = subschema["properties"][key] if isinstance(key, str) else subschema["items"]
        target = target[key]
    validator = _validator()
    shallow = {k: v for k, v in _resolve(subschema).items() if k not in ("properties", "items")}
    error = (best_match(validator.evolve(schema=shallow).iter_errors(target))
             or best_match(validator.evolve(schema=subschema).iter_errors(target)))
    if error is not None:
        path, message = path + list(error.absolute_path), error.message
    message = message if len(message) <= 160 else message[:157] + "…"
    raise BundleError(f"project.json: {_place(path)}: {message}")


def parse_document(data: dict) -> BundleDocument:
    try:
        return BundleDocument.model_validate(data)
    except PydanticValidationError as exc:
        first = exc.errors()[0]
        raise BundleError(f"project.json: {_place(first['loc'])}: {first['msg']}") from None
