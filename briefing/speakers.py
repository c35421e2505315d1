"""Who is speaking: parse the noun phrase before or after a speech verb and
resolve it (pronouns, surnames, "the spokesman", bodies) to the fullest name the
article gives, with title and organisation as the article states them.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import lexicon
from .records import Official
from .tokens import Token, tokenize

SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "representative",
                "spokesmen", "spokespeople", "statement"}
_OBJECT_CUES = {"to", "told", "with", "by", "from", "for", "against", "met", "about", "on", "of", "in", "at", "into",
                "across", "near", "outside", "inside"}
_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]*\b")
_SENTENCE_BREAK = re.compile(r"[.?!][”\"’']?\s+[“\"‘']?[A-Z]")
PRONOUNS = {"he": "m", "she": "f", "they": None, "it": None}
DETERMINERS = {"the", "a", "an", "one", "another", "its", "his", "her", "their"}
CONNECTORS = {"of", "for", "de", "del", "da", "van", "von", "der", "al", "bin", "ibn", "la", "le", "du", "and", "&"}


@lru_cache(maxsize=1)
def _spokesperson() -> re.Pattern:
    """A spokesperson and whose: "the prime minister's official spokesman", "a bureau spokesperson"."""
    heads = "|".join(sorted(lexicon.organisation_heads()))
    return re.compile(r"(?:(?:the|a|an)\s+)?(?:(?P<owner>[\w .-]+?)\s*[’']s\s+|(?P<body>" + heads + r")\s+)?"
                      r"(?:(?:chief|official|senior|deputy|press|main)\s+)*(?P<head>spokes(?:man|woman|person))",
                      re.I)


_FEMALE_CUES = {"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "baroness", "queen", "princess",
                "spokeswoman", "chairwoman", "congresswoman", "businesswoman"}
_MALE_CUES = {"mr", "mr.", "sir", "lord", "king", "prince", "spokesman", "chairman", "congressman",
              "businessman", "father"}


@dataclass(frozen=True)
class Mention:
    """A speaker as written, classified."""

    text: str
    kind: str  # person | body | pronoun | description | anonymous
    name: str | None = None
    title: str | None = None
    organisation: str | None = None
    honorific: str | None = None
    gender: str | None = None


def _is_name_word(tok: Token) -> bool:
    return tok.is_capitalised and tok.lower.rstrip(".") not in lexicon.title_words() \
        and tok.lower not in lexicon.honorifics() and tok.lower not in lexicon.organisation_heads() \
        and not (tok.text.isupper() and tok.lower in lexicon.title_abbreviations())  # "PM Imran Khan"


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def _split_title(words: list[str]) -> tuple[str | None, str | None]:
    """Split the words before a name into (title, organisation): "State Department spokesperson"."""
    if not words:
        return None, None
    lowered = [w.lower().rstrip(",") for w in words]
    cut = _organisation_end(words, lowered)
    if not cut and len(words) > 1 and words[0] in lexicon.demonyms() and lowered[1] in lexicon.title_words():
        return " ".join(words[1:]), lexicon.demonyms()[words[0]]  # "Ukrainian President": Ukraine
    if not cut and "-" in words[0] and all(part in lexicon.demonyms() for part in words[0].split("-")):
        return " ".join(words[1:]) or None, None  # "British-Israeli lawyer": a nationality, not a body
    organisation = re.sub(r"\s?[’']s\b", "", " ".join(words[:cut])) or None
    title = " ".join(words[cut:]) or None
    if title and title.lower() in {"former", "the", "a", "an"}:
        title = None
    return title, organisation


def _organisation_end(words: list[str], lowered: list[str]) -> int:
    """Where the organisation before a title ends: after the last organisation head, acronym, known body or
    possessive before the title ("State Department spokesperson", "Royal Bank of Canada assistant chief
    economist"), not inside an office ("Chief of Army Staff"); 0 when there is none."""
    cut = 0
    for i, w in enumerate(words[:-1]):
        inside_office = i >= 2 and lowered[i - 1] in {"of", "for"} and lowered[i - 2] in lexicon.title_words()
        if (lowered[i] in lexicon.organisation_heads() or _is_acronym(w) or w in lexicon.bodies()) \
                and not inside_office or w.endswith(("’s", "'s")):
            cut = i + 1
    while 0 < cut < len(words) - 2 and lowered[cut] in {"of", "for"} and words[cut + 1][:1].isupper():
        cut += 2
    return 0 if cut and lowered[0] in lexicon.title_words() and cut == len(words) else cut


_AGED = re.compile(r"(\d{1,3})-year-old")
_OPENING = 30  # how far into a paragraph its opening subject may be named ("Her long-time rival, Jo Lee,")
# Bodies a state has one of, named by their common noun alone ("police said", "the government said")
_INSTITUTIONS = frozenset("""police government army military navy parliament congress senate cabinet treasury
presidency judiciary""".split())
_QUANTIFIERS = frozenset("no some many several few most all both each neither other any".split())
# words that open a sentence and are no part of a name after them: "Meanwhile Mark Oaten, ... said"
LEADING = frozenset("""but and yet so however meanwhile also still then separately earlier later now
thus instead indeed though although while whereas because since if regarding""".split())
TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
january february march april may june july august september october november december""".split())
_MEMBERS = frozenset("members lawmakers legislators officials official aides staff".split())  # speak for their body
_ISSUING_VERBS = frozenset("sent wrote published issued released sends writes publishes issues releases".split())
_DOCUMENT_ADJECTIVES = frozenset("new online official updated latest printed final draft".split())
_POSSESSIVE = re.compile(r"[’']s\b|(?<=s)[’'](?=\s)")  # "TNO's", "the Conservatives’"


# --- constructions read before the general parse -------------------------------------------------
# Each takes the phrase in a source slot and returns a Mention, a shorter phrase to parse instead, or None
# when it does not apply.

_DATELINE = re.compile(r"^[A-Z][A-Z.'-]+(?:[ -][A-Z][A-Z.'-]+)*(?:,\s*[^-–—()]{1,24}?)?\s*(?:\([^)]{1,40}\))?"
                       r"\s*(?:--|[-–—])\s+(?=\S)")
OFFICIALS = frozenset("officials executives representatives diplomats".split())  # "Acme officials"
_SPOKESPERSON_FOR = re.compile(r"(?:an?|the)\s+(?:(?:chief|senior|deputy|press|official)\s+)*"
                               r"(?P<head>spokes(?:man|woman|person))\s+(?:for|of)\s+(?P<owner>.+)", re.I)
_VOICES = frozenset("officer official spokesman spokeswoman spokesperson".split())


def _after_dateline(text: str) -> Mention | str | None:
    """A dateline is nobody: "RIVERTON, June 3 (Agency) -- the city council" is the city council."""
    m = _DATELINE.match(text)
    return text[m.end():] if m else None


def _after_opening_clause(text: str) -> Mention | str | None:
    """A participle clause before the subject is not part of it: "Stressing the cost, a spokesman for X"."""
    first, comma, rest = text.partition(",")
    if comma and first[:1].isupper() and first.split()[0].endswith("ing") and rest.strip():
        return rest.strip()
    return None


def _first_of_two_bodies(text: str) -> Mention | str | None:
    """Two bodies as one subject speak, a statement each, through the first named: "The Port Authority and
    Acme said" gives the Port Authority, "The Trade and Markets Board and Acme" the board. "The Arts and Crafts
    Council" is one name (the second conjunct ends in a body's head word, the first does not); so is "Public
    Services and Procurement X" (no "the"); a one-word first conjunct is handled in the general parse."""
    words = text.split()
    for k, word in enumerate(words[1:-1], 1):
        left = " ".join(words[:k])
        if word == "and" and words[k + 1][:1].isupper() and k >= 3 and words[0].lower() == "the" \
                and all(w[:1].isupper() or w == "and" for w in words[1:k]) \
                and (words[k - 1].lower() in lexicon.organisation_heads()
                     or words[-1].lower() not in lexicon.organisation_heads()):  # not "the X and Y Council"
            first = parse_mention(left)
            if first is not None and first.kind == "body":
                return replace(first, text=text)
    return None


def _officials_of(text: str) -> Mention | str | None:
    """ "Acme officials said", "Bank of Riverton executives said": the body they speak for."""
    words = text.split()
    if len(words) < 2 or words[-1].lower() not in OFFICIALS:
        return None
    if words[0].lower() in _QUANTIFIERS | {"a", "an", "some"} or words[0].lower() in lexicon.number_words()["units"] \
            or words[0].isdigit():
        return Mention(text, "anonymous", title=text.lower())  # "Two officials said": no one named
    owner = words[1:-1] if words[0].lower() == "the" else words[:-1]
    if owner and owner[-1].lower() == "senior":
        owner = owner[:-1]
    if not owner or not owner[0][:1].isupper() or owner[0] in lexicon.demonyms() \
            or not all(w[:1].isupper() or w.lower() in lexicon.organisation_heads() | {"of", "the"} for w in owner):
        return None  # "Chinese officials": no body named
    return Mention(text, "body", name=" ".join(owner))


def _spokesperson_for(text: str) -> Mention | str | None:
    """ "a spokeswoman for the ministry", "a spokesperson of Mayor Lee": whom the spokesperson speaks for."""
    m = _SPOKESPERSON_FOR.fullmatch(text.strip())
    if not m or not m["owner"][:1].isalpha():
        return None
    owner = m["owner"].strip()
    owner = owner if owner[:1].isupper() or owner.lower().startswith("the ") else "the " + owner
    return Mention(text, "spokesperson", organisation=owner, gender=_gender("", [m["head"].lower()]))


def _body_voice(text: str) -> Mention | str | None:
    """ "a police officer", "a senior ministry official": someone speaking for a body named by its common noun
    ("police") is that body, as a named body's unnamed spokesperson is."""
    words = text.lower().split()
    if len(words) < 3 or words[0] not in {"a", "an", "the"} or words[-1] not in _VOICES:
        return None
    body = words[-2]
    if body not in lexicon.organisation_heads() or not all(w.isalpha() for w in words[1:-2]):
        return None
    return Mention(text, "spokesperson", organisation=f"the {body}", gender=_gender("", [words[-1]]))


def _person_with_body(text: str) -> Mention | str | None:
    """ "Chief Inspector Jo Lee with the city police": the person speaks; the body is their organisation."""
    person_text, sep, body_text = text.partition(" with ")
    if not sep or not body_text[:1].isalpha():
        return None
    person, body = parse_mention(person_text), parse_mention(body_text)
    if person is None or person.kind != "person" or " " not in (person.name or "") or body is None \
            or body.kind != "body":
        return None
    return replace(person, text=text, organisation=person.organisation or body.name)


def _demonym_before_name(text: str) -> Mention | str | None:
    """ "Frenchman Luc Morel", "Briton Ann Holt": a nationality written as a noun before a name is no part of it."""
    first, _, rest = text.partition(" ")
    noun = first.removesuffix("man").removesuffix("woman")
    if first[:1].isupper() and rest[:1].isupper() and first not in lexicon.demonyms() \
            and (first.endswith(("man", "woman")) and any(d.startswith(noun) for d in lexicon.demonyms())
                 or first in lexicon.demonym_nouns()):
        person = parse_mention(rest)
        if person is not None and person.kind == "person" and " " in (person.name or ""):
            return replace(person, text=text)
    return None


_POSSESSED = re.compile(r"(?P<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*)*)[’']s (?P<role>[a-z][a-z -]*)")


def _possessed_role(text: str) -> Mention | str | None:
    """ "Acme's chief executive" (whoever holds that title at Acme), "Lee's lawyer", "Lee's wife" (someone
    unnamed): a name's role or relative with no name of its own is not a body called "Lee's wife"."""
    m = _POSSESSED.fullmatch(text.strip())
    if not m:
        return None
    head = m["role"].split()[-1]
    if head in SPOKESPEOPLE or head in lexicon.documents() or head in lexicon.organisation_heads() \
            or head in lexicon.group_nouns():
        return None  # "Acme's spokesman", "Acme's report", "Acme's board": other rules
    if head in lexicon.title_words():
        return Mention(text, "description", title=m["role"], organisation=m["owner"])
    return Mention(text, "anonymous", title=m["role"])


_CONSTRUCTIONS = (_after_dateline, _after_opening_clause, _first_of_two_bodies, _officials_of, _spokesperson_for,
                  _body_voice, _person_with_body, _demonym_before_name, _possessed_role)


@lru_cache(maxsize=8192)
def parse_mention(text: str) -> Mention | None:
    """Classify a speaker phrase such as "Pentagon Press Secretary Major Gen. Pat Ryder"."""
    for construction in _CONSTRUCTIONS:
        found = construction(text)
        if isinstance(found, Mention):
            return found
        if found:
            return parse_mention(found)
    return _parse_general(text)


_PASS = object()  # a rule that does not apply to the phrase


@dataclass
class _Phrase:
    """A speaker phrase being classified: its tokens without commas and possessive marks, and, once found,
    the span of the name at its end (``start``..``end`` in ``words``)."""

    text: str
    all_toks: list[Token]
    toks: list[Token]
    words: list[str]
    lower: list[str]
    possessed: set[int]
    determiner: bool = False
    start: int = 0
    end: int = 0

    @property
    def head(self) -> str:
        return self.lower[-1]

    @property
    def name_words(self) -> list[str]:
        return self.words[self.start:self.end]


def _parse_general(text: str) -> Mention | None:
    """The general parse of a speaker phrase: rules over the whole text first, then over its words, then the
    name at its end, then descriptions. Each rule returns a Mention (or None for "nobody"), or _PASS."""
    all_toks = tokenize(text)
    toks = [t for t in all_toks if t.text not in {",", "’s", "'s"}]
    if not toks:
        return None
    for rule in (_leading_adverb, _two_names, _role_comma_name, _name_of_place):
        found = rule(text, toks)
        if found is not _PASS:
            return found
    words = [t.text for t in toks]
    phrase = _Phrase(text, all_toks, toks, words, [w.lower() for w in words],
                     {t.start for t in all_toks if t.text in {"’s", "'s"}})
    for rule in (_pronoun, _spokesperson_phrase, _document_of, _abbreviated_office, _strip_determiner,
                 _members_of, _find_name, _anonymous_head, _named_body, _committee, _bare_name, _titled_name,
                 _capitalised_description, _description_phrase):
        found = rule(phrase)
        if found is not _PASS:
            return found
    return Mention(text, "anonymous", title=" ".join(phrase.words), gender=_gender("", phrase.lower))


def _leading_adverb(text: str, toks: list[Token]):
    """ "Meanwhile Mark Oaten": the phrase after a sentence adverb."""
    if len(toks) > 1 and toks[0].lower in LEADING:
        return parse_mention(text[toks[1].start:])
    return _PASS


def _two_names(text: str, toks: list[Token]):
    """ "Hamas and Iran have blamed": one speaker a statement, the first named (a one-word first conjunct)."""
    first, joined, second = text.partition(" and ")
    if joined and first[:1].isupper() and second[:1].isupper() and " " not in first.strip():
        left = parse_mention(first)
        if left is not None and left.kind in {"person", "body"}:
            return replace(left, text=text)
    return _PASS


def _role_comma_name(text: str, toks: list[Token]):
    """ "EEF chief economist, Steve Radley": the name speaks, with the role before the comma."""
    role, comma, name = text.rpartition(",")
    if comma and len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split()) \
            and lexicon.title_words() & {w.lower() for w in role.split()}:
        named = parse_mention(name.strip())
        if named is not None and named.kind == "person" and not named.title:
            title, organisation = _split_title(role.split())
            return replace(named, text=text, title=title, organisation=organisation)
    return _PASS


def _name_of_place(text: str, toks: list[Token]):
    """ "Greg Taylor of Indianapolis", "Lauren Nel from Natural Justice": the person, with the place or body as
    organisation; "the Dialogue Group in Turkey": the group; "An investigation in Sweden": not Sweden."""
    cut = next((i for i, t in enumerate(toks) if t.lower in {"of", "from", "in", "at"} and i >= 2), None)
    if cut is None or cut + 1 >= len(toks):
        return _PASS
    left = parse_mention(text[:toks[cut].start])
    if left is None:
        return _PASS
    if left.kind == "body" and toks[cut].lower in {"in", "at"}:
        return replace(left, text=text)
    if left.kind == "person" and left.name and len(left.name.split()) >= 2:
        place = re.sub(r"^the\s+", "", text[toks[cut + 1].start:].strip(), flags=re.I)
        return replace(left, text=text, organisation=left.organisation or place)
    if left.kind in {"anonymous", "description", "spokesperson"} and toks[cut].lower in {"in", "at", "from"}:
        return replace(left, text=text)
    return _PASS


def _pronoun(ph: _Phrase):
    """ "he", "they"; "his spokesman said" stands for him."""
    if len(ph.words) == 1 and ph.lower[0] in PRONOUNS:
        return Mention(ph.text, "pronoun", gender=PRONOUNS[ph.lower[0]])
    if len(ph.words) == 2 and ph.lower[0] in {"his", "her"} and ph.lower[1] in SPOKESPEOPLE:
        return Mention(ph.text, "pronoun", gender="m" if ph.lower[0] == "his" else "f")
    return _PASS


def _spokesperson_phrase(ph: _Phrase):
    """ "the prime minister's official spokesman" speaks for the prime minister; "the spokesman said", once a body
    has spoken through one, for that body."""
    voice = _spokesperson().fullmatch(ph.text.strip())
    if voice and (voice["owner"] or voice["body"]):
        owner = voice["owner"] or voice["body"]
        owner = owner if owner[:1].isupper() else "the " + owner
        return Mention(ph.text, "spokesperson", organisation=owner, gender=_gender("", [voice["head"].lower()]))
    if voice and ph.lower[0] == "the":
        return Mention(ph.text, "spokesperson", gender=_gender("", [voice["head"].lower()]))
    return _PASS


def _document_of(ph: _Phrase):
    """A named owner's document speaks for the owner: "TNO's report said" is TNO; "the Finnish online brochure"
    the Finnish government; "The August budget" no one's; "Industry reports estimated" an anonymous source."""
    words = ph.words
    if not (words[-1] in lexicon.documents() and len(words) > 1 and any(w[:1].isupper() for w in words[:-1])):
        return _PASS
    owner_text = _POSSESSIVE.split(ph.text[:ph.all_toks[-1].start])[0].strip()
    owner_text = owner_text.split(None, 1)[1] if determiner_first(owner_text) else owner_text
    country, *described = owner_text.split() or [""]
    if country in lexicon.demonyms() and set(described) <= _DOCUMENT_ADJECTIVES:
        return Mention(ph.text, "body", name=f"{country} government")
    if owner_text.lower() in TIME_WORDS:
        return Mention(ph.text, "description", title=words[-1])
    owner = parse_mention(owner_text)
    if owner is not None and owner.kind in {"person", "body"}:
        return owner
    if owner is not None and owner.kind == "anonymous":
        return replace(owner, text=ph.text)
    return _PASS


def _abbreviated_office(ph: _Phrase):
    """ "PM suggests": the prime minister, an office to find its holder."""
    if len(ph.words) == 1 and ph.words[0].isupper() and ph.lower[0] in lexicon.title_abbreviations():
        return Mention(ph.text, "description", title=ph.words[0])
    return _PASS


def _strip_determiner(ph: _Phrase):
    """The rules after this one read the phrase without its determiner; "the" alone is nobody."""
    ph.determiner = ph.lower[0] in DETERMINERS
    if ph.determiner:
        ph.toks, ph.words, ph.lower = ph.toks[1:], ph.words[1:], ph.lower[1:]
        if not ph.toks:
            return None
    return _PASS


def _members_of(ph: _Phrase):
    """ "lawmakers on the X Committee": the committee; "Residents of the town", "Veterans of X": anonymous."""
    words, lower = ph.words, ph.lower
    if len(words) > 2 and lower[0] in lexicon.anonymous_sources() and lower[1] in {"of", "from", "in", "at", "on"}:
        body = parse_mention(ph.text[ph.toks[2].start:]) if lower[0] in _MEMBERS else None
        if body is not None and body.kind == "body":
            return replace(body, text=ph.text)
        return Mention(ph.text, "anonymous", title=" ".join(words))
    return _PASS


def _find_name(ph: _Phrase):
    """Sets the span of the name at the end of the phrase: trailing capitalised words that are neither titles
    nor honorifics, with particles inside ("Ursula von der Leyen"). Never decides the phrase."""
    toks, words, lower = ph.toks, ph.words, ph.lower
    end = start = len(toks)
    while start > 0 and (_is_name_word(toks[start - 1])
                         or (toks[start - 1].lower in CONNECTORS and start - 1 > 0 and start < end
                             and toks[start - 1].lower not in {"of", "for", "and", "&"})):
        start -= 1
    if 0 < start < end and lower[start - 1] in {"of", "for"}:
        start = end  # "Minister of Natural Resources": an office, not a name
    if end - start > 2 and 0 < start and lower[start - 1] in {"the", "of", "for"} \
            and words[start] not in lexicon.given_names():  # "Chancellor of the Exchequer Nigel Lawson"
        start += next((n for n in range(1, end - start - 1) if words[start + n] in lexicon.given_names()), 0)
    while end - start > 2 and lower[start] in lexicon.role_nouns() and words[start] not in lexicon.given_names():
        start += 1  # "Harbour Master Ingrid Lund", "Meteorologist Jo Lind": a role read into the name is a title
    ph.start, ph.end = start, end
    return _PASS


def _anonymous_head(ph: _Phrase):
    """ "Officials said", "Residents said" at a sentence start; not "the statement said" (whoever issued it)."""
    words, head = ph.words, ph.head
    if len(words) == 1 and (head in lexicon.anonymous_sources() or head in SPOKESPEOPLE or head in _QUANTIFIERS) \
            and not (ph.determiner and head in lexicon.documents()):
        return Mention(ph.text, "anonymous", title=words[0])
    if head in lexicon.anonymous_sources() and head not in SPOKESPEOPLE \
            and (not ph.name_words or ph.name_words == words[-1:]):
        return Mention(ph.text, "anonymous", title=" ".join(words))
    return _PASS


def _named_body(ph: _Phrase):
    """A body by its head noun, its listed name, an acronym or "X of/for/on Y" ("the Office for X"); not a titled
    person ("... economist Jo Lee") and not "the MEC" (a person)."""
    words, lower, head = ph.words, ph.lower, ph.head
    titled = bool(ph.name_words) and 0 < ph.start and lower[ph.start - 1] in lexicon.title_words()
    if titled or not words[0][:1].isupper():
        return _PASS
    office_of_body = any(lower[i] in lexicon.organisation_heads() and lower[i + 1] in {"of", "for", "on"}
                         and all(w[:1].isupper() for w in words[:i + 1]) for i in range(len(words) - 1))
    if head in lexicon.organisation_heads() or " ".join(words) in lexicon.bodies() or office_of_body \
            or len(words) == 1 and _is_acronym(words[0]) and head not in lexicon.title_words():
        return Mention(ph.text, "body", name=_as_written(ph.text, ph.determiner))
    return _PASS


def _committee(ph: _Phrase):
    """ "the new House committee on China": a lowercase body noun between capitalised names."""
    words, lower = ph.words, ph.lower
    committee = next((k for k in range(1, len(words) - 2) if words[k - 1][:1].isupper() and words[k].islower()
                      and lower[k] in lexicon.organisation_heads() and lower[k + 1] in {"of", "for", "on"}
                      and words[k + 2][:1].isupper()), None)
    if committee is not None and ph.start >= committee + 2 and words[-1][:1].isupper():
        first = next(k for k, w in enumerate(words) if w[:1].isupper())
        return Mention(ph.text, "body", name=" ".join(words[first:]))
    return _PASS


def _bare_name(ph: _Phrase):
    """A phrase that is a name and nothing else: a person (a single unknown word keeps no gender)."""
    name_words = ph.name_words
    if not name_words or len(name_words) != len(ph.words) or ph.determiner:
        return _PASS
    if len(name_words) == 1 and name_words[0] not in lexicon.female_names() \
            and name_words[0] not in lexicon.male_names():
        return Mention(ph.text, "person", name=name_words[0], gender=None)
    return Mention(ph.text, "person", name=" ".join(name_words), gender=_gender(name_words[0], None))


def _honorifics_before(before: list[str]) -> list[str]:
    """Moves the honorifics that end ``before`` ("Gen.", "Sir") into the list returned, in order; not the
    words of an office ("Minister of Justice", "attorney general")."""
    honor: list[str] = []
    while before and before[-1].lower() in lexicon.honorifics() \
            and not (len(before) > 1 and before[-2].lower() in {"of", "for"}) \
            and not (len(before) > 1 and f"{before[-2]} {before[-1]}".lower() in lexicon.titles()):
        honor.insert(0, before.pop())
    return honor


def _titled_name(ph: _Phrase):
    """A name after a title, honorific or place: "Indiana Gov. Eric Holcomb", "Defence Secretary Jo Lee"."""
    name_words, start = ph.name_words, ph.start
    if not name_words or start == 0:
        return _PASS
    before = ph.words[:start]
    honor = _honorifics_before(before)
    title, organisation = _split_title([w + "’s" if ph.toks[n].end in ph.possessed else w
                                        for n, w in enumerate(before)])
    if title and not lexicon.expand_title(title) & lexicon.role_words():
        place = " ".join(before)  # "Indiana Gov. Eric Holcomb": a place, not a role
        title, organisation = None, lexicon.demonyms().get(place, place)
    offices = [h for h in honor if lexicon.expand_title(h) & lexicon.title_words()]
    if title is None and offices:
        title = " ".join(offices)  # "Gov. Eric Holcomb": the rank is the office
    if len(name_words) == 1 and name_words[0].lower() in lexicon.organisation_heads():
        return Mention(ph.text, "body", name=" ".join(ph.words))
    gender = _gender(name_words[0], [w.lower() for w in ph.words[:start]])
    return Mention(ph.text, "person", name=" ".join(name_words), title=title, organisation=organisation,
                   honorific=" ".join(honor) or None, gender=gender)


def _capitalised_description(ph: _Phrase):
    """No name, but capitals: "The United States said" (a body), "a Rosneft spokesman" (the body speaks)."""
    text, words = ph.text, ph.words
    capitals = [w for w in words if w[:1].isupper() and w.lower() not in lexicon.title_words()]
    if not capitals:
        return _PASS
    if words[0][:1].isupper() and (not ph.determiner or len(capitals) == len(words) > 1
                                   and text.split()[0].lower() == "the"):
        return Mention(text, "body", name=_as_written(text, ph.determiner))
    if ph.head in SPOKESPEOPLE:
        org = " ".join(w for w in words if w[:1].isupper())
        return Mention(text, "description", name=_strip_possessive(org), title=ph.head, gender=_gender("", ph.lower))
    return _PASS


def _description_phrase(ph: _Phrase):
    """No name: "the spokesman" (a description), "local authorities reported" (a body), "police said" (the
    fuller "Swedish police" if the article names it); else _PASS, and the phrase is anonymous."""
    text, words, lower = ph.text, ph.words, ph.lower
    if ph.determiner and lower[0] not in {"a", "an", "one", "another"} and text.split()[0].lower() == "the":
        return Mention(text, "description", title=" ".join(words), gender=_gender("", lower))
    if not ph.determiner and ph.head in lexicon.organisation_heads() and all(w.isalpha() for w in words) \
            and lower[0] not in _QUANTIFIERS:  # not "no group", "some police"
        if len(words) == 1:
            return Mention(text, "description", title=words[0])
        return Mention(text, "body", name=" ".join(words))
    return _PASS


def resolution(mention: Mention | None, name: str | None) -> str:
    """How a speaker's name was reached from the phrase in the source slot: "named" when the phrase names
    the person or body ("Jane Doe", "the ministry of X", "a Rosneft spokesman"), "pronoun", "description"
    for everything found through a description or a document ("the minister", "the report"), else "none"."""
    if name is None or mention is None:
        return "none"
    if mention.kind in {"person", "body"}:
        return "named"
    if mention.kind == "pronoun":
        return "pronoun"
    if mention.kind in {"spokesperson", "description"} and (mention.organisation or mention.name):
        return "named" if name in {mention.organisation, mention.name} else "description"
    return "description"


def _is_teaser(mention: Mention) -> bool:
    """An office held by someone the article is about to name: "a Home Office minister", "a leader of the
    teachers union" (not "a senior official", who stays anonymous)."""
    words = re.split(r"\s(?:of|for|at|in|with)\s", (mention.title or "").lower())[0].split()
    head = words[-1] if words else ""
    return mention.text.lower().startswith(("a ", "an ")) and head in lexicon.title_words() \
        and head not in lexicon.anonymous_sources() and head not in SPOKESPEOPLE


def determiner_first(text: str) -> bool:
    words = text.split(None, 1)
    return len(words) == 2 and words[0].lower() in DETERMINERS


def _as_written(text: str, determiner: bool) -> str:
    """A body's name as the article writes it ("Chile's emergency service"), without "the" or a final "'s"."""
    if determiner:
        text = text.split(None, 1)[1] if " " in text.strip() else text
    text = re.sub(r"^[A-Z][\w.]*-based\s+(?=[A-Z])", "", text.strip())  # "the London-based Energy Institute"
    return re.sub(r"[\s,]*[’']s?$", "", text.rstrip(",")).strip()


def _strip_possessive(name: str) -> str:
    return re.sub(r"\s*[’']s\b", "", name).strip()


def _gender(first: str, context: list[str] | None) -> str | None:
    if context:
        if any(w in _FEMALE_CUES for w in context):
            return "f"
        if any(w in _MALE_CUES for w in context):
            return "m"
    if first in lexicon.female_names():
        return "f"
    if first in lexicon.male_names():
        return "m"
    return None


@dataclass
class Person:
    """What the article says about one speaker, built up as mentions are resolved."""

    name: str
    kind: str  # person | body
    title: str | None = None
    organisation: str | None = None
    gender: str | None = None
    aliases: set[str] = field(default_factory=set)
    descriptors: set[str] = field(default_factory=set)  # "newspaper" in "newspaper Dagens Nyheter"
    aged: bool = False  # the article gives an age
    age: int | None = None  # ... this one ("Jo Lee, 36,"), for "the 36-year-old said"

    def official(self) -> Official:
        aliases = sorted(a for a in self.aliases if a != self.name)
        return Official(self.name, self.title, self.organisation, tuple(aliases))


_OPENERS = frozenset("the but and in on at as if after before when while since although though because for "
                     "with under during".split())
_VERBS_BETWEEN = frozenset("is are was were has have had will would".split())
_PHRASE_END = {",", ".", ";", ":", "(", ")", "“", "”", '"'}
_RELATIVE = frozenset({"who", "which", "that", "whose", "where", "when"})
_ROLE_PREPOSITIONS = frozenset({"at", "with", "of", "for", "from", "in", "on"})


def _phrase(toks: list[Token]) -> list[Token]:
    """The tokens up to the first punctuation mark that ends an apposition."""
    return _until(toks, _PHRASE_END)


def _until(toks: list[Token], stops) -> list[Token]:
    end = next((i for i, t in enumerate(toks) if t.text in stops or t.lower in stops), len(toks))
    return toks[:end]


def office_of(toks: list[Token], k: int) -> int:
    """Where a lowercase office with an "of" phrase starts before toks[k] ("minister of mines and
    energy", "leader of the state's largest teachers"), or k itself when there is none."""
    for back in range(k - 2, max(-1, k - 8), -1):
        word = toks[back]
        if word.lower in lexicon.title_words() and toks[back + 1].lower in {"of", "for"}:
            return back if k - back > 2 else k
        if word.lower in {"’s", "'s"}:
            continue
        if not (word.text.isalpha() and word.text.islower()) or word.lower in _VERBS_BETWEEN \
                or word.lower in lexicon.speech_verbs() and toks[back - 1].lower not in DETERMINERS:
            return k  # "the head of the bureau said the union": not one phrase
    return k


def _opens_sentence(toks: list[Token], k: int) -> bool:
    """Whether toks[k] begins its sentence, or follows only an opener ("After Rachel Reeves' ...")."""
    return k == 0 or toks[k - 1].text in ".?!" or (
        toks[k - 1].lower in _OPENERS and (k == 1 or toks[k - 2].text in ".?!"))


def _company_before(toks: list[Token], k: int) -> int:
    """Where an office starts when a capitalised name and a lowercase modifier stand before its title word
    ("Transnet pipelines executive"), else k."""
    m = k
    while m > 0 and k - m < 2 and toks[m - 1].text.isalpha() and toks[m - 1].text.islower() \
            and toks[m - 1].lower not in lexicon.stopwords():
        m -= 1
    if m == k or m == 0 or not toks[m - 1].is_capitalised or toks[m - 1].lower in lexicon.title_words() \
            or toks[m - 1].text in lexicon.demonyms() or _opens_sentence(toks, m - 1):
        return k
    while m > 0 and (toks[m - 1].is_capitalised and toks[m - 1].lower not in _OPENERS
                     or m > 1 and toks[m - 1].lower in {"of", "for", "&"} and toks[m - 2].is_capitalised):
        m -= 1  # "Royal Bank of Canada", but not an opener ("After Transnet ...")
    return m


def _span_start(span: tuple[int, int]) -> int:
    return span[0]


def _subject_at(toks: list[Token], k: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether the word at toks[k] opens a sentence or follows a quotation, and is followed by a verb
    rather than a possessive ("Connolly began", not "Sinwar's death" or "the killing of Sinwar")."""
    after = bisect_right(quoted, toks[k - 1].start, key=_span_start) if k else 0
    first = k == 0 or toks[k - 1].text in {".", "?", "!"} or (
        after < len(quoted) and quoted[after][0] < toks[k].start)  # a quotation opens between the two words
    return first and (k + 1 == len(toks) or toks[k + 1].text == "," or toks[k + 1].text.isalpha()
                      and toks[k + 1].text.islower())


def _office_as(toks: list[Token]) -> str | None:
    """The office in "as chancellor", "as home secretary" later in a sentence that opened with a name."""
    for m, tok in enumerate(toks):
        if tok.text in {".", "?", "!", ";"}:
            return None
        if tok.lower == "as":
            words = _strip_the(toks[m + 1:m + 5])
            end = 0
            for n, word in enumerate(words):
                if not word.text.isalpha():
                    break
                if word.lower in lexicon.title_words():
                    end = n + 1  # "as home secretary": up to the last word of an office
            return _join(words[:end]) or None
    return None


def _dateline_end(paragraph: str, toks: list[Token]) -> int:
    """The index of the first token after a dateline opening the paragraph, or 0."""
    m = _DATELINE.match(paragraph)
    return next((k for k, t in enumerate(toks) if t.start >= m.end()), len(toks)) if m else 0


def _group_described(words: list[Token]) -> str | None:
    """The organisation noun of an apposition that says what a name is: "a budget airline" -> "airline"."""
    if len(words) >= 2 and words[0].lower in {"a", "an", "the"} and words[-1].lower in lexicon.group_nouns() \
            and all(t.text.islower() for t in words[1:]):
        return words[-1].lower
    return None


def _join(toks: list[Token]) -> str:
    """Words as written: "Ennahda’s general secretariat", the possessive kept on its noun."""
    return "".join(t.text if t.text in {"’s", "'s"} or not i else " " + t.text for i, t in enumerate(toks))


def _strip_the(toks: list[Token]) -> list[Token]:
    return toks[1:] if toks and toks[0].lower in {"a", "an", "the"} else toks


def _outside(tokens: list[Token], spans: list[tuple[int, int]]) -> list[Token]:
    """The tokens outside the (ordered) quotation spans, a closing mark standing for each quotation so
    that names on either side of one do not run together ("Sinwar “…” Abu Amer is")."""
    if not spans:
        return tokens
    spans, kept, k = sorted(spans), [], 0
    for tok in tokens:
        while k < len(spans) and tok.start >= spans[k][1]:
            if kept and kept[-1].text != "”":
                kept.append(Token("”", spans[k][1] - 1, spans[k][1], "”"))
            k += 1
        if k == len(spans) or tok.start < spans[k][0]:
            kept.append(tok)
    return kept


def _name_end(toks: list[Token], i: int) -> int:
    """The end of a name phrase starting at toks[i]: capitalised words and the title words inside it."""
    j = i
    while j < len(toks) and (toks[j].text[:1].isupper() or toks[j].lower in lexicon.title_words() and j > i):
        j += 1
    return j


def _title_start(toks: list[Token], i: int) -> int:
    """Where the title before a name starts: lowercase title words ("spokesperson Matthew Miller"), a role noun
    just before the name ("meteorologist Jo Lee"), an office written out ("minister of mines and energy X"),
    a company before a role ("Transnet pipelines executive X")."""
    k = i
    titles, roles = lexicon.title_words(), lexicon.role_nouns()
    while k > 0 and (toks[k - 1].lower in titles or k == i and toks[k - 1].lower in roles):
        k -= 1
    k = office_of(toks, k)
    return _company_before(toks, k) if k < i else k


def _body_named_after(words: list[Token], after: list[Token]) -> tuple[str, str] | None:
    """(title, organisation) when a role's body is named in a second apposition: "director of the agency,
    Acme," gives director, Acme."""
    name = _until(after[1:], _PHRASE_END)
    cut = next((i for i, t in enumerate(words) if t.lower in {"of", "at"}), None)
    if after and after[0].text == "," and cut and words[-1].text.islower() \
            and words[-1].lower in lexicon.organisation_heads() \
            and 0 < len(name) <= 4 and all(t.is_capitalised for t in name):
        return _join(words[:cut]), _join(name)
    return None


def _role_words(words: list[Token]) -> list[Token] | None:
    """The words of a role after "who is" ("Jo Lee, who is president of Acme,"); None when a speech verb opens
    them ("X, Jo Lee, said the provincial centre ...": the verb, not a role)."""
    if len(words) > 2 and words[0].lower == "who" and words[1].lower in {"is", "was"}:
        words = words[2:]
    return None if words and words[0].lower in lexicon.speech_verbs() else words


def _title_and_body(words: list[Token]) -> tuple[list[Token], list[Token]]:
    """The title of a role and the body after it: "a senior fellow at the Council on Foreign Relations",
    "professor of politics at Dokkyo University" (not "Minister of Justice", an office written out)."""
    title: list[Token] = []
    for i, t in enumerate(words):
        if t.lower in _RELATIVE:
            break
        if t.lower in _ROLE_PREPOSITIONS and title:
            rest = _strip_the(words[i + 1:])
            formal = t.lower in {"of", "for"} and title[-1].is_capitalised  # "Minister of Justice"
            if rest and rest[0].is_capitalised and not formal:
                return title, _body_named(rest)
        title.append(t)
    return title, []


def _body_named(rest: list[Token]) -> list[Token]:
    """The body's name at the start of ``rest``, running on across "on" ("the Council on Foreign Relations")."""
    org = _until(rest, _RELATIVE | _ROLE_PREPOSITIONS - {"of", "for"})
    while len(org) + 1 < len(rest) and rest[len(org)].lower == "on" \
            and org[-1].lower in lexicon.organisation_heads() and rest[len(org) + 1].is_capitalised:
        org = rest[:len(org) + 1] + _until(rest[len(org) + 1:], _RELATIVE | _ROLE_PREPOSITIONS)
    return org


def _body_end(toks: list[Token], i: int, j: int) -> int:
    """Where a body's name that starts at toks[i] ends, past the capitalised words up to ``j``: across "of",
    "for", "on", "and", "the" ("the House committee on China", "Bank of England") and a lowercase head after a
    nationality ("Swedish police": "police said" later is they)."""
    if j == i + 1 and j + 2 < len(toks) and toks[j].text.islower() and toks[j].lower in lexicon.organisation_heads() \
            and toks[j + 1].lower in {"of", "for", "on"} and toks[j + 2].is_capitalised:
        j += 1
    while j + 1 < len(toks) and toks[j].lower in {"of", "for", "and", "on", "&", "the"}:
        m = j + 1
        if toks[m].lower == "the" and m + 1 < len(toks):
            m += 1
        if not toks[m].is_capitalised:
            break
        j = m
        while j < len(toks) and toks[j].is_capitalised:
            j += 1
    if j == i + 1 and j < len(toks) and toks[j].text.islower() and toks[j].lower in lexicon.organisation_heads() \
            and toks[i].text in lexicon.demonyms():
        j += 1
    return j


def _describe_body(body: Person, toks: list[Token], before: int) -> None:
    """Common nouns the article uses for a body, read before its name: "lawmakers on the X Committee" (then
    "the lawmakers"), "the Dutch institute TNO" (then "the institute")."""
    group = toks[before - 2].text if before >= 2 else ""
    if toks[before - 1].lower in {"on", "of", "at", "from", "for"} and group.isalpha() and group[1:].islower():
        body.descriptors.add(group.lower())
    if before >= 1 and toks[before - 1].text.isalpha() and toks[before - 1].text.islower() \
            and toks[before - 1].lower in lexicon.organisation_heads():
        body.descriptors.add(toks[before - 1].lower)


LOOK_BACK = 200  # paragraphs; no news article comes near it, a 5 MB paste of text does


class Cast:
    """Everyone the article names, and who spoke; resolves mentions in reading order."""

    def __init__(self, paragraphs: tuple[str, ...], quoted: list[list[tuple[int, int]]],
                 tokens: list[list[Token]] | None = None):
        self.people: dict[str, Person] = {}
        self.surnames: dict[str, Person] = {}  # last word of each person's name
        self.seen: list[tuple[tuple[int, int], str]] = []  # (position, name) of person mentions
        self.seen_in: dict[int, list[tuple[tuple[int, int], str]]] = {}  # the same, by paragraph
        self.last_speaker: tuple[tuple[int, int], str] | None = None
        self.speakers: set[str] = set()
        self.teasers: list[tuple[tuple[int, int], Mention]] = []  # "a Home Office minister has said"
        self.issued: list[tuple[tuple[int, int], str, str]] = []  # (position, "report", body that issued it)
        self.voice: tuple[tuple[int, int], str, str | None] | None = None  # who spoke via a spokesperson
        self.unnamed: tuple[tuple[int, int], bool] | None = None  # where an anonymous source last spoke; plural?
        self.bodies_seen: list[tuple[tuple[int, int], str]] = []  # (position, name) of bodies named in full
        self.objects: dict[tuple[int, int], set[str]] = {}  # mentions after "to", "told", "with"...
        self.paragraphs = paragraphs
        quoted = [sorted(spans) for spans in quoted]  # for bisecting
        self.common_words = set(_LOWER_WORD.findall(" ".join(paragraphs)))
        self._scan(paragraphs, quoted, tokens or [tokenize(text) for text in paragraphs])

    def _see(self, pos: tuple[int, int], name: str) -> None:
        self.seen.append((pos, name))
        self.seen_in.setdefault(pos[0], []).append((pos, name))

    def _seen_near(self, pos: tuple[int, int], ahead: int = 0) -> list[tuple[tuple[int, int], str]]:
        """The person mentions of the LOOK_BACK paragraphs up to ``ahead`` paragraphs after pos, in reading
        order of paragraphs: what a reader of news still holds in mind, and what keeps resolving a mention
        as cheap in the thousandth paragraph of an input as in the first."""
        first = max(0, pos[0] - LOOK_BACK)
        return [m for q in range(first, pos[0] + ahead + 1) for m in self.seen_in.get(q, ())]

    def _scan(self, paragraphs, quoted, tokens) -> None:
        """Register every capitalised name phrase outside quotations, with the title before it."""
        for p in range(len(paragraphs)):
            toks = _outside(tokens[p], quoted[p])
            i = _dateline_end(self.paragraphs[p], toks)  # "RIVERTON, June 3 (Agency) --" names no one
            while i < len(toks):
                if not toks[i].text[:1].isupper():
                    i += 1
                elif toks[i].lower in LEADING and (i == 0 or toks[i - 1].text in ".?!"):
                    i += 1  # "Meanwhile Mark Oaten": the name starts after the adverb
                else:
                    i = self._scan_name(p, toks, i, quoted[p])

    def _scan_name(self, p: int, toks: list[Token], i: int, quoted) -> int:
        """Register the name phrase starting at toks[i] and what the words around it say of it; returns the
        index after it."""
        j = _name_end(toks, i)
        k = _title_start(toks, i)
        self._register_body(toks, i, j, p)
        if j == i + 1 and toks[i].text in self.surnames and _subject_at(toks, i, quoted):
            self._see((p, toks[i].start), self.surnames[toks[i].text].name)
        person = self._register(toks[k:j], (p, toks[i].start), sentence_start=(i == 0 or toks[i - 1].text in ".?!"),
                                as_object=k > 0 and toks[k - 1].lower in _OBJECT_CUES)
        if person is not None and k > 0 and toks[k - 1].text.isalpha() and toks[k - 1].text.islower():
            person.descriptors.add(toks[k - 1].text)  # "the newspaper" later finds "newspaper X"
        self._described_after(toks, i, j, person)
        if person is not None:
            self._described_around(person, toks, k, j)
        return max(j, i + 1)

    def _described_after(self, toks: list[Token], i: int, j: int, person: Person | None) -> None:
        """What follows a name says what it is: an apposition ("Jo Lee, 54, a nurse at X,", "Skyjet, a budget
        airline,") or a copula ("Amer is the head of the X", "Lee is Acme's president")."""
        named = person or (self.surnames.get(toks[i].text) if j == i + 1 else None)  # "Hess, with X,"
        if named is None and j < len(toks) and toks[j].text == "," and _group_described(_phrase(toks[j + 1:j + 8])):
            named = self._body(_join(toks[i:j]))  # "Skyjet, a budget airline, said": a body
        if named is not None and j < len(toks) and toks[j].text == ",":
            self._apposition(named, toks[self._past_age(named, toks, j + 1):][:15])
        elif j + 1 < len(toks) and toks[j].lower in {"is", "was"} and (
                toks[j + 1].lower in {"the", "a", "an"} or toks[j + 1].is_capitalised
                and any(t.text in {"’s", "'s"} for t in toks[j + 2:j + 5])):
            known = person or (self._find_person(toks[i].text) if j == i + 1 else None)
            if known is not None:
                self._apposition(known, toks[j + 1:j + 16])

    @staticmethod
    def _past_age(named: Person, toks: list[Token], after: int) -> int:
        """Past an age after a name ("Abu Hassan Amer, 44, agreed": a person, whatever the name), kept."""
        if after < len(toks) and toks[after].text.isdigit():
            named.aged = True
            named.age = int(toks[after].text) if len(toks[after].text) < 4 else None
            after += 2 if after + 1 < len(toks) and toks[after + 1].text == "," else 0
        return after

    def _described_around(self, person: Person, toks: list[Token], k: int, j: int) -> None:
        """A party in the possessive after the name, a title before it and a comma, an office it took after."""
        if not person.organisation and j + 1 < len(toks) and toks[j].lower in {"’s", "'s"}:
            self._party(person, toks, j + 1)
        if k > 1 and toks[k - 1].text == ",":
            self._title_before(person, toks[max(0, k - 10):k - 1])
        if not person.title and _opens_sentence(toks, k):
            person.title = _office_as(toks[j:j + 25])  # "Jeremy Hunt, who replaced X as chancellor"


    def _party(self, person: Person, toks: list[Token], start: int) -> None:
        """A politician's party named in the possessive: "ousted PM Imran Khan’s Pakistan Tehreek-e-Insaaf
        party", "Trump’s Republican Party"."""
        end = start
        while end < len(toks) and toks[end].is_capitalised:
            end += 1
        if end > start and (toks[end - 1].lower == "party" or end < len(toks) and toks[end].lower == "party"):
            person.organisation = _join(toks[start:end])

    def _register_body(self, toks: list[Token], i: int, j: int, p: int) -> None:
        """Bodies named in full ("Office for National Statistics (ONS)"), so later short forms find them."""
        j = _body_end(toks, i, j)
        if j - i < 2 and not (j - i == 1 and toks[i].text.isupper() and _is_acronym(toks[i].text)):
            return
        m = parse_mention(" ".join(t.text for t in toks[i:j]))
        if m is None or m.kind != "body" or not m.name:
            return
        body = self._body(m.name)
        self.bodies_seen.append(((p, toks[i].start), body.name))
        before = i - 1 if i > 0 and toks[i - 1].lower == "the" else i
        _describe_body(body, toks, before)
        if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and _is_acronym(toks[j + 1].text):
            body.aliases.add(toks[j + 1].text)
            j += 3
        self._issued_by(toks, before, j, body.name, p)

    def _issued_by(self, toks: list[Token], i: int, j: int, body: str, p: int) -> None:
        """Documents a body issued, as the article ties them: "The report by TNO", "the Tower Commission
        report", "TNO's preliminary report", so that "the report said" speaks for it."""
        after = j + (j < len(toks) and toks[j].text in {"’s", "'s"})
        while after < len(toks) and after - j < 3 and toks[after].text.islower() \
                and toks[after].lower not in lexicon.documents():
            after += 1  # "TNO's preliminary report"
        if after < len(toks) and toks[after].lower in _ISSUING_VERBS:
            after += 1  # "The committee sent a letter Wednesday"
            while after < len(toks) and after - j < 5 and toks[after].text.islower() \
                    and toks[after].lower not in lexicon.documents():
                after += 1
        if after < len(toks) and toks[after].lower in lexicon.documents():
            self.issued.append(((p, toks[after].start), toks[after].lower, body))
        if i >= 2 and toks[i - 1].lower in {"by", "from", "of"} and toks[i - 2].lower in lexicon.documents():
            self.issued.append(((p, toks[i - 2].start), toks[i - 2].lower, body))

    def _issuer(self, document: str, pos) -> str | None:
        """The body that issued the document called so nearest before pos, or named just after it
        ("according to a report ..." then "The report by TNO")."""
        before = [(at, body) for at, doc, body in self.issued if doc == document and at <= pos]
        if before:
            return max(before)[1]
        after = [(at, body) for at, doc, body in self.issued if doc == document and at[0] - pos[0] <= 1]
        return min(after)[1] if after else None

    def _register(self, toks: list[Token], pos, sentence_start: bool, as_object: bool) -> Person | None:
        while toks and toks[-1].lower in lexicon.title_words():
            toks = toks[:-1]
        if sentence_start and toks and toks[0].lower in _OPENERS:
            toks = toks[1:]  # "After Rachel Reeves' first speech": the name starts after the opener
        if len(toks) < 2 or all(t.text.isupper() for t in toks):  # "NEW DELHI:", a dateline, is nobody
            return None
        m = parse_mention(" ".join(t.text for t in toks))
        if m is None or m.kind != "person" or not m.name or len(m.name.split()) < 2:
            return None
        person = self._add(m)
        self._see(pos, person.name)
        if as_object:
            self.objects.setdefault(pos, set()).add(person.name)
        return person

    def _apposition(self, person: Person, toks: list[Token]) -> None:
        """Title and organisation from "Jane Doe, a senior fellow at the Brookings Institution,", or the
        organisation alone from "Hess, with the Brookings Institution public policy group,"."""
        words = _phrase(toks)
        kind = _group_described(words)
        if kind is not None:
            person.descriptors.add(kind)  # "Acme, a big bank,": "the bank" later
            return
        role = self._role(words)
        if role and not person.title:
            person.title, person.organisation = role[0], person.organisation or role[1]
            named = _body_named_after(words, toks[len(words):])
            if named is not None:
                person.title, person.organisation = named  # "director of the agency, Acme,"
        elif role is None and words and words[0].lower in {"with", "of", "from", "at"} and not person.organisation:
            body = _until(_strip_the(words[1:]), {w for w in (t.text for t in words) if w[:1].islower()})
            if body and all(t.is_capitalised for t in body):
                person.organisation = _join(body)

    def _title_before(self, person: Person, toks: list[Token]) -> None:
        """Title from "Sweden's Minister of Justice, Gunnar Strömmer," (the role, a comma, the name)."""
        start = len(toks)
        while start > 0 and toks[start - 1].text not in _PHRASE_END:
            start -= 1
        self._apposition(person, toks[start:])

    def _role(self, words: list[Token]) -> tuple[str, str | None] | None:
        """(title, organisation) from the words of a role, or None when they name no office:
        "the European Union's foreign policy chief", "ERAA director of air transport", "professor of
        politics at Dokkyo University", "who heads the regional administration", "Minister of Justice"."""
        if len(words) > 2 and words[0].lower == "who" and words[1].lower in lexicon.role_verbs():
            org = _strip_the(words[2:])
            return lexicon.role_verbs()[words[1].lower], _join(org) or None
        words = _role_words(words)
        if words is None:
            return None
        owner, words = self._role_owner(_strip_the(words))
        roles = lexicon.role_words()
        if not any(t.lower in roles for t in words[:6]):
            return None
        title, org = _title_and_body(words)
        org = org or owner
        if not any(t.lower in roles for t in title):
            return None
        if not org and len(title) > 1 and all(part in lexicon.demonyms() for part in title[0].text.split("-")):
            return _split_title([t.text for t in title])  # "a British-Israeli lawyer"
        return _join(title), _join(org) or None

    def _role_owner(self, words: list[Token]) -> tuple[list[Token], list[Token]]:
        """The body a role is of when it stands first, and the rest: "the Trump campaign's political director",
        "ERAA director of air transport"; "the company's president" is the title alone."""
        k = next((i for i, t in enumerate(words[:7]) if t.text in {"’s", "'s"}), None)
        if k and any(t.is_capitalised for t in words[:k]) and not any(t.lower in lexicon.title_words()
                                                                        for t in words[:k]):
            return _strip_the(words[:k]), words[k + 1:]
        if k == 1 and words[0].text.islower():
            return [], words[2:]
        if len(words) > 1 and words[1].lower in lexicon.title_words() and (
                _is_acronym(words[0].text) or getattr(self.people.get(words[0].text), "kind", None) == "body"):
            return words[:1], words[1:]
        return [], words

    def _add(self, m: Mention) -> Person:
        knighted = (m.honorific or "").lower() in {"sir", "dame"}  # "Sir Keir" is Keir Starmer
        existing = self._find_person(m.name, knighted) if m.kind == "person" else self.people.get(m.name)
        if existing is None:
            existing = Person(m.name, m.kind, gender=m.gender)
            self.people[m.name] = existing
            if m.kind == "person" and " " in m.name:
                self.surnames.setdefault(m.name.split()[-1], existing)
        elif m.kind == "person" and len(m.name.split()) > len(existing.name.split()):
            self.people.pop(existing.name)
            existing.aliases.add(existing.name)
            existing.name = m.name
            self.people[m.name] = existing
            self.surnames.setdefault(m.name.split()[-1], existing)
        if m.title and (not existing.title or len(m.title) > len(existing.title)):
            existing.title, existing.organisation = m.title, m.organisation or existing.organisation
        elif m.organisation and not existing.organisation:
            existing.organisation = m.organisation
        if m.gender and not existing.gender:
            existing.gender = m.gender
        if m.honorific:
            existing.aliases.add(f"{m.honorific} {m.name}")
        if m.name != existing.name:
            existing.aliases.add(m.name)
        return existing

    def _find_person(self, name: str, first_name: bool = False) -> Person | None:
        if name in self.people:
            return self.people[name]
        parts = name.split()
        people = sorted((p for p in self.people.values() if p.kind == "person"), key=lambda x: -len(x.name))
        if len(parts) > 1:  # "Abu Amer" ends "Sadeq Abu Amer", which is nearer than "Abu Hassan Amer"
            ending = next((p for p in people if p.name.endswith(" " + name)), None)
            if ending is not None:
                return ending
        for person in people:
            pparts = person.name.split()
            if parts[-1] == pparts[-1] and (len(parts) == 1 or parts[0] == pparts[0]
                                            or parts == pparts[-len(parts):]):  # "Al Saud": Abu Anas Al Saud
                return person
            if len(parts) == 1 and parts[0] in pparts[0 if first_name else 1:]:
                return person
        return None

    def resolve(self, mention: Mention | None, pos: tuple[int, int]) -> str | None:
        """The official name a mention refers to at a position, or None when anonymous."""
        if mention is None:
            return None
        if mention.kind in {"person", "body"} and self._common_word(mention.name):
            return None  # "Countries like China say", "Mediators said": not a name
        if mention.kind == "person":
            return self._named_person(mention, pos)
        if mention.kind == "body":
            return self._body(mention.name).name
        by_kind = {"pronoun": self._pronoun, "description": self._description, "spokesperson": self._spokesperson}
        if mention.kind in by_kind:
            return by_kind[mention.kind](mention, pos)
        return self._anonymous(mention, pos)

    def _named_person(self, mention: Mention, pos) -> str:
        """A person's mention: the fullest name the article gives them; a single unknown word with nothing to
        mark it a person is a body ("Russia said", "Nato said")."""
        if len(mention.name.split()) == 1 and self._find_person(mention.name) is None \
                and mention.gender is None and not mention.title:
            return self._body(mention.name).name
        person = self._add(mention)
        if mention.name != person.name:
            person.aliases.add(mention.name)
        self._see(pos, person.name)
        return person.name

    def _anonymous(self, mention: Mention, pos) -> str | None:
        """An anonymous source, unless a body holds it ("the lawmakers" of a named committee, "the nurses" of
        Nurses for X) or it is a document whose issuer the article names after it ("according to a report
        published on Thursday"); a teaser ("a Home Office minister has said") is kept for the name that follows."""
        if mention.text.lower().startswith("the ") and mention.title:
            head = mention.title.lower().split()[-1]
            return next((p.name for p in self.people.values() if head in p.descriptors), None) \
                or self._body_by_member(mention)
        if _is_teaser(mention):
            self.teasers.append((pos, mention))
        document = (mention.title or "").lower().split()[:1]
        if document and document[0] in lexicon.documents() and mention.text.lower().startswith(("a ", "an ")):
            return self._issuer(document[0], pos)
        return None

    def _body_by_member(self, mention: Mention, head: str | None = None) -> str | None:
        """ "the nurses said" in an article about the group Nurses for Safe Wards: a definite plural whose head the
        name of a body holds refers back to that body; otherwise it stays an anonymous group."""
        head = head or mention.text.split()[-1].lower()
        if not mention.text.lower().startswith("the ") or not head.endswith("s") or head in SPOKESPEOPLE:
            return None
        return next((person.name for person in self.people.values()
                     if person.kind == "body" and head in person.name.lower().split()), None)

    def named_after(self, pos, mention: Mention, speaker: str) -> bool:
        """Whether a speaker first named after a teaser ("a Home Office minister has said", then "Hazel
        Blears said") is the person it described; if so they take its title when they have none."""
        person = self.people.get(speaker)
        if person is None or person.kind != "person" or min(p for p, n in self.seen if n == speaker) <= pos:
            return False
        if not person.title:
            person.title, organisation = _split_title((mention.title or "").split())
            person.organisation = person.organisation or organisation
        return True

    def _common_word(self, name: str | None) -> bool:
        """A capitalised word that the article also writes in lowercase is a common noun, not a name."""
        if not name or " " in name or _is_acronym(name) or name.lower() in lexicon.organisation_heads():
            return False
        parts = name.split("-")
        return name.lower() in self.common_words or (len(parts) > 1 and parts[-1].islower())

    def _body(self, name: str) -> Person:
        clean = re.sub(r"^(the|a|an)\s+", "", name, flags=re.I)
        for person in self.people.values():
            if person.kind == "body" and (person.name.lower() == clean.lower() or clean in person.aliases):
                return person
        person = Person(clean, "body")
        self.people[clean] = person
        return person

    def _spokesperson(self, mention: Mention, pos) -> str | None:
        """Whom a spokesperson speaks for: the owner named ("the prime minister's spokesman" speaks for
        the prime minister, or for the office when nobody holds it), or, for "the spokesman", whoever
        last spoke through one nearby."""
        if mention.organisation is None:
            voice = self.voice
            return voice[1] if voice and pos[0] - voice[0][0] <= 2 else None
        owner = parse_mention(mention.organisation)
        if owner is None:
            return None
        head = (owner.title or "").lower().split()[-1:]
        if owner.kind == "description" and head and head[0] not in lexicon.organisation_heads() and not owner.name:
            name = self._holder(head[0], pos) or self._body(owner.title).name
        else:
            name = self.resolve(owner, pos)
        if name:
            self.voice = (pos, name, mention.gender)
        return name

    def _pronoun(self, mention: Mention, pos) -> str | None:
        name = self._antecedent(mention, pos)
        person = self.people.get(name)
        if person is not None and person.kind == "person" and person.gender is None:
            person.gender = mention.gender  # "Duduzile Zuma-Sambudla ... she said": later "he" is someone else
        return name

    def unnamed_spoke(self, mention: Mention, pos) -> None:
        """An anonymous source spoke ("a senior official said", "sources said"): a pronoun just after is theirs."""
        head = mention.text.split()[-1].lower() if mention.text.split() else ""
        self.unnamed = (pos, head.endswith("s") and not head.endswith("ss"))

    def _still_unnamed(self, mention: Mention, pos) -> bool:
        """Whether a pronoun continues the anonymous source that spoke last ("the banking sources said ...,
        they added"): one of the same number, in this paragraph or the one before, with no named speaker since."""
        if self.unnamed is None or mention.text.lower() not in {"he", "she", "they"}:
            return False
        at, plural = self.unnamed
        if self.last_speaker is not None and self.last_speaker[0] > at:
            return False
        return pos[0] - at[0] <= 1 and plural == (mention.text.lower() == "they")

    def _antecedent(self, mention: Mention, pos) -> str | None:
        """Whom a pronoun refers to, in this order: an anonymous source just before; a principal still speaking
        through a spokesperson; for "it"/"they", the body that spoke last; the last speaker when no one of the
        pronoun's gender was named since; the latest person of its gender; a person only named as an object."""
        if self._still_unnamed(mention, pos):
            return None
        voice, last = self.voice, self.last_speaker
        if voice and last and last[1] == voice[1] and pos[0] - last[0][0] <= 2 \
                and voice[2] in (None, mention.gender):
            return voice[1]  # "the spokesman said ... he added": still the spokesman's principal
        if mention.gender is None:  # "it said", "they said": the body that spoke last, nearby
            near = last and pos[0] - last[0][0] <= 2 and self.people.get(last[1])
            return last[1] if near and near.kind == "body" else None
        return self._last_speaker_still(mention, pos) or self._latest_person(mention, pos) \
            or self._object_antecedent(mention, pos)

    def _last_speaker_still(self, mention: Mention, pos) -> str | None:
        """The person who spoke last, nearby, when nobody of the pronoun's gender has been named since (outside
        that speaker's own sentence and not as an object)."""
        last = self.last_speaker
        if not last or pos[0] - last[0][0] > 2:
            return None
        person = self.people.get(last[1])
        if not (person and person.kind == "person" and person.gender in (None, mention.gender)):
            return None
        later = [n for (p, n) in self._seen_near(pos) if last[0] < p < pos and n != person.name
                 and self.people[n].gender in (None, mention.gender) and n not in self.objects.get(p, ())
                 and not self._same_sentence(last[0], p)]
        return None if later else person.name

    def _latest_person(self, mention: Mention, pos) -> str | None:
        """The latest person named (latest paragraph, its first name first) of the pronoun's gender; a person of
        unknown gender just before, who has a rank, an age or has spoken, comes first ("Major-Gen X ... He said")."""
        earlier = sorted(((p, n) for p, n in self._seen_near(pos) if p <= pos and n not in self.objects.get(p, ())),
                         key=lambda item: (-item[0][0], item[0][1]))
        near = None  # (paragraph, name) of a person of unknown gender in this paragraph or the one before
        for at, name in earlier:
            person = self.people.get(name)
            if not person or person.kind != "person":
                continue
            if near is not None and at[0] < near[0]:
                return near[1]
            if person.gender == mention.gender:
                return name
            if person.gender is None and near is None and self._close_enough(person, at, pos):
                near = (at[0], name)
        if near:
            return near[1]
        return next((n for _, n in earlier if self.people.get(n) and self.people[n].kind == "person"
                     and self.people[n].gender is None), None)

    def _close_enough(self, person: Person, at, pos) -> bool:
        """A person of unknown gender close enough to be "he" or "she": in this paragraph, or in the one before
        with a rank, an age or having spoken ("South Carolina" named before is no one)."""
        return pos[0] == at[0] or pos[0] - at[0] == 1 and bool(person.title or person.aged
                                                              or person.name in self.speakers)

    def _object_antecedent(self, mention: Mention, pos) -> str | None:
        """A person named only as an object ("Ann Holt met Tom Lind.", then "He said"): the antecedent when no
        one else fits, if they are of the pronoun's gender and named in this paragraph or the one before."""
        objects = sorted(((p, n) for p, names in self.objects.items() for n in names
                          if p <= pos and pos[0] - p[0] <= 1), reverse=True)
        return next((n for _, n in objects if self.people.get(n) and self.people[n].kind == "person"
                     and self.people[n].gender == mention.gender), None)

    def _same_sentence(self, a: tuple[int, int], b: tuple[int, int]) -> bool:
        """Whether position b is in the sentence of position a, which comes first ("said X's chief
        economist, Jane Doe": the speaker's own attribution, not a newcomer)."""
        return a[0] == b[0] and not _SENTENCE_BREAK.search(self.paragraphs[a[0]], a[1], b[1])

    def _description(self, mention: Mention, pos) -> str | None:
        """Whom a description refers to: "a Rosneft spokesman" (Rosneft), "the 36-year-old", "the nurses" of a
        body so named, "the officer" of a body that spoke, "the institute", "the report" (its issuer), "the
        governor" (the holder of the title), "the letter" of the body speaking, "the airline"."""
        words = (mention.title or "").lower().split()
        if mention.name:  # "a Rosneft spokesman": the body speaks
            return self._body(mention.name).name
        if not words:
            return None
        of = next((k for k, w in enumerate(words) if w in {"of", "for"}), len(words))
        head = words[of - 1] if 0 < of < len(words) and words[of - 1] in lexicon.title_words() else words[-1]
        aged = _AGED.fullmatch(words[-1])
        if aged:  # "the 36-year-old said": the person the article gave that age
            return next((p.name for p in self.people.values() if p.age == int(aged[1])), None)
        member = self._body_by_member(mention, head)
        if member is not None:
            return member  # "the nurses" of Nurses for Safe Wards
        if head in _VOICES and self.voice and pos[0] - self.voice[0][0] <= 2 and not self._holder(head, pos):
            return self.voice[1]  # "a police officer said ...", then "the officer said": still the police
        if head in lexicon.organisation_heads():
            return self._body_described(mention, words, head, pos)
        return self._described_by_head(words, head, mention, pos)

    def _body_described(self, mention: Mention, words: list[str], head: str, pos) -> str:
        """ "the institute said": a body named with that head or so described, the body that just spoke, the
        one body named just before ("Acme Corp ... The company said"), else the description itself."""
        for person in reversed(list(self.people.values())):
            if person.kind == "body" and (head in person.name.lower().split() or head in person.descriptors):
                return person.name
        definite = mention.text.lower().startswith("the ")
        last = self.last_speaker
        if last and pos[0] - last[0][0] <= 2 and self.people[last[1]].kind == "body" and definite:
            return last[1]  # after the body spoke under its own name (not "police said")
        recent = self._recent_body(pos) if definite and head not in _INSTITUTIONS else None
        return recent or self._body(" ".join(words)).name

    def _described_by_head(self, words: list[str], head: str, mention: Mention, pos) -> str | None:
        """ "the report said" (whoever issued it), "the governor" (the holder), "the letter stated" (the body
        just speaking), "the Prime Minister" (the person just speaking), "the airline" (a body so described)."""
        issuer = self._issuer(head, pos) if head in lexicon.documents() else None
        if issuer is not None:
            return issuer
        holder = self._holder(head, pos)
        if holder is not None:
            return holder
        last = self.last_speaker
        if head in lexicon.documents() and last and pos[0] - last[0][0] <= 3 and self._corporate(last[1]):
            return last[1]
        if lexicon.expand_title(words[-1]) & lexicon.title_words():
            return None if mention.organisation else self._recent_person(mention, pos)  # not "Lee's lawyer": Lee
        if head in lexicon.group_nouns():
            return self._described_body(head)
        return self._office_itself(mention, pos)

    def _office_itself(self, mention: Mention, pos) -> str | None:
        """An office written out in capitals that nobody in the article holds speaks as that office: "The Riverton
        Commissioner for Human Rights said" (not a holder guessed from another title)."""
        title = mention.title or ""
        words = title.split()
        if len(words) < 3 or not all(w[:1].isupper() or w in {"of", "for", "on", "and"} for w in words) \
                or not any(w.lower() in lexicon.title_words() for w in words) or self._recent_person(mention, pos):
            return None
        return self._body(title).name

    def _recent_body(self, pos) -> str | None:
        """The one body named in full in this paragraph or the one before, when there is exactly one."""
        names = {name for at, name in self.bodies_seen if at < pos and pos[0] - at[0] <= 1}
        return names.pop() if len(names) == 1 else None

    def _described_body(self, head: str) -> str | None:
        """Whom "the airline" is: the body the article described so ("Skyjet, a budget airline,"), latest first;
        nobody else (the body that spoke last may be another kind: "the airline" after an authority spoke)."""
        return next((p.name for p in reversed(list(self.people.values())) if head in p.descriptors), None)

    def _corporate(self, name: str) -> bool:
        """A body, or a name nothing marks as a person's ("Dagens Nyheter": no title, no gender)."""
        person = self.people[name]
        return person.kind == "body" or not (person.title or person.gender)

    def _holder(self, head: str, pos) -> str | None:
        """The person whose title has this head word ("the governor": Gov. Mark Dean), the latest
        named before pos first."""
        head = lexicon.title_abbreviations().get(head, head).split()[-1]
        holder = next((self.people[name] for p, name in sorted(self._seen_near(pos), reverse=True)
                       if p <= pos and name in self.people and self.people[name].title
                       and head in lexicon.expand_title(self.people[name].title)), None)
        if holder is None:
            holder = next((person for person in self.people.values()
                           if person.title and head in lexicon.expand_title(person.title)
                           or any(d.endswith(head) for d in person.descriptors)), None)  # "the paper": newspaper X
        if holder is None:
            return None
        if lexicon.title_abbreviations().get((holder.title or "").lower()) == head:
            holder.title = head  # "Gov. Eric Holcomb", then "the governor": the article spells the office out
        return holder.name

    def _recent_person(self, mention: Mention, pos) -> str | None:
        """Who a title no one holds yet refers to: the person just speaking or just named ("Sir Keir
        Starmer has defended ..." then "The Prime Minister suggested"). The title becomes theirs when
        it is an office on its own ("Prime Minister"), not a description ("the Salford MP")."""
        candidates = [self.last_speaker] if self.last_speaker else []
        candidates += sorted(((p, n) for p, n in self._seen_near(pos) if p <= pos
                              and n not in self.objects.get(p, ())), reverse=True)
        if pos[0] <= 1:  # a lede names the person after describing them ("PM suggests ...")
            candidates += sorted((p, n) for p, n in self.seen if p > pos and p[0] <= 2)
        for p, name in candidates:
            person = self.people.get(name)
            if abs(pos[0] - p[0]) <= 2 and self._untitled_speaker(person, mention):
                words = lexicon.expand_title(mention.title or "")
                if not person.title and words and words <= lexicon.title_words():
                    person.title = lexicon.title_abbreviations().get(mention.title.lower(), mention.title)
                return person.name
        return None

    def _untitled_speaker(self, person: Person | None, mention: Mention) -> bool:
        """Whether a person may be the holder of a title nobody holds yet: a person without a title (a minister
        is not "the commissioner") who has spoken or whose gender is known ("Members' Financial Interests" is
        nobody), of the mention's gender."""
        return person is not None and person.kind == "person" and not person.title \
            and (person.name in self.speakers or bool(person.gender)) \
            and (mention.gender is None or person.gender in (None, mention.gender))

    def opens_with_pronoun(self, paragraph: int) -> bool:
        words = self.paragraphs[paragraph].split(None, 1) if paragraph >= 0 else []
        return bool(words) and words[0].lower() in {"he", "she"}

    def subject_of(self, paragraph: int, before: int | None = None) -> str | None:
        """The person a paragraph opens with ("Mlungisi Mvoko, the ... member, wants ...", "Her rival, Jo Lee,
        disagreed"), if any, named before offset ``before`` when given."""
        for (p, offset), name in self.seen_in.get(paragraph, ()):
            if offset <= _OPENING and self.people[name].kind == "person" \
                    and (offset == 0 or self.paragraphs[p][:offset].rstrip().endswith(",")) \
                    and (before is None or offset < before) and name not in self.objects.get((p, offset), ()):
                return name
        return None

    def spoke(self, name: str | None, pos) -> None:
        if name:
            self.speakers.add(name)
            if self.last_speaker is None or pos >= self.last_speaker[0]:  # quotations are placed late
                self.last_speaker = (pos, name)

    def officials(self, names: list[str]) -> list[Official]:
        out, done = [], set()
        for n in names:
            if n and n not in done and n in self.people:
                done.add(n)
                official = self.people[n].official()
                if official.title and not official.organisation:
                    official = replace(official, organisation=self._office_body(official.title))
                out.append(official)
        return out

    def _office_body(self, title: str) -> str | None:
        """The one body of the kind that holds this office, if the article names exactly one ("Chief
        Justice" and "the US Supreme Court")."""
        kind = lexicon.title_bodies().get(title.lower().split()[-1])
        if kind is None:
            return None
        bodies = {p.name for p in self.people.values() if p.kind == "body" and p.name.lower().split()[-1] == kind}
        return bodies.pop() if len(bodies) == 1 else None
