"""project.json of an evidence bundle (formats 1 and 2): its pydantic models.

Import validates twice: against the shipped JSON Schema (exports.bundle.json_schema: the
published contract, with messages that name the place in the document) and by parsing into
these models (typed values for the converter). Unknown fields are ignored: a newer digifelt
may add some.
"""

import math
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
)
from pydantic import ValidationError as PydanticValidationError

from digifelt.core.filenames import safe_filename
from digifelt.core.number_rules import SQL_MAX, SQL_MIN
from digifelt.core.text_rules import text_problem
from digifelt.exports.bundle.errors import BundleError

FORMAT = "digifelt-bundle"
VERSION = 2  # written; 1 is still read (it has no histories and no provisional levels)
READABLE = (1, 2)
SCHEMA_FILES = {1: ("schemas", "bundle-v1.schema.json"), 2: ("schemas", "bundle-v2.schema.json")}
SCHEMA_FILE = SCHEMA_FILES[VERSION]

# The same values the services would accept, so that nothing a bundle brings in is
# something the app could not have made: ids as digifelt writes them (lower case: an upper
# case copy of an id would be a second object), integers SQLite can store, finite numbers,
# texts by the services' text rules, times not from the future (they would win every later
# merge; a day allows for clocks that are off), attachment names made safe.
ID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Int = Annotated[int, Field(ge=SQL_MIN, le=SQL_MAX)]
Count = Annotated[int, Field(ge=0, le=SQL_MAX)]
CLOCK_SKEW = timedelta(days=1)


def _text(value: str) -> str:
    if problem := text_problem(value):
        raise ValueError(problem)
    return value


def _name(value: str) -> str:
    if problem := text_problem(value, name=True):
        raise ValueError(problem)
    return value


def _title(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return _name(value)


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise ValueError("must be a finite number")
    return value


Text = Annotated[str, AfterValidator(_text)]  # notes, memos, descriptions
Name = Annotated[str, AfterValidator(_name)]  # titles, names, codes, labels
Title = Annotated[str, AfterValidator(_title)]  # a Name the services require (require_text)
FileName = Annotated[str, AfterValidator(safe_filename)]
Seconds = Annotated[float, AfterValidator(_finite)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class _Object(_Model):
    id: Id
    created_at: AwareDatetime
    updated_at: AwareDatetime


class ProjectModel(_Object):
    title: Title
    organisation: Title
    language: Literal["nb", "en"]
    period: Name | None = None
    description: Text | None = None
    template_id: Text | None = None
    rubric_title: Name | None = None
    retention_date: date | None = None
    commissioner: Name | None = None
    assessing_org: Name | None = None
    report_version: Name | None = None


class ScaleLevelModel(_Object):
    value: Int
    label: Title
    description: Text | None = None


class IndicatorModel(_Object):
    code: Title
    title: Title
    description: Text | None = None
    lookfors: list[Name] = Field(default_factory=list)
    order: Int = 0


class AreaModel(_Object):
    code: Title
    title: Title
    description: Text | None = None
    order: Int = 0
    indicators: list[IndicatorModel] = Field(default_factory=list)


class RubricModel(_Model):
    template_id: Text | None = None
    title: Name
    scale: list[ScaleLevelModel] = Field(default_factory=list)
    areas: list[AreaModel] = Field(default_factory=list)


class AssessorModel(_Object):
    name: Title
    initials: Name | None = None


class GroupModel(_Object):
    name: Title
    description: Text | None = None


class ParticipantModel(_Object):
    group_id: Id | None = None
    name: Name | None = None
    role: Name | None = None
    pseudonym: Name | None = None


class QuestionModel(_Object):
    text: Title
    order: Int = 0
    indicator_ids: list[Id] = Field(default_factory=list)
    indicator_orders: list[Int] | None = None
    activity_id: Id | None = None  # an ad-hoc question of that activity only (schema 0008)


class GuideModel(_Object):
    kind: Literal["interview", "observation", "document_review"]
    title: Title
    group_id: Id | None = None
    template_key: Text | None = None
    questions: list[QuestionModel] = Field(default_factory=list)


class DocumentModel(_Model):
    title: Name | None = None
    doc_type: Name | None = None
    doc_date: date | None = None
    owner: Name | None = None
    reference: Name | None = None
    attachment_id: Id | None = None


class EntryModel(_Object):
    text: Text
    question_id: Id | None = None
    offset_s: Seconds | None = None
    author_id: Id | None = None
    order: Int = 0


class ActivityModel(_Object):
    kind: Literal["interview", "observation", "document_review", "survey", "workshop"]
    title: Title
    status: Literal["planned", "in_progress", "done"]
    started_at: AwareDatetime | None = None
    ended_at: AwareDatetime | None = None
    place: Name | None = None
    guide_id: Id | None = None
    assessor_ids: list[Id] = Field(default_factory=list)
    group_ids: list[Id] = Field(default_factory=list)
    participant_ids: list[Id] = Field(default_factory=list)
    headcount: Count | None = None
    # Schema 0008: planned apart from actual times, consent, a survey's invitations per group.
    planned_start: AwareDatetime | None = None
    planned_end: AwareDatetime | None = None
    info_letter_given: bool | None = None
    consent_given: bool | None = None
    consent_by: Id | None = None
    survey_invited: dict[Name, Count] | None = None
    document: DocumentModel | None = None
    entries: list[EntryModel] = Field(default_factory=list)


class ExcerptModel(_Object):
    entry_id: Id | None = None
    attachment_id: Id | None = None
    activity_id: Id | None = None
    page: Annotated[int, Field(ge=1, le=SQL_MAX)] | None = None
    start: Count | None = None
    end: Count | None = None
    text: Text
    kind: Literal["quote", "paraphrase"]
    valence: Literal["strength", "gap", "neutral"]
    starred: bool
    memo: Text | None = None
    author_id: Id | None = None
    indicator_ids: list[Id] = Field(default_factory=list)
    detached: bool = False


class AttachmentModel(_Object):
    sha256: Sha256
    filename: FileName = Field(min_length=1)
    media_type: Name
    size: Count
    caption: Text | None = None
    activity_id: Id | None = None
    entry_id: Id | None = None


class FindingModel(_Object):
    indicator_id: Id
    level: Int | None = None
    strengths: Text | None = None
    improvements: Text | None = None
    actions: Text | None = None
    reflection: Text | None = None
    excerpt_ids: list[Id] = Field(default_factory=list)
    excerpt_orders: list[Int] | None = None
    status: Literal["draft", "agreed", "not_assessed"]
    author_id: Id | None = None


class AreaSummaryModel(_Object):
    area_id: Id
    summary: Text | None = None
    strengths: Text | None = None
    improvements: Text | None = None
    author_id: Id | None = None


class SurveyCell(_Model):
    """Answer counts of one group (or of everyone) to one survey question."""

    n: Count
    missing: Count = 0
    counts: list[Count] | None = None


class SurveyDistribution(_Model):
    all: SurveyCell
    groups: dict[Id, SurveyCell] = Field(default_factory=dict)


class SurveyQuestionModel(_Object):
    activity_id: Id
    order: Int = 0
    kind: Literal["scale", "free_text"]
    text: Title
    scale: list[Name] | None = None
    distribution: SurveyDistribution
    valence: Literal["strength", "gap", "neutral"]
    indicator_ids: list[Id] = Field(default_factory=list)
    entry_ids: list[Id] = Field(default_factory=list)


class ProvisionalLevelModel(_Object):
    indicator_id: Id
    assessor_id: Id
    level: Int | None = None
    rationale: Text | None = None


Replica = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{1,32}$")]
KindName = Literal["project", "assessor", "scale_level", "area", "indicator",
                   "respondent_group", "participant", "guide", "guide_question", "activity",
                   "entry", "attachment", "excerpt", "finding", "area_summary",
                   "provisional_level", "survey_question"]


class Dot(_Model):
    replica: Replica
    n: Annotated[int, Field(ge=1, le=SQL_MAX)]


class VersionRef(_Model):
    kind: KindName
    id: Id
    vv: list[Dot]
    by: Id | None = None


class TombstoneModel(_Model):
    kind: KindName
    id: Id
    vv: list[Dot]
    deleted_at: AwareDatetime
    by: Id | None = None


class ConflictModel(_Model):
    """A version concurrent with the object's current one; `version` in row form (checked by
    the rules of its kind when the bundle is read), None for a deletion."""

    kind: KindName
    object_id: Id
    vv: list[Dot]
    deleted: bool
    deleted_at: AwareDatetime | None = None
    by: Id | None = None
    version: dict | None = None


class HistoryModel(_Model):
    versions: list[VersionRef] = Field(default_factory=list)
    tombstones: list[TombstoneModel] = Field(default_factory=list)
    conflicts: list[ConflictModel] = Field(default_factory=list)


class BundleDocument(_Model):
    format: Literal["digifelt-bundle"]
    version: Literal[1, 2]
    bundle_id: Id | None = None
    exported_at: AwareDatetime
    exported_by: Id | None = None
    app_version: Text | None = None
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
    provisional_levels: list[ProvisionalLevelModel] = Field(default_factory=list)
    survey_questions: list[SurveyQuestionModel] = Field(default_factory=list)
    history: HistoryModel | None = None


def _place(path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def parse_document(data: dict) -> BundleDocument:
    try:
        doc = BundleDocument.model_validate(data)
    except PydanticValidationError as exc:
        first = exc.errors()[0]
        message = first["msg"].removeprefix("Value error, ")
        raise BundleError(f"project.json: {_place(first['loc'])}: {message}") from None
    check_values(doc)
    return doc


def _refuse(place: str, message: str):
    raise BundleError(f"project.json: {place}: {message}")


def _objects(doc: BundleDocument):
    """(place, object) for every object with an id and times."""
    yield "project", doc.project
    for key, items in (("rubric.scale", doc.rubric.scale), ("assessors", doc.assessors),
                       ("groups", doc.groups), ("participants", doc.participants),
                       ("excerpts", doc.excerpts), ("attachments", doc.attachments),
                       ("findings", doc.findings), ("area_summaries", doc.area_summaries),
                       ("provisional_levels", doc.provisional_levels),
                       ("survey_questions", doc.survey_questions)):
        for n, item in enumerate(items):
            yield f"{key}[{n}]", item
    for a, area in enumerate(doc.rubric.areas):
        yield f"rubric.areas[{a}]", area
        for i, ind in enumerate(area.indicators):
            yield f"rubric.areas[{a}].indicators[{i}]", ind
    for g, guide in enumerate(doc.guides):
        yield f"guides[{g}]", guide
        for q, question in enumerate(guide.questions):
            yield f"guides[{g}].questions[{q}]", question
    for a, act in enumerate(doc.activities):
        yield f"activities[{a}]", act
        for e, entry in enumerate(act.entries):
            yield f"activities[{a}].entries[{e}]", entry


def _check_times(doc: BundleDocument) -> None:
    limit = datetime.now(UTC) + CLOCK_SKEW
    for place, obj in _objects(doc):
        for key in ("created_at", "updated_at"):
            value = getattr(obj, key)
            if value > limit:
                _refuse(f"{place}.{key}", f"{value.isoformat()} is in the future")


def check_values(doc: BundleDocument) -> None:
    """The rules the services apply across objects: a finding's level is on the scale, an
    excerpt has words, and a file belongs to the same activity as its note, its excerpts and
    the document review that shows it. (References themselves are checked by verify.)"""
    _check_times(doc)
    levels = {level.value for level in doc.rubric.scale}
    for n, finding in enumerate(doc.findings):
        if finding.level is not None and finding.level not in levels:
            _refuse(f"findings[{n}]", f"level {finding.level} is not on the scale")
    for n, mine in enumerate(doc.provisional_levels):
        if mine.level is not None and mine.level not in levels:
            _refuse(f"provisional_levels[{n}]", f"level {mine.level} is not on the scale")
    entry_activity = {e.id: a.id for a in doc.activities for e in a.entries}
    attachment_activity = {}
    for n, att in enumerate(doc.attachments):
        owner = entry_activity.get(att.entry_id)
        if att.activity_id and owner and owner != att.activity_id:
            _refuse(f"attachments[{n}]", "activity_id is not its entry's activity")
        attachment_activity[att.id] = att.activity_id or owner
    for n, act in enumerate(doc.activities):
        shown = act.document.attachment_id if act.document else None
        if attachment_activity.get(shown) not in (None, act.id):
            _refuse(f"activities[{n}]", "document.attachment_id is a file of another activity")
    for n, ex in enumerate(doc.excerpts):
        if not ex.text.strip():
            _refuse(f"excerpts[{n}]", "the excerpt text must not be empty")
        if ex.start is not None and ex.end is not None and ex.start >= ex.end:
            _refuse(f"excerpts[{n}]", f"span {ex.start}–{ex.end} is empty")
        activity = ex.activity_id or entry_activity.get(ex.entry_id)
        if attachment_activity.get(ex.attachment_id) not in (None, activity):
            _refuse(f"excerpts[{n}]", "attachment_id is a file of another activity")
