import pytest

from briefing.segment import find_quotes, sentence_spans


@pytest.mark.parametrize("paragraph, expected", [
    ("“We will act,” the minister said.", ["We will act,"]),
    ('"We will act," the minister said.', ["We will act,"]),
    ('"Mixed marks work too.” she said.', ["Mixed marks work too."]),
    ("He said: ‘We have never forgotten these things.’", ["We have never forgotten these things."]),
    ("“The plan, which she called ‘a fix’, failed,” he said.", ["The plan, which she called ‘a fix’, failed,"]),
    ("It's the people's choice, isn't it?", []),
    # wire copy writes the apostrophe of a possessive as a straight double mark
    ('Acme"s chief said "we will grow" this year.', ["we will grow"]),
])
def test_quotation_spans(paragraph, expected):
    assert [q.text for q in find_quotes([paragraph])] == expected


def test_quotation_running_on_over_paragraphs_is_one_quote():
    paragraphs = ["“The first part goes on,", "“and ends here.” he said."]
    quotes = find_quotes(paragraphs)
    assert len(quotes) == 1
    assert quotes[0].text == "The first part goes on, and ends here."
    assert quotes[0].paragraph == 0 and quotes[0].last_paragraph == 1


def test_unbalanced_mark_is_recovered_per_paragraph():
    paragraphs = ["“This never closes, said nobody.", "A later paragraph with “a real quote here” in it."]
    quotes = find_quotes(paragraphs)
    assert [q.text for q in quotes] == ["This never closes, said nobody.", "a real quote here"]
    assert not quotes[0].closed


def test_sentences_split_after_a_quoted_sentence_but_not_after_titles_or_inside_quotes():
    text = "Gen. Pat Ryder spoke. “One. Two.” Then Mr. Smith left. “Go,” he said."
    quotes = find_quotes([text])
    spans = sentence_spans(text, [(q.start, q.end) for q in quotes])
    assert [text[a:b] for a, b in spans] == ["Gen. Pat Ryder spoke.", "“One. Two.”", "Then Mr. Smith left.",
                                             "“Go,” he said."]


@pytest.mark.parametrize("text, sentences", [
    # a quotation ending in "!" or "?" and its attribution after it are one sentence
    ("“Stop the vote!” Mayor Jo Lee told the crowd.", ["“Stop the vote!” Mayor Jo Lee told the crowd."]),
    ("“Is it over?” asked Jo Lee.", ["“Is it over?” asked Jo Lee."]),
    # ... after a full stop, a name and its verb open a new sentence
    ("“It is over.” Jo Lee said the vote was lost.", ["“It is over.”", "Jo Lee said the vote was lost."]),
    # ... and so does a sentence that is not an attribution
    ("“Is it over?” The answer came an hour later.", ["“Is it over?”", "The answer came an hour later."]),
])
def test_an_attribution_after_a_quotation_stays_in_its_sentence(text, sentences):
    quotes = find_quotes([text])
    assert [text[a:b] for a, b in sentence_spans(text, [(q.start, q.end) for q in quotes])] == sentences


def test_a_quotation_reopened_within_a_paragraph_is_one_quotation():
    text = '"It is a backlash. "This is music to the ears of racists." Later, officials left.'
    assert [q.text for q in find_quotes([text])] == ["It is a backlash. This is music to the ears of racists."]
