"""Stories: the same event across outlets, grouped from headline, lead, names and speakers; labelled by a
headline; and the summary bullet each top story gets. Every article here is our own invented text."""
import pytest

from briefing.brief import build_brief
from briefing.extract import extract_text
from briefing.stories import clean_headline, first_sentence, group_stories, sketch

FLOOD_A = (" date 2025-03-02 Floods force thousands from homes in Riverton | Valley Herald\n"
           "Thousands of residents were evacuated from Riverton on Sunday after the Alder river burst its banks, "
           "the regional emergency agency said.\n"
           "“The water is still rising,” said Mayor Lena Ortiz.\n"
           "About 4,000 people spent the night in shelters, officials said.\n")
FLOOD_B = (" date 2025-03-02 Riverton evacuated as Alder river overflows - Daily Courier\n"
           "Emergency crews moved families out of low-lying Riverton streets as the Alder river overflowed, "
           "with Mayor Lena Ortiz warning that more rain was coming.\n"
           "“We have never seen the river this high,” Ortiz said.\n"
           "The agency put the number of people moved at 5,000.\n")
BUDGET = (" date 2025-03-02 Finance minister unveils spending plan for schools\n"
          "Finance Minister Arjun Mehta on Sunday set out a spending plan that would give schools £2bn over "
          "three years.\n"
          "“Every classroom will feel this,” Mehta said.\n")
FLOOD_INSURANCE = (" date 2025-03-02 Insurers raise premiums for homes in flood zones\n"
                   "Insurers said premiums for homes in flood zones across the country would rise next year, "
                   "citing the cost of claims since 2020.\n"
                   "“Prices have to reflect the risk,” said Tom Baker, chief executive of Shield Insurance.\n")


def _brief(*texts, watch=None):
    return build_brief([extract_text(t, f"{i:02}.txt") for i, t in enumerate(texts)], watch=watch)


def test_two_outlets_reporting_one_event_in_different_words_make_one_story():
    brief = _brief(FLOOD_A, BUDGET, FLOOD_B)
    assert len(brief.stories) == 2
    flood = brief.stories[0]  # most coverage first
    assert flood.sources == (1, 3)
    assert flood.name in {"Floods force thousands from homes in Riverton",
                          "Riverton evacuated as Alder river overflows"}  # a headline, without its outlet
    assert [o.name for o in flood.officials][:1] == ["Lena Ortiz"]


def test_two_stories_sharing_a_word_stay_apart():
    brief = _brief(FLOOD_A, FLOOD_INSURANCE)
    assert [s.sources for s in brief.stories] == [(1,), (2,)]


def test_a_watch_list_topic_holds_its_stories_and_the_rest_are_other_stories():
    from briefing.config import WatchTopic

    watch = (WatchTopic("Weather", ("flood", "floods", "river", "rain"), ()),)
    brief = _brief(FLOOD_A, BUDGET, FLOOD_INSURANCE, FLOOD_B, watch=watch)
    groups = [(s.group, s.sources) for s in brief.stories]
    assert groups[0] == ("Weather", (1, 4))
    assert ("Weather", (3,)) in groups  # the insurance story matches the topic too: a second story under it
    assert groups[-1] == ("Other stories", (2,))


def test_the_summary_gives_each_story_what_happened_its_quotation_and_figure():
    brief = _brief(FLOOD_A, BUDGET, FLOOD_B)
    points = brief.summary_points()
    assert len(points) == 3  # two stories, then the counts
    flood, budget = points[0], points[1]
    assert "(2 sources): " in flood and "the Alder river" in flood
    assert "Lena Ortiz: “" in flood
    assert budget.startswith("Finance minister unveils spending plan for schools (1 source): Finance Minister")
    assert "Key figure: £2bn" in budget
    assert points[2].startswith("3 articles, dated 2025-03-02, in 2 stories;")


@pytest.mark.parametrize("headline, clean", [
    ("Floods force thousands from homes | Valley Herald", "Floods force thousands from homes"),
    ("Riverton evacuated as river overflows - Daily Courier", "Riverton evacuated as river overflows"),
    ("Peace talks resume – The Morning Times", "Peace talks resume"),
    ("Minister quits over budget row - Reports", "Minister quits over budget row - Reports"),  # no outlet
    ("Russia - Ukraine talks", "Russia - Ukraine talks"),
])
def test_outlet_names_are_taken_off_headlines(headline, clean):
    assert clean_headline(headline) == clean


def test_first_sentence_of_a_lead_is_trimmed_to_forty_words():
    assert first_sentence("The plan passed. Critics objected.") == "The plan passed."
    long = " ".join(["word"] * 50) + "."
    assert first_sentence(long).endswith("word …") and len(first_sentence(long).split()) == 41


def test_grouping_is_the_same_whatever_order_the_sketches_come_in():
    sketches = [sketch(i, h, lead) for i, (h, lead) in enumerate([
        ("Port strike halts shipping", "Dock workers at Eastport walked out on Monday."),
        ("Eastport dock workers strike", "Shipping stopped at Eastport as dock workers struck."),
        ("Election date set", "The election will be held on 4 May, the premier said."),
    ], start=1)]
    forward = [[s.number for s in story] for story in group_stories(sketches)]
    backward = [[s.number for s in story] for story in group_stories(sketches[::-1])]
    assert forward == backward == [[1, 2], [3]]


def test_a_title_read_into_a_name_is_split_off_and_the_entries_merge():
    a = (" date 2025-03-02 Harbour shut\n“Nobody sails tonight,” said Harbour Master Ingrid Tollefsen.\n")
    b = (" date 2025-03-02 Harbour stays shut\nIngrid Tollefsen, the harbour master, told reporters: "
         "“Nobody sails tonight.”\n“We reopen on Friday,” Tollefsen said.\n")
    brief = _brief(a, b)
    names = [o.name for o in brief.officials if o.statements]
    assert names == ["Ingrid Tollefsen"]
    quote = next(s for st in brief.stories for o in st.officials for s in o.statements if "Nobody" in s.text)
    assert len(quote.citations) == 2  # one statement, both outlets cited


def test_a_given_name_is_never_taken_for_a_title():
    a = " date 2025-03-02 Talks\n“We talk,” said Anna Maria Lopez.\n“We talk more,” said Maria Lopez.\n"
    names = {o.name for o in _brief(a).officials}
    assert "Anna Maria Lopez" in names


def test_figures_of_two_stories_never_disagree_but_one_storys_do():
    flood_c = (" date 2025-03-02 Riverton floods leave thousands in shelters\n"
               "The Alder river flooded Riverton on Sunday, and 3,000 residents were evacuated, Mayor Lena Ortiz "
               "said.\n")
    fire = (" date 2025-03-02 Warehouse fire in Eastport\n"
            "A fire destroyed a warehouse in Eastport and 90 residents were evacuated, the fire service said.\n")
    flood_d = (" date 2025-03-02 Riverton evacuation grows as Alder river floods\n"
               "Riverton officials said 5,000 residents were evacuated after the Alder river flooded the town.\n")
    brief = _brief(flood_c, fire, flood_d)
    assert len(brief.conflicts) == 1
    assert sorted(f.value for f in brief.conflicts[0].figures) == [3000, 5000]


def test_an_official_shows_four_statements_quotations_first_and_cites_the_rest():
    lines = [f"“Point {i} stands,” said Minister Jo Lee." if i % 2 else f"Jo Lee said point {i} was settled."
             for i in range(1, 8)]
    brief = _brief(" date 2025-03-02 Minister sets out seven points\n" + "\n".join(lines) + "\n")
    official = next(o for st in brief.stories for o in st.officials if o.name == "Jo Lee")
    shown, cited = official.shown
    assert [s.kind for s in shown] == ["direct"] * 4
    assert len(cited) == 3 and all(s.kind == "indirect" for s in cited)


def test_key_figures_keep_the_most_telling_three_of_each_story():
    story = (" date 2025-03-02 Budget set\nThe council has 12 members and 40 staff in 3 offices.\n"
             "“It costs £5m,” said Mayor Ana Silva.\nIt covers 9 schools.\n")
    rows, left = _brief(story).key_figures()
    assert len(rows) == 3 and left == 2
    assert rows[0][0].text == "£5m"  # given by an official, and money


def test_a_speaker_named_only_by_a_common_noun_is_listed_under_unnamed_sources_with_a_note():
    brief = _brief(" date 2025-03-02 Rally\nProtesters blocked the road. “We will be back,” the group said.\n")
    official = next(o for st in brief.stories for o in st.officials if o.statements[0].text.startswith("We will"))
    assert official.name == "Unnamed sources"
    assert official.statements[0].check == "The article names the speaker only as “the group” — check."
    assert "group" not in {o.name for o in brief.officials}


@pytest.mark.parametrize("speaker, expected", [
    ("prime minister", "Ana Silva"),  # the one official of the article with that title
    ("governor", None),  # nobody holds it
    ("mayor", "Jo Lee"),
    ("group", None),
    ("regional transport office", "regional transport office"),  # a body described by words of its own
    ("flydubai", "flydubai"),  # a name in lowercase
    ("Jo Lee", "Jo Lee"),
])
def test_common_noun_speakers(speaker, expected):
    from briefing.brief import _named
    from briefing.records import Official

    officials = (Official("Ana Silva", "Prime Minister", None, ()), Official("Jo Lee", "mayor", None, ()))
    assert _named(speaker, officials) == expected


def test_a_body_named_by_its_initials_and_in_full_is_one_entry():
    a = (" date 2025-03-02 Shops gloomy\nThe British Retail Consortium said sales had fallen.\n"
         "“It was a hard month,” the BRC said.\n")
    b = (" date 2025-03-02 Retail slump\nSales fell sharply, the BRC said.\n"
         "“We expect a better spring,” No 10 said. Number 10 said the plan stood.\n")
    names = {o.name for o in _brief(a, b).officials if o.statements}
    assert "British Retail Consortium" in names and "BRC" not in names
    assert len([n for n in names if n.startswith(("No 10", "Number 10"))]) == 1


def test_a_figure_no_official_gave_is_given_per_its_outlet():
    import json

    from briefing.formats import read_json

    article = read_json(json.dumps({"title": "Storm", "date": "2025-03-02", "source": "Valley Herald",
                                    "text": "The storm cut power to 4,000 homes on Sunday."}), "a.json", lines=False)[0]
    from briefing.extract import extract_article

    brief = build_brief([extract_article(article)])
    rows, _ = brief.figure_rows()
    assert rows[0][0] == "The storm cut power to 4,000 homes on Sunday" and rows[0][3] == "per Valley Herald"
