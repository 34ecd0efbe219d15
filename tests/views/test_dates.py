"""Days and moments as every view shows them."""

from __future__ import annotations

import pytest

from storyline.views.dates import short_date


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2031-04-12T15:00:00+00:00", "12 Apr 2031 15:00 +0000"),  # stored in UTC: the zone is said
        ("2031-04-12T18:00:00+03:00", "12 Apr 2031 18:00 +0300"),
        ("2031-03-04T00:00:00+00:00", "4 Mar 2031"),  # a publication given as a day is stored at UTC midnight
        ("2031-03-04T00:00:00", "4 Mar 2031"),
        ("2031-03-04T00:00:00+03:00", "4 Mar 2031 00:00 +0300"),  # a local midnight was given as a time
        ("2031-03-04", "4 Mar 2031"),
        (None, "undated"),
    ],
)
def test_a_moment_shows_its_zone_and_a_day_shows_no_time(value: str | None, shown: str) -> None:
    assert short_date(value) == shown
