"""Each statement names the construction that found it (`pattern`) and how its speaker was reached
(`resolution`): one invented article per row."""
import pytest

from briefing import extract_text


def found(*paragraphs):
    record = extract_text(" date 2024-05-01 Test headline\n" + "\n".join(paragraphs), "t.txt").to_dict()
    return [(s["speaker"], s["pattern"], s["resolution"]) for s in record["statements"]]


@pytest.mark.parametrize("paragraphs, expected", [
    # source, verb, content
    (["Mayor Lena Holt said the bridge would reopen in May."], [("Lena Holt", "source-verb", "named")]),
    # content, source, verb
    (["“The bridge will reopen,” Mayor Lena Holt said."], [("Lena Holt", "content-source-verb", "named")]),
    # content, verb, source (inversion)
    (["“The bridge will reopen,” said Mayor Lena Holt."], [("Lena Holt", "content-verb-source", "named")]),
    # according to
    (["The bridge will reopen in May, according to the Transport Agency."],
     [("Transport Agency", "according-to", "named")]),
    # a participle shares the subject of the verb before it (which, with only a noun object, says nothing)
    (["Lena Holt denied the claims, saying the bridge was safe."], [("Lena Holt", "participle", "named")]),
    # a second quotation in the paragraph of an attributed one
    (["“It is safe,” Lena Holt said. “It will reopen in May.”"],
     [("Lena Holt", "content-source-verb", "named"), ("Lena Holt", "same-paragraph", "named")]),
    # a pronoun resolved to the person just named
    (["Mayor Lena Holt opened the bridge on Monday.", "She said the repairs had cost less than planned."],
     [("Lena Holt", "source-verb", "pronoun")]),
    # a description resolved to the holder of the title
    (["Mayor Lena Holt opened the bridge on Monday.", "“The repairs cost less than planned,” the mayor said."],
     [("Lena Holt", "content-source-verb", "description")]),
    # a quotation paragraph that no cue attributes continues the last speaker
    (["“It is safe,” Lena Holt said.", "“We checked every cable twice before we opened it again.”"],
     [("Lena Holt", "content-source-verb", "named"), ("Lena Holt", "continuation", "carried")]),
    # an anonymous source is no one
    (["A senior official said the bridge would reopen in May."], [(None, "source-verb", "none")]),
])
def test_pattern_and_resolution(paragraphs, expected):
    assert found(*paragraphs) == expected
