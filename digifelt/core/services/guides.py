"""Interview guides and observation forms: ordered questions, each linked to indicators."""

from dataclasses import dataclass, field

from sqlalchemy import func
from sqlmodel import Session, delete, select

from digifelt.core.ids import utcnow
from digifelt.core.models import Activity, Guide, GuideQuestion, Indicator, QuestionIndicator
from digifelt.core.services.common import apply_changes, get_or_raise, require_choice, require_text
from digifelt.storage.database import Database

GUIDE_KINDS = ("interview", "observation", "document_review")


@dataclass
class QuestionView:
    question: GuideQuestion
    indicator_ids: list[str] = field(default_factory=list)


@dataclass
class GuideView:
    guide: Guide
    questions: list[QuestionView] = field(default_factory=list)


def add_guide(db: Database, *, kind: str, title: str, group_id: str | None = None) -> Guide:
    require_choice(kind, GUIDE_KINDS, "kind")
    require_text(title, "title")
    with db.transaction() as s:
        guide = Guide(kind=kind, title=title, group_id=group_id)
        s.add(guide)
    return guide


def update_guide(db: Database, guide_id: str, **changes) -> Guide:
    with db.transaction() as s:
        guide = get_or_raise(s, Guide, guide_id, "guide")
        apply_changes(guide, changes, ("title", "group_id", "kind"))
    return guide


def delete_guide(db: Database, guide_id: str) -> None:
    with db.transaction() as s:
        s.delete(get_or_raise(s, Guide, guide_id, "guide"))


def list_guides(db: Database) -> list[Guide]:
    with db.read() as s:
        return list(s.exec(select(Guide).order_by(Guide.kind, Guide.title)).all())


def get_guide(db: Database, guide_id: str, *, activity_id: str | None = None) -> GuideView:
    """The guide's shared questions, and with `activity_id` that activity's own ad-hoc
    questions among them (in the order they were added)."""
    with db.read() as s:
        view = GuideView(get_or_raise(s, Guide, guide_id, "guide"))
        own = GuideQuestion.activity_id.is_(None)
        if activity_id is not None:
            own = own | (GuideQuestion.activity_id == activity_id)
        questions = s.exec(select(GuideQuestion).where(GuideQuestion.guide_id == guide_id, own)
                           .order_by(GuideQuestion.order)).all()
        links = s.exec(select(QuestionIndicator)
                       .where(QuestionIndicator.question_id.in_([q.id for q in questions]))
                       .order_by(QuestionIndicator.order)).all()
    by_q: dict[str, list[str]] = {}
    for link in links:
        by_q.setdefault(link.question_id, []).append(link.indicator_id)
    view.questions = [QuestionView(q, by_q.get(q.id, [])) for q in questions]
    return view


def _set_links(s: Session, question_id: str, indicator_ids: list[str]) -> None:
    s.exec(delete(QuestionIndicator).where(QuestionIndicator.question_id == question_id))
    for n, ind_id in enumerate(dict.fromkeys(indicator_ids)):
        get_or_raise(s, Indicator, ind_id, "indicator")
        s.add(QuestionIndicator(question_id=question_id, indicator_id=ind_id, order=n))


def add_question(db: Database, *, guide_id: str, text: str,
                 indicator_ids: list[str] | None = None,
                 activity_id: str | None = None) -> GuideQuestion:
    """Append a question to the guide, or with `activity_id` an ad-hoc question asked in that
    activity only: the guide's other activities never show it."""
    require_text(text, "question")
    with db.transaction() as s:
        get_or_raise(s, Guide, guide_id, "guide")
        if activity_id is not None:
            get_or_raise(s, Activity, activity_id, "activity")
        order = s.exec(select(func.coalesce(func.max(GuideQuestion.order) + 1, 0))
                       .where(GuideQuestion.guide_id == guide_id)).one()
        question = GuideQuestion(guide_id=guide_id, text=text, order=order,
                                 activity_id=activity_id)
        s.add(question)
        s.flush()
        _set_links(s, question.id, indicator_ids or [])
    return question


def update_question(db: Database, question_id: str, *, text: str | None = None,
                    indicator_ids: list[str] | None = None) -> GuideQuestion:
    with db.transaction() as s:
        question = get_or_raise(s, GuideQuestion, question_id, "question")
        if text is not None:
            apply_changes(question, {"text": require_text(text, "question")}, ("text",))
        if indicator_ids is not None:
            _set_links(s, question_id, indicator_ids)
            question.updated_at = utcnow()  # links are part of the question when merging
    return question


def delete_question(db: Database, question_id: str) -> None:
    with db.transaction() as s:
        s.delete(get_or_raise(s, GuideQuestion, question_id, "question"))


def share_question(db: Database, question_id: str) -> GuideQuestion:
    """An ad-hoc question becomes part of its guide, for every activity that uses it."""
    with db.transaction() as s:
        question = get_or_raise(s, GuideQuestion, question_id, "question")
        apply_changes(question, {"activity_id": None}, ("activity_id",))
    return question


def move_question(db: Database, question_id: str, new_index: int) -> None:
    """`new_index` among the guide's shared questions (the Plan page's list)."""
    with db.transaction() as s:
        question = get_or_raise(s, GuideQuestion, question_id, "question")
        others = [q for q in s.exec(select(GuideQuestion)
                                    .where(GuideQuestion.guide_id == question.guide_id,
                                           GuideQuestion.activity_id.is_(None))
                                    .order_by(GuideQuestion.order)).all() if q.id != question.id]
        others.insert(max(0, min(new_index, len(others))), question)
        for n, item in enumerate(others):
            item.order = n
