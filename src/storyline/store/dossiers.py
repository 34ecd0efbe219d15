"""Dossiers as the comparison stage left them: read by the CLI views, the API and the pages."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from datetime import UTC, datetime
from functools import cache

from pydantic import TypeAdapter
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from storyline.model import Dossier
from storyline.store.schema import DossierRow


@cache
def _adapter() -> TypeAdapter[Dossier]:
    return TypeAdapter(Dossier)


def _published(dossier: Dossier) -> list[datetime]:
    return sorted(datetime.fromisoformat(a.published) for a in dossier.articles if a.published)


def save_dossier(session: Session, dossier: Dossier) -> None:
    dates = _published(dossier)
    event = dossier.events[0] if dossier.events else None
    session.merge(
        DossierRow(
            story_id=dossier.id,
            title=dossier.title,
            first_published=dates[0] if dates else None,
            last_published=dates[-1] if dates else None,
            articles=len(dossier.articles),
            outlets=len({a.outlet for a in dossier.articles if a.outlet}),
            independent_sources=dossier.independent_sources,
            event_type=event.event_type if event else None,
            sub_event_type=event.sub_event_type if event else None,
            country=event.location.country if event and event.location else None,
            place=event.location.name if event and event.location else None,
            fatalities=event.fatalities.best if event else None,
            data=asdict(dossier),
            updated=datetime.now(UTC),
        )
    )


def delete_dossiers(session: Session, story_ids: Iterable[str]) -> None:
    session.execute(delete(DossierRow).where(DossierRow.story_id.in_(list(story_ids))))


def dossier_ids(engine: Engine) -> set[str]:
    with Session(engine) as session:
        return set(session.scalars(select(DossierRow.story_id)))


def load_dossiers(engine: Engine, story_ids: Iterable[str] | None = None) -> list[Dossier]:
    """Dossiers, most recently published story first."""
    query = select(DossierRow.data).order_by(DossierRow.last_published.desc().nulls_last(), DossierRow.story_id)
    if story_ids is not None:
        query = query.where(DossierRow.story_id.in_(list(story_ids)))
    with Session(engine) as session:
        return [_adapter().validate_python(data) for data in session.scalars(query)]
