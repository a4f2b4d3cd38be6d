"""Survey results: per question the answer counts per respondent group, never a respondent's row.

`SurveyQuestion.distribution` (JSON) for a scale question:

    {"all":    {"n": 40, "missing": 2, "counts": [3, 10, 20, 7]},
     "groups": {"<respondent_group id>": {"n": 12, "missing": 0, "counts": [...]}, ...}}

`counts[i]` is the number of answers with `scale[i]` (scale ordered low → high); `n` is the
number of answers (sum of counts) and `missing` the respondents who left the question blank.
Respondents without a group count in "all" only. A free-text question has `scale` null and
only {"all": {"n": answers, "missing": blanks}}; its answers are entries of the survey,
linked through `survey_answer`. What may be *shown* is decided by
core.services.surveys.shown_distribution (small cells and their complements suppressed).
"""

from sqlalchemy import JSON
from sqlmodel import Column, Field, SQLModel

from digifelt.core.models.base import Record

SURVEY_QUESTION_KINDS = ("scale", "free_text")


class SurveyQuestion(Record, table=True):
    __tablename__ = "survey_question"

    activity_id: str = Field(foreign_key="activity.id", index=True, ondelete="CASCADE")
    order: int = 0
    kind: str = "scale"
    text: str  # the column header, as in the file
    # none_as_null: a free-text question has no scale, stored as NULL (as a bundle writes it),
    # not as the JSON text "null".
    scale: list[str] | None = Field(default=None,
                                    sa_column=Column(JSON(none_as_null=True), nullable=True))
    distribution: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    valence: str = "neutral"


class SurveyQuestionIndicator(SQLModel, table=True):
    __tablename__ = "survey_question_indicator"

    question_id: str = Field(foreign_key="survey_question.id", primary_key=True,
                             ondelete="CASCADE")
    indicator_id: str = Field(
        foreign_key="indicator.id", primary_key=True, index=True, ondelete="CASCADE"
    )


class SurveyAnswer(SQLModel, table=True):
    """Which free-text question an answer (an entry of the survey) answers: a link to the
    column only, never to the respondent's other answers."""

    __tablename__ = "survey_answer"

    question_id: str = Field(foreign_key="survey_question.id", primary_key=True,
                             ondelete="CASCADE")
    entry_id: str = Field(foreign_key="entry.id", primary_key=True, index=True,
                          ondelete="CASCADE")
