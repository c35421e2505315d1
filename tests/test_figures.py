import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing import extract_text
from briefing.figures import _candidates, _pattern, find_figures
from briefing.tokens import tokenize


@pytest.mark.parametrize("sentence, expected", [
    ("The ministry sent approximately 12,000 troops to the border.",
     [(12000, True, "troops", "approximately 12,000 troops")]),
    ("Fines of £5,000 were imposed.", [(5000, False, "GBP", "£5,000")]),
    ("The agency gets $4bn to hire staff.", [(4000000000, False, "USD", "$4bn")]),
    ("Inflation rose to 1.1% in March.", [(1.1, False, "percent", "1.1%")]),
    ("Leaflets went to 5,000,000 households.", [(5000000, False, "households", "5,000,000 households")]),
    ("Tens of thousands of people marched.", [(None, True, "people", "Tens of thousands of people")]),
    ("Up to 300 homes lost power.", [(300, True, "homes", "Up to 300 homes")]),
    ("Between 10 to 15 people were hurt.", [(10, True, "people", "10 to 15 people")]),
    ("Two ships were seized.", [(2, False, "ships", "Two ships")]),
    ("Half a million people were displaced.", [(500000, False, "people", "Half a million people")]),
    ("About 3 in 10 voters say the country is on track.", [(30, True, "percent", "About 3 in 10")]),
    ("The lead grew to 5 or 6 points.", [(5, True, "points", "5 or 6 points")]),
    ("The plan costs a billion dollars.", [(1000000000, False, "USD", "a billion dollars")]),
    ("The fund was cut from R11bn to R5.5bn.",
     [(11000000000, False, "ZAR", "R11bn"), (5500000000, False, "ZAR", "R5.5bn")]),
    ("The campaign has 2,000 staff.", [(2000, False, "staff", "2,000 staff")]),
    # an amount without a unit takes the sentence's earlier one, else stays without
    ("Revenue reached R9.5bn, up from 9.1 billion.",
     [(9500000000, False, "ZAR", "R9.5bn"), (9100000000, False, "ZAR", "9.1 billion")]),
    ("Output rose to 9.5 billion from 9.1 billion.",
     [(9500000000, False, None, "9.5 billion"), (9100000000, False, None, "9.1 billion")]),
    # wire copy's abbreviations and fractions of a price
    ("The index rose 12-1/2 points.", [(12.5, False, "points", "12-1/2 points")]),
    ("The stock lost 3/4 point.", [(0.75, False, "point", "3/4 point")]),
    ("Profit was 5 mln dlrs.", [(5000000, False, "USD", "5 mln dlrs")]),
    ("Sales hit 3 bln dlrs.", [(3000000000, False, "USD", "3 bln dlrs")]),
    ("There were zero deaths.", [(0, False, "deaths", "zero deaths")]),
    # currencies written with a letter prefix or a marked sign, from the CLDR (scripts/make_currencies.py)
    ("The firm lost RM6.2 million last year.", [(6200000, False, "MYR", "RM6.2 million")]),
    ("Fees rose to KSh 300 a month.", [(300, False, "KES", "KSh 300")]),
    ("A fare of TSh 10,000/- was set.", [(10000, False, "TZS", "TSh 10,000")]),
    ("The fund holds NT$ 40 billion.", [(40000000000, False, "TWD", "NT$ 40 billion")]),
    ("It costs Rp5,000 a night.", [(5000, False, "IDR", "Rp5,000")]),
    ("Route SR 20 was shut for a week.", []),  # capitals before a spaced number are a label, not money
    # the head of a compound or of an adjective and its noun counts, not the word before it
    ("About 340 container ships waited offshore.", [(340, True, "ships", "About 340 container ships")]),
    ("The club gave away 20 free tickets.", [(20, False, "tickets", "20 free tickets")]),
    ("It hired 1,000 debt collectors last year.", [(1000, False, "collectors", "1,000 debt collectors")]),
    ("Queues stretched for 20km and it fell below 0C.", [(20, False, "km", "20km"), (0, True, "C", "below 0C")]),
    ("Militants killed 21 Christians — most of them farmers.", [(21, False, "Christians", "21 Christians")]),
    ("Nine Republicans voted against the bill.", [(9, False, "Republicans", "Nine Republicans")]),
    ("The three-member panel, led by Tower, reported.", [(3, False, "members", "three-member panel")]),
    ("The attack lasted 1 minute and 45 seconds.", [(105, False, "seconds", "1 minute and 45 seconds")]),
    ("One or more drones could be heard overhead.", [(1, True, "drones", "One or more drones")]),
    ("The raids, which killed 1,200 and took 250 hostages, began at dawn.",
     [(1200, False, "people killed", "1,200"), (250, False, "hostages", "250 hostages")]),
    ("They had planned it with the army for more than a year.", [(1, True, "years", "more than a year")]),
    ("The toll is in the tens of thousands, he said.", [(None, True, None, "tens of thousands")]),
    ("It is in the realm of dozens, several dozens.", [(None, True, None, "several dozens")]),
    ("They stand to make billions owed by the state.", [(None, True, None, "billions")]),
    ("A tank fired two 120 mm rounds at the crew.", [(2, False, "rounds", "two 120 mm rounds")]),
    ("The death toll from the strike had risen to 21, officials said.", [(21, False, "deaths", "21")]),
    ("Temperatures can fall below -30C in the north.", [(-30, True, "C", "below -30C")]),
    ("Fares are set at between 250 euros (£173) and 600 euros.",
     [(250, True, "EUR", "250 euros"), (173, False, "GBP", "£173")]),
    ("Deviations by one or two member countries were minor.",
     [(1, True, "countries", "one or two member countries")]),
])
def test_figures(sentence, expected):
    found = [(f.value, f.approx, f.unit, f.text) for f in find_figures((sentence,))]
    assert found == expected


def test_a_number_longer_than_any_amount_is_no_figure_and_breaks_nothing():
    record = extract_text(" date 2024-05-01 T\nThe bill came to " + "9" * 400 + " dollars and 5 million euros.",
                          "t.txt")
    assert [(f.value, f.unit) for f in record.figures] == [(5000000, "EUR")]


@pytest.mark.parametrize("sentence", [
    "The law was passed in 2019 and revised on 17 December.",
    "The 2030 emissions target was kept.",  # a year before a noun
    "It cut 1987 subsidies.",
    "Zero-hours contracts will end.",  # zero in a compound or before a singular noun names a kind
    "The deal brings zero benefit to farmers.",
    "A 19-year-old man was arrested at 10:30 on Monday.",
    "COVID-19 cases fell as the G7 met at No 10.",
    "She finished first and he came 2nd.",
    "One of the officials left two weeks ago.",
    "He warned that they want to get World War 3 going.",
    "The troops were deployed a little over a week ago.",
    "In just 63 days, the votes will be cast.",
])
def test_not_figures(sentence):
    assert find_figures((sentence,)) == []


_PIECES = ["5", "1,200", "3.5", "£", "$", "US$", "R4bn", "bn", "million", "a", "half", "dozens", "of", "about",
           "more", "than", "up", "to", "twenty", "twenty-one", "%", "per cent", "people", "COVID-19", "-", ",",
           ".", "(", "“", "’s", "Mr.", "2024", "troops", "some", "nearly", "hundreds", "and", "three-quarters"]


@settings(max_examples=300, deadline=None)
@example(pieces=["5", "twenty", "’s", "5"], gaps=[" ", "", "", " "] + [" "] * 10)  # "twenty’s5": one token
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.lists(st.sampled_from([" ", "", "  "]), min_size=14,
                                                                  max_size=14))
def test_figures_are_tried_where_a_word_begins_yet_found_as_a_full_scan_finds_them(pieces, gaps):
    """Trying the pattern only at words that can start a figure is a shortcut: it must find exactly what
    scanning every character finds."""
    text = "".join(p + g for p, g in zip(pieces, gaps, strict=False))
    shortcut = [m.span() for m in _candidates(text, tokenize(text))]
    assert shortcut == [m.span() for m in _pattern().finditer(text)]


@pytest.mark.parametrize("paragraph, figure, context", [
    ("The storm left about 1,200 ferry passengers stranded, the agency said.", "about 1,200 ferry passengers",
     "The storm left about 1,200 ferry passengers stranded"),
    ("Officials said 14 sailings were cancelled; buses took the rest.", "14 sailings",
     "Officials said 14 sailings were cancelled"),
    ("“We lost £5m,” she said.", "£5m", "We lost £5m"),
])
def test_each_figure_has_the_clause_around_it_as_context(paragraph, figure, context):
    found = {f.text: f.context for f in find_figures((paragraph,))}
    assert found[figure] == context
