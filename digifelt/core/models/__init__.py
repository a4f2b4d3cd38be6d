"""All SQLModel tables; importing this package registers every table on the metadata."""

from digifelt.core.models.activity import (
    ACTIVITY_KINDS,
    ACTIVITY_STATUSES,
    CAPTURE_KINDS,
    Activity,
    ActivityAssessor,
    ActivityGroup,
    ActivityParticipant,
    Entry,
)
from digifelt.core.models.after_visit import (
    ACTION_STATUSES,
    COMMENT_RESPONSES,
    COMMENT_TARGETS,
    REPORT_VERSION_KINDS,
    ActionItem,
    FactCheckComment,
    PreviousLevel,
    ReportVersion,
)
from digifelt.core.models.base import Record, SQLModel
from digifelt.core.models.evidence import (
    EXCERPT_KINDS,
    VALENCES,
    Attachment,
    Blob,
    Excerpt,
    ExcerptIndicator,
)
from digifelt.core.models.findings import (
    FINDING_STATUSES,
    AreaSummary,
    Finding,
    FindingExcerpt,
    ProvisionalLevel,
)
from digifelt.core.models.guide import Guide, GuideQuestion, QuestionIndicator
from digifelt.core.models.merge import Conflict, ImportLog, Revision
from digifelt.core.models.people import Participant, RespondentGroup
from digifelt.core.models.project import Assessor, Project
from digifelt.core.models.rubric import Area, Indicator, ScaleLevel
from digifelt.core.models.survey import (
    SURVEY_QUESTION_KINDS,
    SurveyAnswer,
    SurveyQuestion,
    SurveyQuestionIndicator,
)
from digifelt.core.models.tally import EvidenceTally

metadata = SQLModel.metadata

__all__ = [
    "ACTION_STATUSES", "COMMENT_RESPONSES", "COMMENT_TARGETS", "REPORT_VERSION_KINDS",
    "ActionItem", "FactCheckComment", "PreviousLevel", "ReportVersion",
    "ACTIVITY_KINDS", "ACTIVITY_STATUSES", "CAPTURE_KINDS", "EXCERPT_KINDS", "FINDING_STATUSES",
    "VALENCES",
    "Activity", "ActivityAssessor", "ActivityGroup", "ActivityParticipant", "Area",
    "AreaSummary", "Assessor", "Attachment", "Blob", "Conflict", "Entry", "EvidenceTally",
    "Excerpt", "ExcerptIndicator", "Finding", "FindingExcerpt", "Guide", "GuideQuestion",
    "ImportLog",
    "Indicator", "Participant", "Project", "ProvisionalLevel", "QuestionIndicator", "Record",
    "RespondentGroup", "Revision", "SURVEY_QUESTION_KINDS",
    "ScaleLevel", "SurveyAnswer", "SurveyQuestion", "SurveyQuestionIndicator", "metadata",
]
