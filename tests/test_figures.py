import pytest

from briefing.figures import find_figures


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
])
def test_figures(sentence, expected):
    found = [(f.value, f.approx, f.unit, f.text) for f in find_figures((sentence,))]
    assert found == expected


@pytest.mark.parametrize("sentence", [
    "The law was passed in 2019 and revised on 17 December.",
    "A 19-year-old man was arrested at 10:30 on Monday.",
    "COVID-19 cases fell as the G7 met at No 10.",
    "She finished first and he came 2nd.",
    "One of the officials left two weeks ago.",
])
def test_not_figures(sentence):
    assert find_figures((sentence,)) == []
