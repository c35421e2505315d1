import pytest

from briefing.reader import ArticleError, parse_article, parse_published
from briefing.text import clean_text, decode_bytes


def test_seed_layout_gives_date_headline_and_paragraphs():
    article = parse_article(" date 2024-03-05 Ministers meet in Leeds\nPublished: 5 March 2024, 09:15\n"
                            "First paragraph.\n\nSecond paragraph.\n", "a.txt")
    assert article.date == "2024-03-05"
    assert article.published == "2024-03-05T09:15:00"
    assert article.headline == "Ministers meet in Leeds"
    assert article.paragraphs == ("First paragraph.", "Second paragraph.")


def test_unknown_date_stays_null():
    article = parse_article(" date unknown Rates held\nThe bank held rates.\n")
    assert article.date is None and article.published is None


def test_plain_text_takes_first_line_as_headline_and_published_line_as_date():
    article = parse_article("Council approves budget\nPublished: 2023-04-28\nThe council voted.\n")
    assert article.headline == "Council approves budget"
    assert article.date == "2023-04-28"
    assert article.published is None  # no time given
    assert article.paragraphs == ("The council voted.",)


@pytest.mark.parametrize("value, date, stamp", [
    ("17 Dec. 2024, 10:23", "2024-12-17", "2024-12-17T10:23:00"),
    ("26-FEB-1987 15:38:26.23", "1987-02-26", "1987-02-26T15:38:26"),
    ("16 November 2017 • 2:15pm", "2017-11-16", "2017-11-16T14:15:00"),
    ("24 July 2015", "2015-07-24", None),
    ("Sat Mar 14 23:30:09 EST 2015", "2015-03-14", "2015-03-14T23:30:09"),  # the time as written, zone dropped
    ("not a date at all", None, None),
])
def test_published_values(value, date, stamp):
    assert parse_published(value) == (date, stamp)


def test_empty_article_is_an_error_naming_the_file():
    with pytest.raises(ArticleError, match="empty.txt: empty file"):
        parse_article("\n  \n", "empty.txt")


def test_clean_text_removes_invisible_characters_and_plain_spaces():
    assert clean_text("co\u00adoperate\u200b now\u00a0please") == "cooperate now please"


def test_decode_falls_back_to_cp1252_with_a_warning():
    text, warning = decode_bytes("caf\xe9".encode("cp1252"))
    assert text == "café" and warning
    assert decode_bytes("\ufeffhello".encode("utf-8")) == ("hello", None)
