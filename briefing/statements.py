"""Find statements: direct quotations and reported speech, each with its speaker.

Works sentence by sentence over a token stream in which every quotation is one
``QUOTE`` token, so that the grammar of attribution ("X said", "said X",
"according to X", "X told reporters that") is read outside the quoted words.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache

from . import lexicon
from .segment import Quote, sentence_spans
from .speakers import (
    CONNECTORS,
    DETERMINERS,
    LEADING,
    OFFICIALS,
    PRONOUNS,
    TIME_WORDS,
    Cast,
    Mention,
    office_of,
    parse_mention,
    resolution,
)
from .tokens import Token, tokenize

QUOTE = "\x00QUOTE"
# words that may stand between a speaker and the verb ("Kirby also said", "he has told")
_BETWEEN = frozenset("""also later previously earlier again then further recently separately repeatedly once
has had have was is were are been would will publicly privately reportedly subsequently quickly simply
last yesterday today tonight now still already however meanwhile too first initially only""".split())
_PERIODS = frozenset("week month year weekend night morning afternoon evening".split())
_PASSIVE = frozenset("was were been be being is are".split())
_PROGRESSIVE = frozenset("is are was were been am".split())  # before an -ing form: still the speaker's verb
_ADJUNCT = frozenset("""on in at during after before last earlier yesterday today tonight this later
while when via through from speaking""".split())
_NOT_CONTENT = frozenset("""of about on in at for against with from over during after before last earlier
by into as than later yesterday today tonight this who which whose""".split())
_PLACE_PREPOSITIONS = frozenset("of from in at".split())
_SUBORDINATORS = frozenset("though although while whereas because since if when as".split())
_STOP_AFTER = frozenset("""who which whose that in at on to during after before while when as because
from with by for said told added""".split())
_FINITE = frozenset("""was were is are would will had has have could should can may might did does do
must shall""".split())
_NOUN_CUES = frozenset("""estimate estimates assessment claim claims statement announcement warning view
position argument assertion insistence belief forecast projection finding findings conclusion""".split())
_ISSUED_WHEN = TIME_WORDS | _PERIODS | frozenset("earlier this last published released issued on in".split())
_TITLE_OF_WORK = frozenset("called titled entitled named dubbed headlined so-called slogan".split())
_SENTENCE_END = re.compile(r"[\s.,;:!?]+$")


@dataclass(frozen=True)
class Who:
    """Who a cue gives the words to, how that name was reached, and which pattern found the cue.

    ``how`` is the statement record's ``resolution``: "named" (the phrase names the speaker or their body),
    "pronoun", "description" ("the minister", "the report", a teaser), "carried" (a quotation no cue
    attributes, given to the speaker before it) or "none"."""

    name: str | None
    how: str
    pattern: str
    unnamed: Mention | None = None  # the anonymous source ("a senior official") when there is no name

    def as_pattern(self, pattern: str) -> Who:
        """The same speaker, reached the same way, for a statement another pattern found."""
        return Who(self.name, self.how, pattern, self.unnamed)


@dataclass(frozen=True)
class Found:
    """A statement with the character span it covers, before it becomes a record."""

    speaker: str | None
    kind: str
    paragraph: int  # 0-based
    start: int
    end: int
    text: str
    verb: str | None
    quotes: tuple[Quote, ...] = ()
    pattern: str = ""
    resolution: str = "none"


LIST_AHEAD = 12  # paragraphs a list of points after "said:" may run to
MAX_SENTENCE_ITEMS = 300  # words and quotations; the longest sentence of the devset and corpus has 80


def _offset(cue: tuple[int, object]) -> int:
    return cue[0]


def _quote_start(span: tuple[Quote, int, int]) -> int:
    return span[1]


def _stream(tokens: list[Token], starts: list[int], quotes: list[tuple[Quote, int, int]],
            start: int, end: int) -> list[Token]:
    """The items of one sentence (start, end) of a paragraph: its tokens, each quotation as one item.

    ``starts`` are the tokens' start offsets and ``quotes`` the paragraph's quotation pieces sorted by
    offset, both for bisecting."""
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    lo, hi = bisect_left(quotes, start, key=_quote_start), bisect_left(quotes, end, key=_quote_start)
    spans = [(a, b, q) for q, a, b in quotes[lo:hi]]
    if not spans:
        return tokens[first:last]
    items: list[Token] = []
    at = first
    for qa, qb, q in spans:  # the tokens between quotations, then the quotation as one item
        i = max(at, bisect_left(starts, qa, at, last))
        items.extend(tokens[at:i])
        items.append(Token(QUOTE, qa, qb, QUOTE.lower(), q))
        at = max(i, bisect_left(starts, qb, i, last))
    items.extend(tokens[at:last])
    return items


_AUXILIARIES = frozenset("has have had will would".split())


def _auxiliary_before(items: list[Token], j: int) -> int | None:
    """The auxiliary opening an adverbial run that ends at items[j] ("has over the past few months
    repeatedly"), when the run is short and all lowercase words."""
    for back in range(j, max(-1, j - 8), -1):
        word = items[back]
        if word.lower in _AUXILIARIES and back < j:
            participle = items[back + 1].lower.endswith(("ed", "en")) and back + 1 < j
            return None if participle else back  # not "has sparked concern with some analysts suggesting"
        if word.is_quote or not (word.text.isalpha() and word.text.islower()) or word.lower in lexicon.speech_verbs():
            return None
    return None


_DASHES = frozenset({"-", "–", "—"})


def _skip_aside(items: list[Token], k: int) -> int:
    """Past an aside set off by dashes at items[k] ("-- just months before X --"), if there is one."""
    if k >= len(items) or items[k].text not in _DASHES:
        return k
    m = k
    while m < len(items) and items[m].text in _DASHES:
        m += 1
    close = next((c for c in range(m, min(len(items), m + 25)) if items[c].text in _DASHES), None)
    if close is None:
        return k
    while close < len(items) and items[close].text in _DASHES:
        close += 1
    return close


@cache
def _reporting_verbs() -> dict:
    """Speech verbs and the verbs that only attribute a quotation beside them, for one lookup a word."""
    return {**lexicon.quotation_verbs(), **lexicon.speech_verbs()}


@cache
def _cue_words() -> frozenset[str]:
    """Words without which a sentence reports nothing: speech verbs, "according", noun cues."""
    return frozenset(_reporting_verbs()) | {"according"} | _NOUN_CUES


def _np_before(items: list[Token], i: int) -> tuple[int, int] | None:
    """Index range of the speaker phrase ending just before items[i]: back over adverbs and auxiliaries, a
    relative pronoun, an aside in dashes or brackets and appositions, then over the words of the phrase."""
    j = _skip_between(items, i - 1)
    if j < 0:
        return None
    j = _skip_asides(items, j)
    if j is None:
        return None
    past = _past_appositions(items, j)
    if not isinstance(past, int):
        return past
    j = past
    if items[j].lower in PRONOUNS:
        return j, j + 1
    end = j + 1
    return _settle_phrase(items, _phrase_start(items, end, i), end)


def _skip_between(items: list[Token], j: int) -> int:
    """Back over what stands between a subject and its verb: "also", "has", "on Monday", "last week", "has over
    the past few months repeatedly"."""
    while j >= 0:
        if items[j].lower in _BETWEEN:
            j -= 1
        elif (items[j].lower in TIME_WORDS or items[j].lower in _PERIODS) and j > 0 \
                and items[j - 1].lower in {"on", "last", "this", "in"}:
            j -= 2  # "Kristersson on Monday admitted", "Mr Howard last week said"
        elif (aux := _auxiliary_before(items, j)) is not None:
            j = aux - 1  # "Munir has over the past few months repeatedly warned"
        else:
            break
    return j


def _skip_asides(items: list[Token], j: int) -> int | None:
    """Back over ", who", an aside in dashes and a bracket after the subject; None when a dash aside holds a
    quotation or has no opening dash."""
    if items[j].lower in {"who", "which"} and j > 0 and not items[j].text.isupper():  # not "the WHO said"
        j -= 2 if items[j - 1].text == "," and j > 1 else 1  # "Donald Trump Jr, who wrote on X:", "IATA, which"
    if items[j].text in _DASHES:  # "The report by TNO - which Reuters contracted - found that"
        k = next((k for k in range(j - 2, max(0, j - 40), -1) if items[k].text in _DASHES), None)
        if k is None or any(it.is_quote for it in items[k:j]):
            return None
        j = k - 1
    if j > 2 and items[j].text == ")":
        opened = next((k for k in range(j - 1, max(0, j - 10), -1) if items[k].text == "("), None)
        if opened is not None and opened > 0:
            j = opened - 1  # "the Office for National Statistics (ONS) said", "Jo Lee (D-Calif.) said"
    return j


def _past_appositions(items: list[Token], j: int) -> int | tuple[int, int] | None:
    """Back over appositions set off by commas ("Yevhen Zosin, 74, a Kyiv resident, said"): the index to go on
    from, or the name that speaks when an apposition names it ("Sweden's Minister of Justice, Gunnar Strand,"),
    or None when what stands between the commas is no apposition."""
    while items[j].text == ",":
        k = j - 1
        while k >= 0 and items[k].text != "," and not items[k].is_quote and j - k < 30:
            k -= 1
        named = _named_in_apposition(items, k, j)
        if isinstance(named, tuple):
            return named
        if named is not None:
            j = named  # past the body and the role it names: "Tom Lee" speaks
            continue
        if not (k > 0 and items[k].text == "," and _is_apposition(items[k + 1:j])):
            return None
        j = _before_place_or_age(items, k - 1)
    return j


def _named_in_apposition(items: list[Token], k: int, j: int) -> int | tuple[int, int] | None:
    """What the segment items[k+1:j] between commas says of the speaker: the span of a name that speaks
    ("Sweden's Minister of Justice, Gunnar Strand,", "Manufacturers' organisation, the EEF,"), an index to go
    on from when it is the body a role before it names ("Tom Lee, chief economist at the consultancy, Capital
    Economics,"), else None."""
    before = _role_comma(items, k)
    role_of_name = before is not None
    named = items[k + 2:j] if k + 1 < j and items[k + 1].lower == "the" else items[k + 1:j]
    capitalised = bool(named) and all(it.is_capitalised for it in named)
    if k > 0 and items[k].text == "," and not role_of_name:
        if all(it.is_capitalised for it in items[k + 1:j]) and _office_before(items, k):
            return k + 1, j
        if capitalised and items[k - 1].text.isalpha() and items[k - 1].text.islower():
            return j - len(named), j
    if role_of_name and capitalised and items[k - 1].text.islower():
        return before - 1
    return None


def _role_comma(items: list[Token], k: int) -> int | None:
    """The comma after a name that a role follows, before the comma at items[k] ("Tom Lee, chief economist at the
    consultancy, Capital Economics,": the one after "Lee"), or None."""
    before = next((m for m in range(k - 1, max(-1, k - 30), -1) if items[m].text == "," or items[m].is_quote), -1)
    if before > 0 and items[before].text == "," and items[before - 1].is_capitalised \
            and items[before + 1].text.islower():
        return before
    return None


def _office_before(items: list[Token], k: int) -> bool:
    """Whether the words before the comma at items[k] hold an office ("Sweden's Minister of Justice,"), not a
    place ("from Tynemouth, North Tyneside,")."""
    office = items[max(0, k - 8):k]
    office = office[max((m + 1 for m, it in enumerate(office) if it.text == ","), default=0):]
    return any(it.lower in lexicon.title_words() for it in office) \
        and not any(it.lower in {"from", "in", "near"} for it in office)


def _before_place_or_age(items: list[Token], j: int) -> int:
    """Back over a place in two parts ("Richard Weir, 60, from Tynemouth, North Tyneside,") and an age
    ("Olga Petrenko, 61, a teacher,") before an apposition."""
    m = j
    while m > 0 and items[m].is_capitalised:
        m -= 1
    if m < j and m > 0 and items[m].lower in {"from", "of", "in"} and items[m - 1].text == ",":
        j = m - 1
    if j > 1 and items[j].text.isdigit() and items[j - 1].text == ",":
        j -= 2
    return j


def _phrase_start(items: list[Token], end: int, i: int) -> int:
    """Where the speaker phrase ending at ``end`` starts, reading back word by word."""
    start = end
    while start > 0:
        t = items[start - 1]
        if t.is_quote or (not t.text[:1].isalnum() and t.text not in {"’s", "'s", "&"}
                          and not _plural_possessive(items, start - 1)):
            break
        step = _step_back(items, start, end, i)
        if step is None:
            break
        start, stop = step
        if stop:
            break
    return start


def _step_back(items: list[Token], start: int, end: int, i: int) -> tuple[int, bool] | None:
    """Whether the word before ``start`` belongs to the phrase: the new start and whether the phrase ends there
    (a determiner, a plural group noun), or None when it does not belong."""
    t = items[start - 1]
    lower = "’s" if t.text in {"’", "'"} else t.lower
    if _name_part(items, start, end, lower):
        return start - 1, False
    joined = _joined_back(items, start, end, lower)
    if joined is not None:
        return joined, False
    if lower in DETERMINERS:
        return start - 1, True
    return _head_back(items, start, end, i)


def _name_part(items: list[Token], start: int, end: int, lower: str) -> bool:
    """Whether the word before ``start`` is part of a name or title: "Number 10", a capitalised word, a title
    or honorific, a possessive, a role before a name ("CNN meteorologist Jo Lee"), a body's common noun before
    its officials ("Acme administration officials")."""
    t = items[start - 1]
    if t.text.isdigit() and start == end and start >= 2 and items[start - 2].is_capitalised:
        return True
    if t.is_capitalised or lower in lexicon.title_words() or lower in {"’s", "'s"} \
            or lower.rstrip(".") in lexicon.honorifics():
        return True
    if lower in lexicon.role_nouns() and start < end and items[start].is_capitalised:
        return True
    return start < end and t.text.islower() and items[start].lower in _BODY_VOICES and start >= 2 \
        and items[start - 2].is_capitalised and _speaker_noun(lower)


def _joined_back(items: list[Token], start: int, end: int, lower: str) -> int | None:
    """The words that join the parts of a name: "Bank of England", "the Senate Committee on Foreign
    Relations", "the Committee on the Strategic Competition Between the United States and the X Party"."""
    if not (start < end and items[start].is_capitalised):
        return None
    if (lower in CONNECTORS or lower in _PLACE_PREPOSITIONS) and items[start].lower not in TIME_WORDS:
        return start - 1  # not "EPAC in December"
    if lower == "on" and start >= 2 and items[start - 2].lower in lexicon.organisation_heads() \
            and items[start - 2].is_capitalised:
        return start - 1
    if lower == "the" and start >= 3 and items[start - 3].is_capitalised \
            and items[start - 2].lower in CONNECTORS | _PLACE_PREPOSITIONS | {"on", "between"}:
        return start - 2
    return None


def _head_back(items: list[Token], start: int, end: int, i: int) -> tuple[int, bool] | None:
    """The common noun that heads a phrase standing just before the verb: "officials", "the commissioner for
    standards", "The delegation said", "Harris’s team said", "environmentalists say"; or an adjective before it."""
    if start == end:
        return _head_noun(items, start, i)
    if _descriptive(items, start - 1, end):
        return start - 1, False
    return None


def _head_noun(items: list[Token], start: int, i: int) -> tuple[int, bool] | None:
    """The noun right before the verb at items[i] that heads its subject, if it is one."""
    t = items[start - 1]
    lower = t.lower
    plain = t.text.islower() and t.text.isalpha()
    if lower in lexicon.organisation_heads() or lower in lexicon.anonymous_sources() or lower in lexicon.documents():
        return start - 1, False
    if start >= 3 and items[start - 2].lower in {"for", "of"} and items[start - 3].lower in lexicon.title_words() \
            and t.text.isalpha():
        return start - 2, False  # "the commissioner for standards said": an office, not a group
    if plain and start >= 2 and (items[start - 2].lower in {"the", "a", "an"} and items[i].lower in _SAID
                                 or items[start - 2].lower in {"’s", "'s"} or _plural_possessive(items, start - 2)):
        return start - 1, False  # a description, anonymous unless resolved
    if plain and t.text.endswith("s") and not t.text.endswith("ss") and len(t.text) > 4:
        named = start >= 2 and items[start - 2].text in lexicon.demonyms()
        return start - 1, not named  # a group: "environmentalists say", "Swedish courts have ruled"
    return None


def _settle_phrase(items: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """The phrase items[start:end] once read back, widened or moved where its words say: an office before it,
    "Veterans of X", an opening adverb, a document "of"/"seen by"/"led by"/"to" someone."""
    start = _widened(items, start)
    while start < end and (items[start].lower in LEADING or items[start].lower in CONNECTORS
                           or items[start].lower in _ADJUNCT and start + 1 < end):  # "After OPEC said"
        start += 1
    if start >= end:
        of = next((k for k in range(end - 1, max(1, end - 8), -1) if items[k].lower == "of"
                   and items[k - 1].lower in lexicon.documents() and items[k - 1].text.islower()), None)
        if of is not None and all(it.text[:1].isalnum() for it in items[of:end]):
            return _np_before(items, of)  # "TNO's analysis of the machine gun fire showed": the analysis
        return None
    if end - start == 1 and (items[start].lower in TIME_WORDS or items[start].lower in DETERMINERS):
        return None  # "indicators released since March indicate": a month says nothing; "her remarks": a noun
    return _moved_to_document(items, start, end)


def _widened(items: list[Token], start: int) -> int:
    """A phrase's start moved back over an office ("A leader of the state's largest teachers union said") and
    over "Veterans of" ("Veterans of the diplomatic service have said": the veterans, not the service)."""
    office = office_of(items, start)
    if 0 < office < start and items[office - 1].lower in DETERMINERS:
        start = office - 1
    if start >= 2 and items[start - 1].lower == "of" and items[start - 2].lower in lexicon.anonymous_sources():
        start -= 2
        if start and items[start - 1].lower in DETERMINERS:
            start -= 1
    return start


def _moved_to_document(items: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """A name after "seen by", "led by" or "to" belongs to the phrase before it: "intelligence reports seen by
    Reuters suggest" (the reports), "the X Committee, led by chairman Mike Gallo, R-Wis., requested" (the
    committee), "X's letter to Daniel Greenberg, the commissioner, said" (the letter)."""
    if start >= 3 and items[start - 1].lower == "by" and _is_participle(items[start - 2]) \
            and items[start - 3].lower in lexicon.documents():
        return _np_before(items, start - 2)
    if start >= 4 and items[start - 1].lower == "by" and _is_participle(items[start - 2]) \
            and items[start - 3].text == ",":
        return _np_before(items, start - 3)
    if start >= 2 and items[start - 1].lower == "to" and items[start - 2].lower in lexicon.documents():
        return _np_before(items, start - 1)
    return start, end


def _plural_possessive(items: list[Token], k: int) -> bool:
    """An apostrophe that makes a plural possessive: "the Conservatives’ letter"."""
    return items[k].text in {"’", "'"} and k > 0 and items[k - 1].end == items[k].start \
        and items[k - 1].text.endswith("s") and k + 1 < len(items) and items[k + 1].text.islower()


def _is_participle(token: Token) -> bool:
    return token.text.islower() and (token.lower.endswith("ed") or token.lower in _PARTICIPLES)


def _is_data(items: list[Token], subj: tuple[int, int]) -> bool:
    """Whether a source is data ("Partial indicators", "an AP-NORC poll") or a share of people polled
    ("about 3 in 10 independents")."""
    a, b = subj
    b = next((k for k in range(a + 1, b) if items[k].lower == "of"), b)  # "an analysis of census data"
    if items[b - 1].lower in lexicon.data_nouns():
        return not any(it.lower in {"’s", "'s"} for it in items[a:b])  # "Statistics Canada’s data" is theirs
    return a >= 3 and items[a - 1].text.isdigit() and items[a - 2].lower in {"in", "of"} and items[a - 3].text.isdigit()


def _document_owner(items: list[Token], doc: int) -> tuple[int, int] | None:
    """Whose document items[doc] is, when the article says: "the president’s executive order" (the
    president), "a Pentagon memo" (the Pentagon); None for "the legislation"."""
    np = _np_before(items, doc + 1)
    if np is None:
        return None
    owner = next((k for k in range(np[0], np[1]) if items[k].lower in {"’s", "'s"}), None)
    if owner is not None:
        return np[0], owner
    return np if any(it.is_capitalised for it in items[np[0]:np[1]]) else None


def _descriptive(items: list[Token], k: int, end: int) -> bool:
    """A lowercase modifier inside a description: "a senior official", "Ukrainian military intelligence"."""
    word = items[k].lower
    if not word.isalpha() or word in lexicon.speech_verbs() or word in _PASSIVE or word in _FINITE \
            or word in _NOT_CONTENT or word in _SUBORDINATORS:  # not "on Saturday after authorities said"
        return False
    if items[k + 1].lower in lexicon.title_words() and k > 0 and (
            items[k - 1].is_capitalised or items[k - 1].lower in DETERMINERS):
        return True  # "Harris senior adviser David Plouffe", "the chief military spokesperson"
    for m in range(k - 1, max(-1, k - 4), -1):
        if _opens_description(items, m, end):
            return True
        if not items[m].text.isalpha():
            return False
    return False


def _opens_description(items: list[Token], m: int, end: int) -> bool:
    """Whether items[m] opens the description ending at ``end``: a determiner, a capitalised word before a
    body or document ("Ukrainian military intelligence"), or a possessive name ("Ukraine's emergency service")."""
    if items[m].lower in DETERMINERS:
        return True
    if items[m].is_capitalised and (items[end - 1].lower in lexicon.organisation_heads()
                                    or items[end - 1].lower in lexicon.documents()):
        return True
    return items[m].lower in {"’s", "'s"} and m > 0 and items[m - 1].is_capitalised \
        and not any(it.is_capitalised for it in items[m + 1:end])


def _clause_edge(items: list[Token], start: int) -> int | None:
    """Where the clause before a speaker ends: "..., political analysts said" -> the comma."""
    k = start
    while k > 0 and start - k < 6 and items[k - 1].text[:1].isalpha() and not items[k - 1].is_quote \
            and items[k - 1].lower not in lexicon.speech_verbs():
        k -= 1
    if k > 0 and (items[k - 1].text == "," or items[k - 1].is_quote):
        return k
    return None


def _issued_document(items: list[Token], subj: tuple[int, int], mention) -> bool:
    """Whether a subject is a document of a named issuer: "Godongwana's budget documents", "the report by
    the Audit Office" (not "figures", "a poll")."""
    a, b = subj
    if mention is None or mention.kind not in {"person", "body"}:
        return False
    if items[b - 1].lower in lexicon.documents():
        return b - a > 1
    k = a - 1
    return k >= 1 and items[k].lower in {"by", "of", "from"} and items[k - 1].lower in lexicon.documents()


_SAID = frozenset("said says told tells added adds".split())  # no noun reads like these
_PARTICIPLES = frozenset("seen made written given taken shown drawn known done sent".split())
_WH = frozenset("how what where whether when which who why".split())
_QUOTING = frozenset("quoted quotes quoting cited cites citing".split())


def _with_subject(items: list[Token], i: int, bare: bool) -> tuple[int, int] | None:
    """The subject of "with X suggesting that", "with reports indicating that": X, when "that" follows, or,
    for a verb that takes a bare clause, a clause with its own verb ("with X saying talks had failed")."""
    if i + 1 >= len(items) or not (items[i + 1].lower == "that"
                                   or bare and _has_finite_verb(items, i + 1, min(len(items), i + 9))):
        return None
    subj = _np_before(items, i)
    if subj is None:
        return None
    k = subj[0] - 1
    while k > 0 and subj[0] - k < 3 and items[k].text.isalpha() and items[k].text.islower() \
            and items[k].lower != "with":
        k -= 1  # "with some analysts", "with rights activists"
    return (k + 1, subj[1]) if k >= 0 and items[k].lower == "with" else None


def _quoted_source(items: list[Token], as_at: int) -> tuple[int, int] | None:
    """Who is quoted in "quoted X as saying" / "cited X as saying": X, or the body whose document X is
    ("a statement by the army")."""
    verb = next((k for k in range(as_at - 1, max(-1, as_at - 20), -1) if items[k].lower in _QUOTING), None)
    if verb is None or verb + 1 >= as_at or items[verb + 1].lower in {"its", "his", "her", "their"}:
        return None  # "quoted its five-year plan as saying": whose plan is left to the quotation's context
    by = next((k for k in range(verb + 1, min(as_at, verb + 5)) if items[k].lower in {"by", "from", "of"}
               and items[k - 1].lower in lexicon.documents()), None)
    return (by + 1, as_at) if by is not None else (verb + 1, as_at)


def _after_dateline(items: list[Token], end: int) -> int:
    """Where a sentence starts after a dateline ("CANBERRA, Feb 27 - "), or 0."""
    if not items or not (items[0].text.isupper() and items[0].text.isalpha() and len(items[0].text) > 1):
        return 0
    dash = next((k for k in range(1, min(end, 10)) if items[k].text in _DASHES), None)
    if dash is None or not any(it.text == "," or it.text == "(" for it in items[1:dash]):
        return 0
    while dash + 1 < end and items[dash + 1].text in _DASHES:
        dash += 1  # "RIVERTON, June 3 (Agency) -- ": a double dash
    return dash + 1


def _closes_quotation(items: list[Token], start: int) -> bool:
    """Whether the speaker phrase at items[start] follows a quotation it attributes ("“…,” X said")."""
    k = start - 1
    if k >= 0 and items[k].text == ",":
        k -= 1
    return k >= 0 and items[k].is_quote


def _is_apposition(seg: list[Token]) -> bool:
    if not seg or any(it.is_quote for it in seg):
        return False
    first = seg[0].lower
    return first in {"a", "an", "the", "who", "whose", "with", "from", "of", "at", "in", "one", "now",
                     "himself", "herself", "former", "then", "whom", "and"} \
        or first in lexicon.title_words() or first.endswith(("ly", "ed", "ing")) or first.isdigit() \
        or seg[0].text[:1].isupper() or first in lexicon.role_nouns() \
        or first in _ASIDES and len(seg) <= 5  # "Lee, for her part, said", "Lee, however, said"


_BODY_VOICES = OFFICIALS | {"spokesman", "spokeswoman", "spokesperson"}  # who speak for a body named before them
_ASIDES = frozenset("""for however meanwhile though too also moreover nonetheless nevertheless
like unlike as instead""".split())


def _speaker_noun(word: str) -> bool:
    """A common noun that can head a speaker phrase: "the union", "the forecaster", "the analysts"."""
    return word in lexicon.organisation_heads() or word in lexicon.group_nouns() or word in lexicon.role_nouns() \
        or word in lexicon.anonymous_sources()


def _heads_speaker_noun(items: list[Token], k: int) -> bool:
    """Whether items[k] is a speaker noun or a lowercase word before one, right after a determiner ("the city
    council", "the union"; not "The US welcomed the exchange", where the lowercase run opens the predicate)."""
    run = k
    while run > 0 and k - run < 3 and items[run - 1].text.isalpha() and items[run - 1].text.islower() \
            and items[run - 1].lower not in DETERMINERS:
        run -= 1
    if run == 0 or items[run - 1].lower not in DETERMINERS | {"’s", "'s"}:  # "the city's transport board"
        return False
    for m in range(k, min(len(items), k + 3)):
        if not (items[m].text.isalpha() and items[m].text.islower()):
            return False
        if _speaker_noun(items[m].lower):
            return True
    return False


def _role_of_body(items: list[Token], k: int) -> bool:
    """Whether items[k] ("for", "of", "at") joins a role to the named body it serves: "a spokesman for the
    Ministry of Health", "an analyst at Acme"."""
    role = items[k - 1].lower
    name = k + 2 if k + 2 < len(items) and items[k + 1].lower == "the" else k + 1
    return (role in lexicon.title_words() or role in lexicon.role_nouns() or role in lexicon.anonymous_sources()) \
        and name < len(items) and items[name].is_capitalised and not items[name].is_quote


def _np_after(items: list[Token], i: int) -> tuple[int, int] | None:
    """Index range of the speaker phrase right after items[i] (inverted "said Kirby")."""
    k = i + 1
    start = k
    while k < len(items):
        t = items[k]
        if t.is_quote or not (t.text[:1].isalnum() or t.text in {"’s", "'s"}):
            break
        if k > start and t.lower in {"for", "of", "at"} and _role_of_body(items, k):
            k += 1  # "said a spokesman for the Ministry of Health": the body is part of the speaker
            continue
        if k > start and (t.lower in _STOP_AFTER or t.text.islower() and t.lower.endswith("ed")
                          and items[k - 1].lower in lexicon.documents()):
            break  # "said the statement quoted by IRNA": the statement speaks
        if t.lower in _FINITE or k - start > 14:
            return None  # "said the wards were full": a clause, not a speaker
        k += 1
    k = _name_after_role(items, k)
    return (start, k) if k > start else None


def _name_after_role(items: list[Token], k: int) -> int:
    """Past the name after a role and a comma: "said EEF chief economist, Steve Radley."."""
    if k + 1 < len(items) and items[k].text == "," and items[k + 1].is_capitalised:
        m = k + 1
        while m < len(items) and items[m].is_capitalised:
            m += 1
        if m == len(items) or items[m].text in {".", ",", ";"} and m - k > 2:
            return m
    return k


_ADJECTIVE_ENDINGS = ("ive", "ous", "ful", "ic", "al", "able", "ible")  # "claimed massive victories": no verb


def _has_finite_verb(items: list[Token], k: int, n: int) -> bool:
    """Whether a bare reported clause has a verb of its own ("said prices rose"), unlike a noun
    object ("stressed the importance of diplomacy")."""
    for j in range(k, min(n, k + 20)):
        word = items[j].lower
        if word in _FINITE or word in lexicon.irregular_past() or word in {"has", "have", "had"} \
                or items[j].is_quote and len(items[j].quote.text.split()) >= 3:
            return True
        if j > k and word.endswith("ed") and len(word) > 4 and items[j - 1].text != "," and word.isalpha() \
                and not items[j - 1].text[:1].isdigit():  # not "boasts 300 coordinated offices"
            return True
        if j > k and _present_verb(items, k, j):
            return True
    return False


def _present_verb(items: list[Token], k: int, j: int) -> bool:
    """Whether items[j], a word in -s, is a verb in the present ("prices rises") and not a plural noun after an
    adjective, a number or a preposition ("massive victories", "300 offices", "moratorium on interest payments")."""
    word, prev = items[j].lower, items[j - 1]
    if not (word.endswith("s") and not word.endswith("ss") and word.isalpha() and items[j].text.islower()):
        return False
    if word in lexicon.plural_nouns() and not (j + 1 < len(items) and items[j + 1].lower in _OBJECT_OPENERS):
        return False  # "the adverse effects of", "police stations operating" (but "the plan costs the state")
    if not prev.text[:1].isalpha() or prev.lower in DETERMINERS | _NOT_CONTENT or prev.lower.endswith("s"):
        return False
    if prev.lower.endswith(_ADJECTIVE_ENDINGS) and (j - 2 < k or items[j - 2].lower not in DETERMINERS):
        return False
    return not (j - 2 >= k and items[j - 2].text[:1].isdigit()) and not (j - k > 1 and items[j - 2].lower
                                                                         in {"on", "of", "for"})


def _opens_clause(items: list[Token], k: int, n: int) -> bool:
    """Whether what follows a verb opens with a short plain subject and its verb ("confirmed [the
    commissioner] [had] declined", "forecast [demand] [would] grow"), not a noun object ("confirmed the
    deaths of three people killed in the raid")."""
    if k >= n or items[k].lower in _NOT_CONTENT or items[k].lower in _WH or items[k].lower in {"to", "that"}:
        return False  # not "would not confirm whether the ministry is aware"
    for j in range(k + 1, min(n, k + 6)):
        word = items[j]
        if not word.text[:1].isalnum() or word.lower in _NOT_CONTENT or word.lower in {"and", "or", "to"}:
            return False
        if word.lower in _FINITE or word.lower in lexicon.irregular_past() \
                or word.text.islower() and word.lower.endswith("ed") and items[j - 1].lower not in DETERMINERS:
            return True
    return False


def _coordinated(items: list[Token], i: int) -> bool:
    """A speech verb sharing the subject of the one before: ", saying", "and insisted"."""
    if items[i].lower.endswith("ing"):
        return i > 0 and items[i - 1].lower in {",", "and"}
    j = i - 1
    while j >= 0 and items[j].lower in _BETWEEN:
        j -= 1
    return j > 0 and items[j].lower in {"and", "but"}


def _next_clause(items: list[Token], k: int, n: int) -> int:
    """Where reported content ends: before a second predicate of the speaker, the writer's contrast or source,
    or a second speech verb and its own subject, if any."""
    verbs = lexicon.speech_verbs()
    for v in range(k + 1, n):
        lower = items[v].lower
        if lower not in verbs and lower not in _BREAK_WORDS and items[v - 1].lower not in {"and", "but"}:
            continue  # a word that can end nothing: the check below, without the call
        end = _clause_break(items, k, v, n)
        if end is None:
            continue
        while end > k and items[end - 1].lower in {",", "and", "but", ";"} | _BETWEEN:
            end -= 1
        return end
    return n


_OBJECT_OPENERS = frozenset("the a an to that this these those its his her their our it them him us".split())
_BREAK_WORDS = frozenset({"although", "whereas", "according"})


def _clause_break(items: list[Token], k: int, v: int, n: int) -> int | None:
    """Whether reported content that opened at k ends at items[v], and where (before any trimming)."""
    it = items[v]
    writer = _writers_break(items, k, v, n)
    if writer is not None:
        return writer
    if it.is_quote or it.is_capitalised or it.lower not in lexicon.speech_verbs():
        return None
    if _coordinated(items, v):
        return v - 1
    if items[v - 1].text == "," and it.lower in {"said", "told", "added"} and v + 1 < n \
            and items[v + 1].text[:1].isalnum() and items[v + 1].lower not in {"as", "by"}:
        return v - 1  # "the source, who said he had spoken to guards, told Reuters": the outer verb
    return _second_subject(items, k, v)


def _writers_break(items: list[Token], k: int, v: int, n: int) -> int | None:
    """Where the writer takes over from reported content at items[v]: a second predicate of the speaker ("said A,
    and blamed B", "…, and specifically named B"), a contrast ("…, although others feel …"), the source
    ("…, according to the paper")."""
    it = items[v]
    if v > k + 2 and items[v - 2].text == "," and items[v - 1].lower in {"and", "but"} and it.text.islower() \
            and (it.lower.endswith("ed")
                 or it.lower.endswith("ly") and v + 1 < n and items[v + 1].lower.endswith("ed")):
        return v - 2
    if items[v - 1].text == "," and (it.lower in {"although", "whereas"} and not it.is_quote
                                     or it.lower == "according" and v + 1 < n and items[v + 1].lower == "to"):
        return v - 1
    return None


def _second_subject(items: list[Token], k: int, v: int) -> int | None:
    """Where the subject of a second speech verb at items[v] starts, when it opens a clause of its own ("…, and
    the minister said B", "saying A, after he called B")."""
    subj = _np_before(items, v)
    if subj is not None and subj[0] - 2 > k and items[subj[0] - 2].text == "," \
            and items[subj[0] - 1].lower in _SUBORDINATORS | {"after", "before", "until"}:
        return subj[0] - 1
    if subj is None or subj[0] <= k or items[subj[0] - 1].lower not in {",", "and", "but", ";"}:
        return None
    return subj[0]


_OBJECT_PRONOUNS = frozenset("them him her it this these those us me".split())


def _quoted_name(seg: list[Token]) -> bool:
    """Whether an object is given a name in quotation marks, not told "to" do something quoted."""
    quote = next((m for m, it in enumerate(seg) if it.is_quote), None)
    return quote is not None and not any(it.lower == "to" for it in seg[:quote])


def _complement(items: list[Token], k: int, markers: frozenset[str]) -> tuple[int, int] | None:
    """What is said of an object: "accused [the military of orchestrating his removal]", "described
    [the attack as a grave escalation]", "called [them unpatriotic]". None when the object stands alone
    ("described the scene", "called the police")."""
    n = _next_clause(items, k, len(items))
    n = next((m for m in range(k + 1, n - 1) if items[m].lower == "and" and items[m + 1].text.islower()
              and items[m + 1].text.endswith("ed")), n)  # "called it a “success” and published a report"
    if k >= n or items[k].is_quote or items[k].lower in {"that", ":", ",", "on", "for", "to"}:
        return None
    if "*" in markers:  # a name for the object: only a pronoun object, so "called the police" is not one
        ok = items[k].lower in _OBJECT_PRONOUNS and k + 1 < n and items[k + 1].lower not in {"to", "for", "on"} \
            or _quoted_name(items[k + 1:min(n, k + 25)])  # "called X's criticisms “fatuous”"
    else:
        ok = any(it.lower in markers for it in items[k + 1:min(n, k + 12)])
    if not ok or _words(items[k:n]) < 2:
        return None
    return k, n


def _inverted_subject(items: list[Token], i: int) -> tuple[int, int] | None:
    """The speaker after an inverted verb ("..., said Kirby."), which ends the clause and is a
    name or a speaker noun: not "..., confirmed his daughter's passing to the press"."""
    subj = _np_after(items, i)
    if subj is None:
        return None
    last, after = items[subj[1] - 1], subj[1]
    document = last.lower in lexicon.documents()
    if not (last.is_capitalised or last.lower in lexicon.title_words() or last.lower in lexicon.organisation_heads()
            or last.lower in lexicon.anonymous_sources() or last.lower in PRONOUNS or document
            or last.lower.endswith("-year-old")):  # "said the 36-year-old"
        return None
    if after < len(items) and items[after].text[:1].isalnum() and items[after].lower not in _ADJUNCT \
            and items[after].lower not in {"who", "whose", "which", "told", "according"} \
            and not (document and items[after].lower.endswith("ed")):  # "said the statement quoted by IRNA"
        return None
    return subj


def _text(paragraph: str, items: list[Token], a: int, b: int) -> str:
    if a >= b:
        return ""
    return paragraph[items[a].start:items[b - 1].end]


def _words(items: list[Token]) -> int:
    return sum(len(it.quote.text.split()) if it.is_quote else it.text[:1].isalnum() for it in items)


def _not_speech(items: list[Token], i: int, verb, prev: str, progressive: bool) -> bool:
    """A speech verb's form used otherwise: a passive ("was told"), a noun ("a Reuters report covered",
    "reviewed the TNO report", "the Baltic states - have", "intelligence reports seen by Reuters")."""
    if prev in _PASSIVE and not progressive or prev in {"a", "an", "the", "to"}:
        return True
    if i > 1 and items[i - 1].is_capitalised and (items[i - 2].lower in {"a", "an"} or (
            items[i - 2].lower == "the" and items[i].lower == verb.lemma)):
        return True
    if items[i].lower.endswith("s") and i + 1 < len(items) and (items[i + 1].text in {")", *_DASHES} or (
            items[i + 1].lower in {"have", "are", "were"} and items[i - 1].is_capitalised)):
        return True
    return items[i].lower in lexicon.documents() and i + 1 < len(items) and _is_participle(items[i + 1])


def _main_clause(items: list[Token], i: int, verb, subj: tuple[int, int], content: tuple[int, int]):
    """ "Though X has said A, B": only A is X's; "Although no group claimed responsibility, …" is an object, not
    a clause (None)."""
    if not (subj[0] > 0 and items[subj[0] - 1].lower in _SUBORDINATORS):
        return content
    comma = next((k for k in range(content[0], content[1]) if items[k].text == ","), content[1])
    content = (content[0], comma)
    if content[0] == i + 1 and not verb.complement and not _has_finite_verb(items, *content) \
            and not any(it.is_quote for it in items[content[0]:content[1]]):
        return None
    return content


def _listener_of(items: list[Token], j: int) -> bool:
    """ "told George Lee of ABC that": the "of" names the listener's outlet, inside the object."""
    return items[j].lower == "of" and items[j - 1].is_capitalised and j + 1 < len(items) \
        and items[j + 1].is_capitalised and any(it.lower == "that" for it in items[j + 2:j + 5])


_NO_RULE = object()  # a rule that does not apply


def _object_content(items: list[Token], k: int, verb):
    """What was said when the verb's object carries it: "accused X of lying", "described X as a threat"; advice
    against doing something ("warned against expecting", not "against a plan"); "asked not to be identified"
    says nothing (None). _NO_RULE when none of these apply."""
    n = len(items)
    if verb.complement is not None:
        span = _complement(items, k, verb.complement)
        if span is not None:
            return span
    if verb.against and k + 1 < n and items[k].lower == "against" and items[k + 1].lower.endswith("ing"):
        end = _next_clause(items, k, n)
        return (k, end) if _words(items[k:end]) >= 3 else None
    if verb.takes_object and k < n and items[k].lower == "not":
        return None
    return _NO_RULE


def _past_comma(items: list[Token], k: int) -> int | None:
    """Past the commas and colons after a verb's object and adjuncts; None when what follows a comma is no
    content: "A, a spokesman said, and B" (what was said stands before), "said Sunday, marking the third time"."""
    n = len(items)
    comma = k < n and items[k].text == ","
    while k < n and items[k].text in {",", ":"}:
        k += 1
    if comma and k < n and (items[k].lower in {"and", "but"}
                            or items[k].lower.endswith("ing") and items[k].text.islower()):
        return None
    return k


def _clause_start(items: list[Token], k: int, n: int, verb) -> int | None:
    """Where reported content opens at items[k]: after "that", at a to-infinitive, a quotation, a colon, a
    clause the verb takes bare; None when nothing there is a clause ("said the plan", "said on Monday")."""
    if k + 2 < n and items[k].lower == "the" and items[k + 1].lower == "fact" and items[k + 2].lower == "that":
        k += 2  # "lamented the fact that"
    if k < n and items[k].lower == "that":
        return k + 1
    if k < n and (items[k].lower == "to" and verb.infinitive or items[k].is_quote or items[k - 1].text == ":"):
        return k
    if verb.clause and _opens_clause(items, k, n):
        return k
    if not verb.bare or k >= n or items[k].lower in _NOT_CONTENT or items[k].lower == "to" \
            or not _has_finite_verb(items, k, n):
        return None
    return k


def _has_speech_verb(items: list[Token], k: int) -> bool:
    """Whether a speech verb of its own follows ("According to the files, Jo Lee said …": the statement is Lee's,
    and "according to" says only where it was reported)."""
    verbs = lexicon.speech_verbs()
    return any(it.lower in verbs and it.text.islower() and not it.lower.endswith("ing")
               and (items[m - 1].is_capitalised or items[m - 1].lower in PRONOUNS or items[m - 1].text == ",")
               for m, it in enumerate(items[k:k + 8], k) if m > 0)  # a subject and its verb, not "early warning"


def _subject_opening(items: list[Token]) -> int:
    """Where a sentence's subject may start: after a dateline, sentence adverbs, an opening adjunct ("In
    Washington, …", "On Monday the ministry said") and an aside in dashes."""
    k = _after_dateline(items, len(items))  # "RIVERTON, June 3 (Agency) -- The council ..."
    while k < len(items) and items[k].lower in LEADING:
        k += 1
    if k < len(items) and items[k].lower in _ADJUNCT:
        comma = next((m for m in range(k, min(len(items), k + 8)) if items[m].text == ","), None)
        if comma is not None:
            k = comma + 1
        elif k + 1 < len(items) and items[k + 1].lower in TIME_WORDS:
            k += 2  # "In May Munir said"
    return _skip_aside(items, k)  # "In May -- just months before the operation -- Munir highlighted"


def _according_source(items: list[Token], subj: tuple[int, int]) -> tuple[tuple[int, int], int] | None:
    """The source after "according to" and where what follows it starts: a document's issuer when named ("a
    report published last week by X", "an analysis of census data by X"), else the document's owner ("a Pentagon
    memo seen by Reuters": the Pentagon's, what was said after the comma); None for data ("an AP-NORC poll")."""
    after = subj[1]
    doc = next((k for k in range(subj[0], min(subj[1], subj[0] + 4)) if items[k].lower in lexicon.documents()), None)
    if doc is None:
        return subj, after
    by = doc + 1
    while by < len(items) and items[by].lower in _ISSUED_WHEN:
        by += 1
    if items[by:by + 1] and items[by].lower == "of":
        by = next((m for m in range(by + 1, min(len(items), by + 7)) if items[m].lower in {"by", "from"}
                   or not items[m].text[:1].isalnum()), by)
    if _is_data(items, (subj[0], doc + 1)):
        return None
    source = _np_after(items, by) if items[by:by + 1] and items[by].lower in {"by", "from"} else None
    if source is not None:
        return source, source[1]
    if after < len(items) and items[after].text.isalpha():
        after = next((k for k in range(after, min(len(items), after + 15)) if items[k].text == ","), len(items))
    return (subj[0], doc + 1), after


class Finder:
    """Finds the statements of one article; keeps the cast of speakers as it reads."""

    def __init__(self, paragraphs: tuple[str, ...], quotes: list[Quote], tokens: list[list[Token]] | None = None):
        self.paragraphs = paragraphs
        self.quotes = quotes
        self.by_paragraph: list[list[tuple[Quote, int, int]]] = [[] for _ in paragraphs]
        for q in quotes:
            for p, a, b in q.parts:
                self.by_paragraph[p].append((q, a, b))
        for pieces in self.by_paragraph:
            pieces.sort(key=lambda piece: piece[1:])
        self.tokens = tokens if tokens is not None else [tokenize(text) for text in paragraphs]
        self.cast = Cast(paragraphs, [[(a, b) for _, a, b in spans] for spans in self.by_paragraph], self.tokens)
        self.found: list[Found] = []
        self.attributed: dict[int, str | None] = {}  # id(quote) -> speaker
        self.consumed: set[int] = set()
        self.pending: dict[int, list[tuple[Quote, int, int]]] = {}  # last paragraph -> quotes running on to it
        self.listed: set[int] = set()  # paragraphs already read as the points of a list
        self.first_found: dict[int, int] = {}  # paragraph -> len(self.found) when reading it began

    def run(self) -> list[Found]:
        for p, text in enumerate(self.paragraphs):
            self.first_found[p] = len(self.found)
            if p in self.listed:
                continue
            spans = self.by_paragraph[p]
            protected = [(a, b) for _, a, b in spans]
            cues_here: list[tuple[int, str | None]] = []
            starts = [tok.start for tok in self.tokens[p]]
            cue_words = _cue_words()
            cue_at = [tok.start for tok in self.tokens[p] if tok.lower in cue_words]
            sentences = sentence_spans(text, protected)
            for s_start, s_end in sentences:
                if bisect_left(cue_at, s_start) == bisect_left(cue_at, s_end):
                    continue  # no reporting word in the sentence: nothing to attribute
                items = _stream(self.tokens[p], starts, spans, s_start, s_end)
                if len(items) > MAX_SENTENCE_ITEMS:
                    continue  # no sentence of news: a list or a paste without stops, whose verbs attribute nothing
                cues_here.extend(self._sentence(p, text, items))
            self._direct(p, text, cues_here, sentences, starts)
            self._run_on(p, cues_here)
        self.found.sort(key=lambda f: (f.paragraph, f.start))
        self._name_teasers()
        return self.found

    def _name_teasers(self) -> None:
        """Give a teaser's statements ("..., a Home Office minister has said.") to the person the next
        paragraph names as a speaker for the first time."""
        for pos, mention in self.cast.teasers:
            later = [f.speaker for f in self.found if f.paragraph == pos[0] + 1 and f.speaker]
            if not later or not self.cast.named_after(pos, mention, later[0]):
                continue
            self.found = [replace(f, speaker=later[0], resolution="description")
                          if f.paragraph == pos[0] and f.speaker is None else f for f in self.found]

    # --- reported speech and attributed quotations -------------------------------------
    def _who(self, mention: Mention | None, pos: tuple[int, int], pattern: str) -> Who:
        name = self.cast.resolve(mention, pos)
        unnamed = mention if name is None and mention is not None and mention.kind == "anonymous" \
            else None
        return Who(name, resolution(mention, name), pattern, unnamed)

    def _spoke(self, who: Who, pos: tuple[int, int]) -> None:
        self.cast.spoke(who.name, pos)
        if who.unnamed is not None:
            self.cast.unnamed_spoke(who.unnamed, pos)

    def _sentence(self, p: int, text: str, items: list[Token]) -> list[tuple[int, Who]]:
        cues: list[tuple[int, Who]] = []
        verbs = _reporting_verbs()
        first = len(self.found)
        for i, it in enumerate(items):
            lower = it.lower  # a quotation's is QUOTE's, which is none of these words
            before = len(self.found)
            if lower == "according" and i + 1 < len(items) and items[i + 1].lower == "to":
                cue = None if cues else self._according(p, text, items, i)  # "…,” he said, according to X"
            elif lower in _NOUN_CUES and i > 0 and (items[i - 1].lower in {"’s", "'s"} or i > 1 and items[i - 2].lower
                                                    in {"’s", "'s"} and items[i - 1].text.islower()):
                cue = self._noun_cue(p, text, items, i)  # "TNO's (preliminary) finding that"
            elif lower in verbs and (not it.is_capitalised or i == 0) \
                    and not (i and items[i - 1].lower in {"’s", "'s"}):
                cue = self._verb(p, text, items, i, cues, verbs[lower])
            else:
                continue
            if cue is not None and self._nested(p, it.start, first, before):
                del self.found[before:]  # speech reported inside a statement is part of it
                continue
            if cue is not None:
                cues.append(cue)
        return cues

    def _nested(self, p: int, at: int, first: int, new: int) -> bool:
        """Whether a cue lies inside reported speech this sentence already yielded: "Lee said the minister had
        told her that …" is Lee's statement; what the minister told her is part of it, not a second one."""
        return any(f.paragraph == p and f.kind == "indirect" and f.start <= at < f.end for f in self.found[first:new])

    def _verb(self, p, text, items, i, cues, verb):
        """A speech verb at items[i]: the statement it makes, by the pattern its words and punctuation show."""
        prev = items[i - 1].lower if i else ""
        progressive = prev in _PROGRESSIVE and items[i].lower.endswith("ing")  # "is urging", "has been saying"
        if _not_speech(items, i, verb, prev, progressive):
            return None
        if _coordinated(items, i) and (cues or not items[i].lower.endswith("ing")):
            return self._second_verb(p, text, items, i, cues, verb)
        if items[i].lower.endswith("ing") and not progressive:
            found = self._participle_subject(items, i, verb, prev)
            if found is None:
                return None
            subj, pattern = found
        elif self._inverts(text, items, i, verb):
            return self._inverted(p, text, items, i)
        else:
            subj, pattern = _np_before(items, i), "source-verb"
        if subj is None:
            return None
        return self._from_source(p, text, items, i, verb, subj, pattern)

    def _second_verb(self, p, text, items, i, cues, verb):
        """ "said A, saying B" / "said A but insisted B" / "condemned X and said B": the same speaker."""
        content = self._content_after(items, i, verb)
        if content is None:
            return None
        if cues:
            speaker = cues[-1][1].as_pattern("second-verb")
        else:
            subj = self._main_subject(items, i)
            if subj is None:
                return None
            speaker = self._who(parse_mention(_text(text, items, *subj)), (p, items[subj[0]].start), "second-verb")
        return self._emit(p, text, items, content, speaker, items[i].lower, i)

    def _participle_subject(self, items, i, verb, prev) -> tuple[tuple[int, int] | None, str] | None:
        """Whose an -ing form's words are, and by which pattern: "IRNA quoted the army as saying", "with some
        analysts suggesting that", "an executive order declaring that", "…, saying that"; None when the -ing
        form reports nothing ("figures showing", "began saying")."""
        if prev == "as":
            return _quoted_source(items, i - 1), "quoted-as-saying"
        subj = _with_subject(items, i, verb.bare)
        if subj is not None:
            return subj, "with-participle"
        if prev in lexicon.documents() and items[i - 1].text.islower() and not verb.by_document:
            subj = _document_owner(items, i - 1) or self._main_subject(items, i)
            return None if subj is None else (subj, "document-participle")
        in_that = prev == "in" and i + 1 < len(items) and items[i + 1].lower == "that"  # "joined X in finding that"
        if not in_that and (prev not in {",", "and"} or i + 1 >= len(items)
                            or items[i + 1].lower not in {"that", QUOTE.lower()} and not items[i + 1].is_quote
                            and not verb.bare and not (verb.complement and _complement(items, i + 1, verb.complement))):
            return None
        return self._main_subject(items, i), "participle"

    def _inverts(self, text, items, i, verb) -> bool:
        """ "“…,” said Kirby" / "…, said the ministry.": the speaker after the verb (not "told", which takes a
        listener, and not when a speaker stands before the verb)."""
        return bool(i) and (items[i - 1].text == "," or items[i - 1].is_quote) and verb.lemma != "tell" \
            and self._inverted_ok(items, i) and _inverted_subject(items, i) is not None \
            and not self._named_before(text, items, i)

    def _inverted(self, p, text, items, i):
        subj = _inverted_subject(items, i)
        mention = parse_mention(_text(text, items, *subj))
        speaker = self._who(mention, (p, items[subj[0]].start), "content-verb-source")
        content = self._content_before(items, i - (1 if items[i - 1].text == "," else 0))
        return None if content is None else self._emit(p, text, items, content, speaker, items[i].lower, i)

    def _from_source(self, p, text, items, i, verb, subj, pattern):
        """The statement of a speaker phrase before the verb, with what was said after it ("X said that …") or
        before it ("…, X said."), or the points listed after "X said:"."""
        mention = parse_mention(_text(text, items, *subj))
        if mention is None or _is_data(items, subj):
            return None  # "figures show", "about 3 in 10 voters say": data, not a statement
        if verb.by_document and not _issued_document(items, subj, mention):
            return None  # "figures show": data, not a statement
        speaker = self._who(mention, (p, items[subj[0]].start), pattern)
        content, speaker = self._content_of(items, i, verb, subj, speaker)
        if content is None:
            if items[-1].text == ":" and i == len(items) - 2 and items[-1].end >= len(text.rstrip()):
                return self._list_after(p, speaker, items[i].lower, items[i].start)
            return None
        content = _main_clause(items, i, verb, subj, content)
        return None if content is None else self._emit(p, text, items, content, speaker, items[i].lower, i)

    def _content_of(self, items, i, verb, subj, speaker: Who) -> tuple[tuple[int, int] | None, Who]:
        """What was said: after the verb, else (for a finite verb ending its clause) before the speaker."""
        content = self._content_after(items, i, verb)
        if content is not None and _closes_quotation(items, subj[0]) and items[content[0] - 1].lower != "that":
            content = None  # "“…,” the MP told the home affairs committee": the listener, not content
        edge = _clause_edge(items, subj[0])
        if content is None and not items[i].lower.endswith("ing") and edge is not None:
            content = self._content_before(items, edge)
            quoted_only = content is not None and all(
                it.is_quote or not it.text[:1].isalnum() for it in items[content[0]:content[1]])
            if content is not None and not quoted_only and not self._ends_clause(items, i, verb):
                content = None
            speaker = speaker.as_pattern("content-source-verb")
        return content, speaker

    def _list_after(self, p: int, speaker: Who, verb: str, at: int):
        """ "President Obama also said:" closing a paragraph, then a list of points, one a line, or a
        quotation opening the next paragraph ("The campaign said:" / "“We will win.”")."""
        opening = next((quote for quote, a, _ in self.by_paragraph[p + 1] if a == 0 and quote.paragraph == p + 1),
                       None) if p + 1 < len(self.paragraphs) else None
        if opening is not None and id(opening) not in self.attributed:
            self.attributed[id(opening)] = speaker.as_pattern("colon-introducer")
            self._spoke(speaker, (p, at))
            return (at, speaker)
        q = p + 1
        while q < len(self.paragraphs) and q - p <= LIST_AHEAD:
            item = self.paragraphs[q].strip()
            if not item or item[-1] in ".!?:”\"’'" or item[0] in "“\"‘'" or len(item.split()) > 40:
                break
            self.found.append(Found(speaker.name, "indirect", q, 0, len(self.paragraphs[q]), item, verb,
                                    pattern="list-after-colon", resolution=speaker.how))
            self.listed.add(q)
            q += 1
        if q == p + 1:
            return None
        self._spoke(speaker, (p, at))
        return (at, speaker)

    def _main_subject(self, items: list[Token], i: int) -> tuple[int, int] | None:
        """The subject a participle or second verb shares: that of the speech verb before it ("Melnyk denied
        the accusations, calling them ..."), else the one at the head of the sentence."""
        verbs = lexicon.speech_verbs()
        for v in range(i - 1, 0, -1):
            if items[v].lower in verbs and not items[v].is_capitalised and not items[v].lower.endswith("ing") \
                    and items[v - 1].lower not in DETERMINERS | {"’s", "'s"}:  # "the attack" is no verb
                subj = _np_before(items, v)
                if subj is not None:
                    return subj
                break
        return self._leading_subject(items)

    def _leading_subject(self, items: list[Token]) -> tuple[int, int] | None:
        """The subject at the head of the sentence, for "..., noting that ...\""""
        start = _subject_opening(items)
        k = start
        while k < len(items) and not items[k].is_quote and (
                items[k].is_capitalised or items[k].lower in lexicon.title_words()
                or items[k].lower in DETERMINERS or items[k].lower in CONNECTORS
                or items[k].lower in {"’s", "'s"} or k > start and _heads_speaker_noun(items, k)):
            k += 1
        if k == start:
            return None
        name = k + 1
        while name < len(items) and items[name].is_capitalised:
            name += 1
        if name - k > 2 and name < len(items) and items[name].text == "," and items[k].text == "," \
                and any(it.lower in lexicon.title_words() for it in items[start:k]):
            return k + 1, name  # "The leader of Ennahda, Rachid Ghannouchi, condemned": the name
        return start, k

    def _ends_clause(self, items, i, verb) -> bool:
        """ "..., the ministry said on Monday." — nothing said after the verb but adjuncts."""
        k = i + 1
        if verb.takes_object and k < len(items) and items[k].text[:1].isalnum():
            k = self._skip_object(items, k, verb)
            end = next((m for m in range(k, min(len(items), k + 4)) if items[m].text in {".", ";", "!", "?"}), k)
            if verb.complement is None and all(it.text.isalpha() and it.lower not in _FINITE for it in items[k:end]):
                k = end  # a listener: "…, she told a Commons inquiry." (not "X attacked bars.")
        k = self._skip_adjuncts(items, k)
        return k >= len(items) or items[k].text in {".", ",", ";", "!", "?", "-", "–", "—"}

    def _named_before(self, text, items, i) -> bool:
        """ "Daniel Backström, a volunteer lead, told Metro": the speaker stands before the verb."""
        subj = _np_before(items, i)
        if subj is None:
            return False
        mention = parse_mention(_text(text, items, *subj))
        return mention is not None and mention.kind in {"person", "body"}

    def _inverted_ok(self, items, i) -> bool:
        nxt = items[i + 1] if i + 1 < len(items) else None
        return nxt is not None and not nxt.is_quote and nxt.lower not in {"that", ":"} \
            and nxt.lower not in TIME_WORDS \
            and (nxt.is_capitalised or nxt.lower in DETERMINERS or nxt.lower in lexicon.title_words()
                 or nxt.lower in lexicon.anonymous_sources() or nxt.lower in {"he", "she", "they", "it"}
                 or nxt.text.isalpha() and any(it.lower in lexicon.title_words() for it in items[i + 2:i + 5])
                 or nxt.lower in lexicon.role_nouns() and items[i + 2:i + 3] and items[i + 2].is_capitalised)

    def _according(self, p, text, items, i):
        """ "according to X, A" / "A, according to X": X's statement; a document's issuer speaks for it; data
        ("according to Palestinian tallies", "an AP-NORC poll") is no one's statement."""
        subj = _np_after(items, i + 1)
        if subj is None or _is_data(items, subj):
            return None
        found = _according_source(items, subj)
        if found is None:
            return None
        subj, after = found
        speaker = self._who(parse_mention(_text(text, items, *subj)), (p, items[subj[0]].start), "according-to")
        content = self._according_content(items, i, after)
        return None if content is None else self._emit(p, text, items, content, speaker, "according to", i)

    def _according_content(self, items, i, after):
        """What "according to X" reports: the clause after it, or else what precedes it ("Prices rose,
        according to X, a figure that …")."""
        if after < len(items) and items[after].text == ",":
            after += 1
        relative = after < len(items) and (items[after].lower in {"who", "which", "whose"}
                                           or items[after].lower in _NOT_CONTENT
                                           or items[after].lower in DETERMINERS
                                           and not _has_finite_verb(items, after, len(items)))
        before = self._content_before(items, i)
        opens_clause = i > 1 and items[i - 1].text == "," and items[i - 2].lower in {"which", "who", "that"}
        if (before is None or opens_clause) and after < len(items) - 1 and _words(items[after:]) >= 3 and not relative:
            return None if _has_speech_verb(items, after) else (after, len(items))
        return before

    def _noun_cue(self, p, text, items, i):
        j = i + 1
        if j >= len(items) or items[j].lower != "that":
            return None
        owner = i - 1 if items[i - 1].lower in {"’s", "'s"} else i - 2
        subj = _np_before(items, owner)
        if subj is None:
            return None
        speaker = self._who(parse_mention(_text(text, items, *subj)), (p, items[subj[0]].start), "possessive-noun")
        return self._emit(p, text, items, (j + 1, len(items)), speaker, items[i].lower, i)

    def _content_after(self, items: list[Token], i: int, verb) -> tuple[int, int] | None:
        """What was said after the verb at items[i]: a complement ("accused X of"), advice against doing
        something, or a clause after the listener and adjuncts; None when what follows is no statement."""
        k, n = i + 1, len(items)
        if k < n and items[k].lower in verb.particles:
            k += 1  # "called on Congress to", "pointed out that"
        early = _object_content(items, k, verb)
        if early is not _NO_RULE:
            return early
        if verb.takes_object and k < n and not items[k].is_quote and items[k].lower not in {"that", ":", ","}:
            k = self._skip_object(items, k, verb)
        k = _past_comma(items, self._skip_adjuncts(items, k))
        if k is None:
            return None
        n = _next_clause(items, k, n)
        k = _clause_start(items, k, n, verb)
        if k is None:
            return None
        if k < n and items[k].is_quote and len(items[k].quote.text.split()) < 3 and _words(items[k + 1:]) > 0:
            return None
        if _words(items[k:]) < 3 and not (k < n and items[k].is_quote):
            return None
        return (k, n)

    def _skip_object(self, items, k, verb) -> int:
        n = len(items)
        if verb.infinitive:  # "urged supporters of Baghdad to": the object may hold an "of"
            to = next((j for j in range(k + 1, min(n, k + 7)) if items[j].lower == "to"
                       and items[j - 1].lower not in _WH), None)  # not "told citizens how to prepare"
            if to is not None and not any(it.lower in {"that", ",", ":"} or it.is_quote for it in items[k:to]):
                return to
        for j in range(k, min(n, k + 7)):
            if items[j].lower in {"that", ",", ":"} or items[j].is_quote \
                    or (items[j].lower in {"to", "of"} and j > k and not _listener_of(items, j)):
                return j
        j = k
        if j < n and items[j].lower in DETERMINERS:
            j += 1
        while j < n and items[j].is_capitalised:
            j += 1
        return j if j > k else k + 1

    def _skip_adjuncts(self, items, k) -> int:
        n = len(items)
        while k < n and (items[k].lower in TIME_WORDS and not (k + 1 < n and items[k + 1].lower in {"’s", "'s"})
                         or items[k].lower == "here"
                         or items[k].lower in {"late", "early"} and k + 1 < n and items[k + 1].lower in TIME_WORDS):
            k += 1  # "said Sunday", "said late Saturday", "said here" (not "said May's figures")
        while k < n and items[k].lower in _ADJUNCT:
            j = k + 1
            while j < n and j - k < 9 and items[j].text not in {",", ":"} and items[j].lower != "that" \
                    and not items[j].is_quote:
                j += 1
            if j >= n:
                return n
            k = j
            if items[k].text == ",":
                k += 1
        return k

    def _content_before(self, items: list[Token], end: int) -> tuple[int, int] | None:
        while end > 0 and items[end - 1].text in {",", "-", "–", "—", ":"}:
            end -= 1
        start = _after_dateline(items, end)
        while start < end and (items[start].lower in LEADING or items[start].text in {",", "-", "–", "—"}):
            start += 1
        if _words(items[start:end]) < 3 and not any(it.is_quote for it in items[start:end]):
            return None
        return (start, end)

    def _emit(self, p, text, items, content, speaker, verb, i):
        a, b = content
        while b > a and items[b - 1].text in {".", ",", ";", ":", "-", "–", "—", "?", "!"}:
            b -= 1
        if a >= b:
            return None
        span = items[a:b]
        quotes = [it.quote for it in span if it.is_quote]
        words_outside = sum(1 for it in span if not it.is_quote and it.text[:1].isalnum())
        if quotes and words_outside == 0:
            for q in quotes:
                if id(q) not in self.attributed:
                    self.attributed[id(q)] = speaker
            self._spoke(speaker, (p, items[i].start))
            return (items[i].start, speaker)
        if any(id(q) in self.consumed for q in quotes):
            return None
        body = _text(text, items, a, b)
        body = _SENTENCE_END.sub("", body) if not body.endswith(("”", '"', "’")) else body
        for q in quotes:
            self.consumed.add(id(q))
        self.found.append(Found(speaker.name, "indirect", p, items[a].start, items[b - 1].end, body, verb,
                                tuple(quotes), speaker.pattern, speaker.how))
        self._spoke(speaker, (p, items[i].start))
        return (items[i].start, speaker)

    # --- quotations not yet placed --------------------------------------------------------
    def _direct(self, p: int, text: str, cues: list[tuple[int, Who]],
                sentences: list[tuple[int, int]], starts: list[int]) -> None:
        """Place the quotations that open in paragraph p; ``starts`` are its tokens' offsets."""
        cues = sorted(cues, key=_offset)  # in reading order already: sorting only guarantees it for bisecting
        for q, a, _ in self.by_paragraph[p]:
            if q.paragraph != p or id(q) in self.consumed:
                continue
            if id(q) in self.attributed and q.text.strip() and (
                    self.attributed[id(q)].pattern in {"content-verb-source", "content-source-verb"}
                    or q.text[:1].isupper() and q.text.rstrip()[-1:] in ".!?"):  # a sentence, not "huge interest."
                pass  # an attributed quotation, however short ("“Great,” replied Lee.", "said: “Never.”")
            elif not _is_utterance(q, text) or _is_fragment(q, text):
                continue
            if id(q) not in self.attributed and q.last_paragraph > p:
                self.pending.setdefault(q.last_paragraph, []).append((q, p, a))
                continue  # a quotation running on: its attribution may come where it closes
            if id(q) in self.attributed:
                speaker = self.attributed[id(q)]
            elif cues:
                speaker = self._own_subject(p, text, a, cues, sentences, starts) \
                    or self._cue_nearby(a, cues)
            else:
                speaker = self._subject_speaker(p, text, a, sentences, starts) or self._continuing_speaker(p, a)
            self.found.append(Found(speaker.name, "direct", p, a, q.end if q.last_paragraph == p else len(text),
                                    q.text, None, (q,), speaker.pattern, speaker.how))
            self.cast.spoke(speaker.name, (p, a))

    @staticmethod
    def _cue_nearby(a: int, cues: list[tuple[int, Who]]) -> Who:
        """The speaker of the paragraph's last cue before the quotation, else of its first."""
        k = bisect_left(cues, a, key=_offset)  # the cues before the quotation are cues[:k]
        return (cues[k - 1] if k else cues[0])[1].as_pattern("same-paragraph")

    def _own_subject(self, p, text, a, cues, sentences, starts) -> Who | None:
        """The person opening the quotation's own sentence, when that sentence has no cue ("Holt said the bridge
        was safe. Tom Lind disagreed: “It is not.”": Lind's words, not Holt's)."""
        s_start, s_end = _sentence_holding(sentences, a)
        if bisect_left(cues, s_start, key=_offset) < bisect_left(cues, s_end, key=_offset):
            return None  # the sentence has a cue of its own
        return self._subject_speaker(p, text, a, sentences, starts)

    def _subject_speaker(self, p: int, text: str, a: int, sentences: list[tuple[int, int]],
                         starts: list[int]) -> Who | None:
        """The person a sentence opens with, for a quotation inside it that no verb attributes ("Louise Brown,
        a director at Advisense, compared the tactics to “mafia methods …”"): the words are theirs."""
        s_start, s_end = _sentence_holding(sentences, a)
        if s_start >= a:
            return None
        items = _stream(self.tokens[p], starts, self.by_paragraph[p], s_start, s_end)
        subj = self._leading_subject(items)
        if subj is None or subj[0] > _subject_opening(items) or subj[1] >= len(items) or items[subj[1]].is_quote \
                or not (items[subj[1]].text == "," or items[subj[1]].text.islower()):
            return None
        mention = parse_mention(_text(text, items, *subj))
        if mention is None or mention.kind != "person" or " " not in mention.name \
                and mention.name not in self.cast.surnames:  # "Asked whether ..., he went on:"
            return None
        return self._who(mention, (p, items[subj[0]].start), "sentence-subject")

    def _run_on(self, last: int, cues: list[tuple[int, Who]]) -> None:
        """Place quotations that ran on to this paragraph, now that its attribution is read."""
        for q, p, a in self.pending.pop(last, []):
            if id(q) in self.attributed:
                speaker = self.attributed[id(q)]
            elif cues:
                speaker = cues[0][1].as_pattern("run-on")
            else:
                speaker = self._continuing_speaker(p, a)
            self.found.append(Found(speaker.name, "direct", p, a, len(self.paragraphs[p]), q.text, None, (q,),
                                    speaker.pattern, speaker.how))
            self.cast.spoke(speaker.name, (last, 0))

    def _continuing_speaker(self, p: int, at: int) -> Who:
        """Who an unattributed quotation belongs to: the speaker just before, or the person the
        previous paragraph introduced ("Jane Doe, the mayor, wants ..." then a quotation)."""
        name = self._carried_name(p, at)
        return Who(name, "carried" if name else "none", "continuation")

    def _found_in(self, q: int) -> list[Found]:
        """The statements found so far in paragraph q, in the order found. A paragraph's statements are found
        while reading it or a later paragraph, or, as the points of a list, at most LIST_AHEAD paragraphs
        before it: only what was found since then is looked at, so the cost does not grow with the article."""
        start = self.first_found.get(max(0, q - LIST_AHEAD), 0)
        return [f for f in self.found[start:] if f.paragraph == q]

    def _carried_name(self, p: int, at: int) -> str | None:
        before = [f for f in self._found_in(p - 1) if f.kind == "direct"]
        if before and before[-1].speaker is None and before[-1].pattern.startswith("content-"):
            return None  # "“…,” said the veteran." (no one we can name), then a quotation: still theirs
        last = self.cast.last_speaker
        newcomer = self.cast.subject_of(p, before=at)
        if newcomer is not None and (last is None or last[0][0] < p):
            return newcomer  # "Jo Lee, who lives nearby, is not convinced. “I have seen the cracks.”"
        if last is not None and last[0][0] >= p - 1:
            return last[1]
        for back in range(p - 1, max(-1, p - 4, last[0][0] if last else -1), -1):
            introduced = self.cast.subject_of(back)  # "Godongwana has reduced allocations …", then a quotation
            if introduced is not None:
                return introduced
        if last is not None and last[0][0] == p - 2 and self.cast.opens_with_pronoun(p - 1):
            return last[1]  # "X told ..." / "He lamented ..." / a quotation
        return None


def _sentence_holding(sentences: list[tuple[int, int]], a: int) -> tuple[int, int]:
    """The sentence (start, end) of a paragraph's sorted sentences holding offset a, else (a, a)."""
    k = bisect_right(sentences, (a, float("inf"))) - 1
    return sentences[k] if k >= 0 and a < sentences[k][1] else (a, a)


def _is_fragment(q: Quote, paragraph: str) -> bool:
    """A few quoted words woven into the writer's own sentence ("by spreading "lies and fake news""),
    not introduced as anyone's words."""
    before = paragraph[max(0, q.start - 100):q.start].rstrip().split()[-1:]  # the word before, no more
    if not before or len(q.text.split()) > 8:
        return False
    last = before[-1].lower()
    return last.isalpha() and last.islower() and last not in lexicon.speech_verbs() and last not in {"that", "as"}


def _is_utterance(q: Quote, paragraph: str) -> bool:
    """Scare quotes, labels and titles of works are not statements."""
    words = q.text.split()
    if len(words) < 3:
        return False
    before = paragraph[max(0, q.start - 100):q.start].rstrip().split()[-1:]  # the word before, no more
    if before and before[-1].lower().strip(",") in _TITLE_OF_WORK:
        return False
    if _named_thing(q, paragraph, before) or _quoted_subheading(q, paragraph, words):
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    return not (len(capitalised) == len(words) and not q.text.rstrip().endswith((".", "!", "?")) and len(words) <= 8)


def _named_thing(q: Quote, paragraph: str, before: list[str]) -> bool:
    """ "the “peace plan” failed": a quoted name after a determiner, with the sentence going on after it."""
    after = paragraph[q.end:q.end + 20] if q.last_paragraph == q.paragraph else ""
    inner = q.text.rstrip(".,!?;:")
    return bool(before) and before[-1].lower() in {"the", "a", "an", "its", "their", "his", "her"} \
        and after[:1] == " " and after[1:2].isalpha() and after[1:2].islower() and inner[-1:].isalnum()


_LEADING_SPACE = re.compile(r"\s*")
_TRAILING_MARKS = re.compile(r"[ .”’\"']*\Z")


def _quoted_subheading(q: Quote, paragraph: str, words: list[str]) -> bool:
    """A subheading in quotation marks: a short paragraph that is only a quotation with no closing stop."""
    return q.last_paragraph == q.paragraph and len(words) <= 12 \
        and not q.text.rstrip().endswith((".", "!", "?", ",")) \
        and _LEADING_SPACE.match(paragraph).end() >= q.start and bool(_TRAILING_MARKS.match(paragraph, q.end))


def find_statements(paragraphs: tuple[str, ...], quotes: list[Quote],
                    tokens: list[list[Token]] | None = None) -> tuple[list[Found], Cast]:
    """All statements of an article, in reading order, and the cast that spoke them.

    ``tokens`` are the paragraphs' tokens when the caller has them already."""
    finder = Finder(paragraphs, quotes, tokens)
    return finder.run(), finder.cast
