"""Boilerplate removal: page furniture is cut whole, recorded with its reason and place; prose is kept."""

from __future__ import annotations

import pytest

from storyline.ingest.clean import byline_names, strip_boilerplate
from storyline.ingest.text import read_text

PROSE = [
    "The tram line to Velmora harbour carried its first passengers on Wednesday, a year late.",
    "Mayor Oskar Lind rode the first tram from the central station with a group of schoolchildren.",
    "Residents of the harbour district said the building works had kept them awake for two years.",
    "The transport office said trams would run every ten minutes from six in the morning.",
    "A second line, to the university, is due to open in three years if the council finds the money.",
]
FURNITURE = {
    "share": "Share this @velmoratimes.example",
    "caption": "Mayor Oskar Lind waves from the first tram. (Photo: Ines Dalca / The Velmora Times)",
    "related": "Related: Why the harbour tram ran a year late",
    "cookie": "We use cookies to give you the best experience. Accept all cookies or manage settings.",
    "newsletter": "Sign up for our newsletter: the Velmora morning briefing, delivered to your inbox.",
    "bio": "Piet Rautio is a staff reporter at The Velmora Times covering transport and the harbour.",
}


def test_each_kind_of_furniture_is_removed_with_its_reason_and_place():
    paragraphs = [
        FURNITURE["share"],
        PROSE[0],
        FURNITURE["caption"],
        PROSE[1],
        FURNITURE["related"],
        PROSE[2],
        FURNITURE["cookie"],
        PROSE[3],
        FURNITURE["newsletter"],
        PROSE[4],
        FURNITURE["bio"],
    ]
    clean, removed = strip_boilerplate("\n\n".join(paragraphs))
    assert clean == "\n\n".join(PROSE)
    assert [(r.reason, r.text) for r in removed] == [
        ("share", FURNITURE["share"]),
        ("caption", FURNITURE["caption"]),
        ("related", FURNITURE["related"]),
        ("cookie", FURNITURE["cookie"]),
        ("newsletter", FURNITURE["newsletter"]),
        ("bio", FURNITURE["bio"]),
    ]
    # each removal is placed where it stood: right before the paragraph that followed it
    assert [r.at for r in removed[:-1]] == [clean.index(p) for p in PROSE]
    assert removed[-1].at == len(clean)  # the bio stood at the very end
    for removal in removed:
        assert 0 <= removal.at <= len(clean)


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("Most read", ["1. Fuel prices rise for a third month", "2. Lenby United sign a new coach"]),
        ("Trending now:", ["• Harbour ferry delayed by fog", "• What the budget means for renters?"]),
        ("More from The Velmora Times", ["Why the tram ran a year late", "The mayor's first hundred days"]),
    ],
)
def test_a_block_of_other_articles_headlines_is_furniture_up_to_the_prose_after_it(heading: str, items: list[str]):
    for at in (2, len(PROSE)):
        paragraphs = [*PROSE[:at], heading, *items, *PROSE[at:]]
        clean, removed = strip_boilerplate("\n\n".join(paragraphs))
        assert clean == "\n\n".join(PROSE)
        assert [(r.reason, r.text) for r in removed] == [("related", p) for p in (heading, *items)]


def test_a_sentence_that_opens_like_a_time_stamp_is_prose():
    for sentence in ("Published figures show 3,000 were displaced.", "Updated rules took effect on May 3."):
        clean, removed = strip_boilerplate("\n\n".join([PROSE[0], sentence]))
        assert not removed and clean.endswith(sentence)


def test_a_heading_like_most_read_inside_prose_or_before_a_sentence_takes_no_prose():
    sentence = "Most read the report as a warning, the mayor said."
    paragraphs = [PROSE[0], "Top stories", PROSE[1], sentence]
    clean, removed = strip_boilerplate("\n\n".join(paragraphs))
    assert clean == "\n\n".join([PROSE[0], PROSE[1], sentence])
    assert [r.text for r in removed] == ["Top stories"]


@pytest.mark.parametrize(
    ("notice", "reason"),
    [
        (
            "Correction: An earlier version of this article said the tram ran to Lenby. It runs to Velmora.",
            "correction",
        ),
        ("CLARIFICATION - The second line is not yet funded.", "correction"),
        ("Correction added March 3, 2031: A caption misnamed the tram driver.", "correction"),
        ("Editor's note: This story has been updated with figures from the transport office.", "correction"),
        ("This article has been amended to give the mayor's full name.", "correction"),
        ("This article was amended on 20 May 2031 to correct the number of injured, given as 32.", "correction"),
        ("© 2031 The Velmora Times. All rights reserved.", "copyright"),
        ("Copyright 2031 Velmora Wire", "copyright"),
        ("Watch: The first tram leaves the central station", "related"),
        ("In pictures: Velmora's new trams", "related"),
        ("Updated at 1:23 p.m.", "timestamp"),
        ("Last updated: 3 November 2031, 10:02 CET", "timestamp"),
    ],
)
def test_notices_about_the_article_and_its_media_are_furniture_wherever_they_stand(notice: str, reason: str):
    for at in (0, 2, len(PROSE)):
        paragraphs = [*PROSE[:at], notice, *PROSE[at:]]
        clean, removed = strip_boilerplate("\n\n".join(paragraphs))
        assert clean == "\n\n".join(PROSE) and [(r.reason, r.text) for r in removed] == [(reason, notice)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Watchdogs said the tram line had cost twice its budget.",
        "Corrections officers at the Velmora jail joined the strike on Monday.",
        "Corrections officers, who had not been paid: the union said pay was late.",
        "The mayor said a previous version of the plan had no second line.",
    ],
)
def test_prose_that_opens_like_a_notice_is_kept(paragraph: str):
    assert strip_boilerplate("\n\n".join([PROSE[0], paragraph, PROSE[1]]))[1] == []


def test_of_a_quotation_paragraph_given_twice_the_second_is_furniture():
    quote = "“The second line will open on time, whatever the council decides.”"
    clean, removed = strip_boilerplate("\n\n".join([PROSE[0], quote, quote, PROSE[1]]))
    assert clean == "\n\n".join([PROSE[0], quote, PROSE[1]]) and [r.reason for r in removed] == ["pullquote"]


def test_a_pull_quote_repeating_a_quotation_of_the_text_is_furniture_before_or_after_it():
    said = '"The second line will open on time," Mayor Oskar Lind said at the station.'
    pull = "“The second line will open on time.”"
    for paragraphs in ([PROSE[0], said, pull, PROSE[1]], [PROSE[0], pull, PROSE[1], said]):
        clean, removed = strip_boilerplate("\n\n".join(paragraphs))
        assert [(r.reason, r.text) for r in removed] == [("pullquote", pull)]
        assert said in clean


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The second line will open on time.”",  # said nowhere else in the text: a quotation of its own
        "“No, not the tram.”",  # too short to tell a repeat from words said twice
    ],
)
def test_a_quotation_paragraph_the_text_does_not_repeat_is_kept(paragraph: str):
    text = "\n\n".join([PROSE[0], paragraph, PROSE[1], '"No, not the tram," the mayor said.'])
    assert strip_boilerplate(text)[1] == []


def test_single_newlines_separate_paragraphs_too():
    clean, removed = strip_boilerplate(f"{PROSE[0]}\n{FURNITURE['share']}\n{PROSE[1]}")
    assert clean == f"{PROSE[0]}\n\n{PROSE[1]}"
    assert [(r.reason, r.at) for r in removed] == [("share", len(PROSE[0]) + 2)]


@pytest.mark.parametrize(
    "line",
    [
        "Share this article",
        "Share on Facebook",
        "Share | Tweet | Email",
        "Facebook Twitter WhatsApp Email",
        "Read more: Harbour fees rise again",
        "Also on velmoratimes.example Ferry strike enters its second week as talks stall",
        "Get the Velmora Times newsletter delivered to your inbox every morning.",
        "Photo: Ines Dalca/The Velmora Times",
        "Councillor Amra Selby, left, and Mayor Oskar Lind, right, at the station.",
        "Follow her on Twitter @inesdalca or on Facebook.",
        "Follow The Velmora Times Opinion section on Facebook, Twitter (@VTopinion) and Instagram.",
        "Follow @VelmoraDeals on Twitter to keep up with the latest deals.",
        "Follow The Velmora Times on WhatsApp for the latest updates.",
        "Join our Telegram channel for breaking news.",
        "Subscribe to Velmora.example’s newsletters.",
        "You can also subscribe to this newsletter here.",
        "Want more from Ines? Sign up for her newsletter, Harbour Notes.",
        "Enter your email address:",
        "Do you support Mayor Oskar Lind? Like the page:",
        "Why won't the council meet on Sundays? Share and comment below.",
    ],
)
def test_other_common_furniture(line: str):
    clean, removed = strip_boilerplate("\n\n".join([PROSE[0], line, PROSE[1]]))
    assert clean == f"{PROSE[0]}\n\n{PROSE[1]}"
    assert [r.text for r in removed] == [line]


@pytest.mark.parametrize(
    "prose",
    [
        "Share prices of the tram operator, Velmora Lines, rose by four percent on the news.",
        "Sharing the road with trams has been hard for cyclists, residents said.",
        "A reporter for The Velmora Times was among those hurt when the barrier fell, police said.",
        "Kell, who was a reporter at The Velmora Times for twenty years before opening her bakery, "
        "hopes the tram will bring her new customers.",
        "The mayor is an award-winning writer of children's books, and she read one of them at the opening.",
        "The bakery on Quay Street uses cookies as a reward for children who bring their own bags.",
        "The photo of the mayor on the tram was shared thousands of times on Wednesday.",
        "Related coverage of the opening continued all afternoon on the city's radio station, the council said.",
        "Also on Wednesday, the council voted to extend the line to the university.",
        "Lawmakers follow the mayor on Twitter and on most other questions, the council's clerk said.",
        "Join the march on Telegraph Hill at noon, the organisers urged residents.",
        "Oskar Lind, Oskar Lind's father and three cousins rode the second tram.",
        "Residents were asked to share and comment on the plans before the council meets in May.",
        "Poll: three in four riders back the new line;",
    ],
)
def test_ordinary_prose_is_kept_even_at_the_end(prose: str):
    text = "\n\n".join([*PROSE[:3], prose])
    clean, removed = strip_boilerplate(text)
    assert removed == []
    assert clean == text


def test_a_bio_like_paragraph_in_the_middle_is_kept():
    bio_like = "Piet Rautio is a staff reporter at The Velmora Times and rode the first tram himself."
    text = "\n\n".join([PROSE[0], bio_like, *PROSE[1:]])
    assert strip_boilerplate(text) == (text, [])


def test_a_bio_followed_only_by_more_furniture_is_removed():
    tail = [FURNITURE["bio"], FURNITURE["related"], FURNITURE["newsletter"], FURNITURE["share"]]
    clean, removed = strip_boilerplate("\n\n".join([*PROSE, *tail]))
    assert clean == "\n\n".join(PROSE)
    assert [r.reason for r in removed] == ["bio", "related", "newsletter", "share"]
    assert all(r.at == len(clean) for r in removed)


@pytest.mark.parametrize(
    "bio",
    [
        "9 years covering the harbour, from the fish market to the ferry docks. Loves trams and old maps.",
        "Piet Rautio — 9 years covering the harbour, from the fish market to the ferry docks.",
    ],
)
def test_years_in_the_field_bio_at_the_end(bio: str):
    clean, removed = strip_boilerplate("\n\n".join([*PROSE, bio]))
    assert "9 years covering" not in clean
    assert [(r.reason, r.text) for r in removed] == [("bio", bio)]


@pytest.mark.parametrize(
    "closing",
    [
        # a bio naming the writer's post
        "Ines Dalca is senior transport editor at The Velmora Times.",
        "Piet Rautio is editor of the editorial page. His opinions are his own.",
        "Piet Rautio is The Velmora Times's harbour correspondent. He has covered the port for a decade.",
        "Ines Dalca is Velmora Wire’s chief foreign affairs correspondent.",
        # a credit
        "Dalca reported from Lenby.",
        "Ines Dalca and Piet Rautio contributed reporting.",
        "Piet Rautio contributed reporting from Harwick. Ines Dalca reported from Lenby, Velmora.",
        "Additional reporting by Ines Dalca; editing by Piet Rautio",
        "(Reporting by Velmora Wire; editing by Ines Dalca)",
        # a bio under its own heading, with the post after a place
        "About the author: Ines Dalca is a correspondent based in Lenby.",
    ],
)
def test_a_closing_bio_or_credit_is_no_claim(closing: str):
    clean, removed = strip_boilerplate("\n\n".join([*PROSE, closing]))
    assert clean == "\n\n".join(PROSE) and [(r.reason, r.text) for r in removed] == [("bio", closing)]


@pytest.mark.parametrize(
    "closing", ["Rautio reported from Harwick that three trams were late.", "Police reported three arrests."]
)
def test_a_closing_report_with_content_is_kept(closing: str):
    assert strip_boilerplate("\n\n".join([*PROSE, closing]))[1] == []


def test_a_style_sheet_left_in_the_text_is_removed_line_by_line():
    sheet = [".bio-card {", "font-family:Georgia, serif;", "-webkit-border-radius: 40px;", "}",
             "@media screen and (max-width: 600px) {", ".bio-card img, .bio-card p {", "height: 200px !important;",
             "}.", "(adsbygoogle = window.adsbygoogle || []).push({});"]  # fmt: skip
    clean, removed = strip_boilerplate("\n".join([PROSE[0], *sheet, PROSE[1]]))
    assert clean == f"{PROSE[0]}\n\n{PROSE[1]}"
    assert [(r.reason, r.text) for r in removed] == [("code", line) for line in sheet]


def test_a_closing_paragraph_opening_with_the_bylines_name_is_a_bio():
    bio = "Piet Rautio has covered the harbour since the ferries were steam-driven. Loves trams and old maps."
    text = "\n\n".join([*PROSE, bio])
    assert strip_boilerplate(text) == (text, [])  # nothing in its words alone says bio
    clean, removed = strip_boilerplate(text, authors=["Piet Rautio"])
    assert clean == "\n\n".join(PROSE) and [r.reason for r in removed] == ["bio"]
    quoted = "Piet Rautio, a tram driver, said the first run was smooth."  # not the byline's person: kept
    assert strip_boilerplate("\n\n".join([*PROSE, quoted]), authors=["Anna Kell"])[1] == []


def test_long_paragraphs_are_never_cut_as_furniture():
    long_caption_like = (
        "The picture agency Getty Images, which sent four photographers to the opening, said it had never "
        "covered a tram launch before. " * 6
    ).strip()
    assert len(long_caption_like) > 600
    text = "\n\n".join([PROSE[0], long_caption_like, PROSE[1]])
    assert strip_boilerplate(text) == (text, [])


def test_the_text_reader_records_what_it_removed():
    text = "\n\n".join(["Tram opens a year late", FURNITURE["share"], *PROSE, FURNITURE["bio"]])
    article = read_text(text, "tram.txt")
    assert article.title == "Tram opens a year late"
    assert article.text == "\n\n".join(PROSE)
    assert article.outlet == "velmoratimes.example"  # from the share line
    assert [r.reason for r in article.removed] == ["share", "bio"]
    assert "Share this" not in article.text and "staff reporter" not in article.text


def test_a_hover_card_glued_into_a_name_is_cut_where_it_stood():
    card = "Oskar LindMayor's tram rides again | Harbour fees rise Lind backs second line MORE"
    text = f"Councillors thanked Mayor Oskar Lind{card} (Velmora Party) for the tram on Wednesday.\n\n{PROSE[1]}"
    clean, removed = strip_boilerplate(text)
    assert clean.startswith("Councillors thanked Mayor Oskar Lind (Velmora Party) for the tram")
    [cut] = removed
    assert (cut.reason, cut.text) == ("card", card)
    assert clean[: cut.at].endswith("Mayor Oskar Lind")


@pytest.mark.parametrize(
    "closing",
    [
        "Have a tip? Ines Dalca may be reached at idalca@velmora.example. Follow her on Twitter @idalca or on "
        "Facebook.\n\nGet the latest updates right in your inbox. Subscribe to Velmora.example’s newsletters.",
        'Piet Rautio\'s book about the harbour, "Low Water" (Quay Press, 2018), is out now. Follow him on Twitter '
        "@prautio. Follow us on Twitter @VelmoraTimes or Facebook.",
        "Follow @VelmoraDeals on Twitter to keep up with the latest deals. Quantities may be limited. Prices are "
        "subject to change without notice and coupons may expire at any time. The Times may receive a commission "
        "on orders placed through this article.",
    ],
)
def test_closing_contact_lines_and_disclaimers_are_furniture(closing: str):
    clean, removed = strip_boilerplate("\n\n".join([*PROSE[:2], closing]))
    assert clean == "\n\n".join(PROSE[:2])
    assert removed


def test_a_long_run_of_letters_is_cleaned_in_linear_time():
    """Hostile or broken input (a blob of letters with no spaces) must not make the hover-card search quadratic."""
    import time

    blob = "A" * 100_000
    started = time.perf_counter()
    clean, removed = strip_boilerplate(f"{PROSE[0]}\n\nData: {blob} end.\n\n{PROSE[1]}")
    assert time.perf_counter() - started < 5  # ~1 minute when the search was quadratic
    assert blob in clean and removed == []


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Piet Rautio", ["Piet Rautio"]),
        ("BY INES DALCA AND PIET RAUTIO", ["Ines Dalca", "Piet Rautio"]),
        ("By Ines Dalca, Staff Writer | The Velmora Times", ["Ines Dalca"]),
        ("By Ines Dalca, Velmora Wire", ["Ines Dalca"]),  # a comma without an "and" ends the names
        ("By Ines Dalca, Piet Rautio and Anna Kell", ["Ines Dalca", "Piet Rautio", "Anna Kell"]),
        ("By Ines Dalca and Piet Rautio, Velmora Wire", ["Ines Dalca", "Piet Rautio"]),  # an outlet is no name
        ("By Juan de la Cruz - Velmora Wire", ["Juan de la Cruz"]),
        ("By Tuesday, the harbour had reopened.", []),
        ("By Monday Night", []),
        ("By the time the tram arrived", []),
    ],
)
def test_a_byline_gives_its_names_and_nothing_else_does(byline: str, names: list[str]):
    assert byline_names(byline) == names


def test_a_byline_opening_the_text_is_cut_and_tells_the_closing_bio():
    byline = "By Ines Dalca"
    bio = "Ines Dalca has followed the harbour since the ferries ran on steam. She lives in Lenby."
    clean, removed = strip_boilerplate("\n\n".join([PROSE[0], byline, *PROSE[1:], bio]))
    assert clean == "\n\n".join(PROSE)
    assert [(r.reason, r.text) for r in removed] == [("byline", byline), ("bio", bio)]
    assert removed[0].at == clean.index(PROSE[1])
    # in the middle of the text, the same line is no byline, and nothing tells the bio
    middle = "\n\n".join([*PROSE[:3], byline, *PROSE[3:], bio])
    assert strip_boilerplate(middle) == (middle, [])
    # signed at the end, it is
    clean, removed = strip_boilerplate("\n\n".join([*PROSE, byline]))
    assert clean == "\n\n".join(PROSE) and [(r.reason, r.text) for r in removed] == [("byline", byline)]


def test_the_text_reader_takes_the_authors_from_the_byline_not_the_headline():
    bio = "Ines Dalca covers transport for The Velmora Times. She previously worked in Lenby."
    article = read_text("\n\n".join(["By Ines Dalca", *PROSE, bio]), "tram.txt")
    assert article.title is None  # the byline is no headline
    assert article.authors == ["Ines Dalca"]
    assert article.text == "\n\n".join(PROSE)
    assert [r.reason for r in article.removed] == ["byline", "bio"]


@pytest.mark.parametrize(
    "bio",
    [
        "Ines Dalca covers transport for The Velmora Times.",
        "Piet Rautio writes about the harbour and its ferries for Velmora Wire. He lives in Lenby.",
    ],
)
def test_a_closing_beat_at_an_outlet_is_a_bio_without_a_byline(bio: str):
    clean, removed = strip_boilerplate("\n\n".join([*PROSE, bio]))
    assert clean == "\n\n".join(PROSE) and [(r.reason, r.text) for r in removed] == [("bio", bio)]
    middle = "\n\n".join([PROSE[0], bio, *PROSE[1:]])
    assert strip_boilerplate(middle) == (middle, [])
