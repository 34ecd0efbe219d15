"""How a day or a moment is shown to a reader, in every view."""

from __future__ import annotations

from datetime import datetime, time, timedelta


def short_date(value: str | None) -> str:
    """ "12 Apr 2031 15:00 +0000" for a moment, "12 Apr 2031" for a day. A publication given without its time of
    day is stored as that day's UTC midnight: a moment exactly at it is shown as the day, not as a time no source
    gave."""
    if not value:
        return "undated"
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return value[:16]
    if len(value) <= 10 or (parsed.time() == time(0) and parsed.utcoffset() in (None, timedelta(0))):
        return parsed.strftime("%-d %b %Y")
    return parsed.strftime("%-d %b %Y %H:%M") + (parsed.strftime(" %z") if parsed.tzinfo else "")
