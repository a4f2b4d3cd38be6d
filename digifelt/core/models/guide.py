"""Interview guides, observation forms and review checklists with indicator-linked questions."""

from sqlmodel import Field, SQLModel

from digifelt.core.models.base import Record


class Guide(Record, table=True):
    kind: str  # interview | observation | document_review
    title: str
    group_id: str | None = Field(
        default=None, foreign_key="respondent_group.id", index=True, ondelete="SET NULL"
    )
    template_key: str | None = None


class GuideQuestion(Record, table=True):
    __tablename__ = "guide_question"

    guide_id: str = Field(foreign_key="guide.id", index=True, ondelete="CASCADE")
    text: str
    order: int = 0
    # Set for an ad-hoc question asked in one activity only: it is not part of the shared
    # guide, so other interviews (finished ones too) never show it unanswered.
    activity_id: str | None = Field(
        default=None, foreign_key="activity.id", index=True, ondelete="CASCADE"
    )


class QuestionIndicator(SQLModel, table=True):
    __tablename__ = "question_indicator"

    question_id: str = Field(foreign_key="guide_question.id", primary_key=True, ondelete="CASCADE")
    indicator_id: str = Field(
        foreign_key="indicator.id", primary_key=True, index=True, ondelete="CASCADE"
    )
    order: int = 0
