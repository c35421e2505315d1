"""Language knowledge loaded once from the plain data files in ``briefing/data``.

Code asks questions of these sets; extending what extraction understands
(a new speech verb, a title, a unit) is an edit to a data file.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("briefing.data").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _words(name: str, lower: bool = True) -> frozenset[str]:
    words = (w for line in _lines(name) for w in line.split())
    return frozenset(w.lower() if lower else w for w in words)


@dataclass(frozen=True)
class SpeechVerb:
    """How a reporting verb introduces what was said (see speech_verbs.txt)."""

    lemma: str
    takes_object: bool
    bare: bool
    infinitive: bool
    complement: frozenset[str] | None = None  # words that open what is said of the object: "as", "of"
    particles: frozenset[str] = frozenset()  # words that may follow the verb first: "called on", "pointed out"
    by_document: bool = False  # only a document of a named body speaks with it: "X's budget documents show"
    clause: bool = False  # no "that" needed before a subject and its verb: "confirmed the commissioner had declined"
    against: bool = False  # what was said may be advice against doing something: "warned against expecting"


@cache
def speech_verbs() -> dict[str, SpeechVerb]:
    """Map each verb form to its SpeechVerb."""
    return _verbs("speech_verbs.txt")


@cache
def quotation_verbs() -> dict[str, SpeechVerb]:
    """Verbs that attribute a quotation beside them and report nothing else ("“…,” Connolly began")."""
    return _verbs("quotation_verbs.txt")


def _verbs(name: str) -> dict[str, SpeechVerb]:
    verbs: dict[str, SpeechVerb] = {}
    for line in _lines(name):
        words = line.split()
        forms = [w for w in words if not w.startswith("+")]
        complement = [w[len("+as="):].split("|") for w in words if w.startswith("+as=")]
        particles = [w[len("+then="):].split("|") for w in words if w.startswith("+then=")]
        verb = SpeechVerb(forms[0], "+obj" in words, "+bare" in words, "+to" in words,
                          frozenset(complement[0]) if complement else None,
                          frozenset(particles[0]) if particles else frozenset(), "+doc" in words,
                          "+clause" in words, "+against" in words)
        for form in forms:
            verbs.setdefault(form.lower(), verb)
    return verbs


@cache
def titles() -> frozenset[str]:
    return frozenset(line.lower() for line in _lines("titles.txt"))


@cache
def title_words() -> frozenset[str]:
    """Words that make up titles, without the function words inside them ("secretary of state")."""
    return frozenset(w for t in titles() for w in t.split()) - {"of", "for", "the", "and", "to", "in", "at", "on"}


@cache
def role_nouns() -> frozenset[str]:
    """Occupations and roles a person is named by ("meteorologist Jo Lee", "advocate Ann Holt"): WordNet's,
    written by scripts/make_nouns.py; a role noun before a name is read as a title, like a title word."""
    return _words("role_nouns.txt")


@cache
def role_words() -> frozenset[str]:
    """Title words and occupation nouns together: what a role in an apposition may be headed by."""
    return title_words() | role_nouns()


@cache
def plural_nouns() -> frozenset[str]:
    """Words in -s used mostly as plural nouns ("effects", "stations"): scripts/make_plural_nouns.py writes them
    from the Brill tagger's lexicon, a part-of-speech signal with nothing to download at run time."""
    return _words("plural_nouns.txt")


@cache
def group_nouns() -> frozenset[str]:
    """Nouns for an organisation ("airline", "watchdog"): WordNet's, written by scripts/make_nouns.py."""
    return _words("group_nouns.txt")


@cache
def title_abbreviations() -> dict[str, str]:
    """ "gov." -> "governor": the long form a later description uses."""
    return dict(line.split(" ", 1) for line in _lines("title_abbreviations.txt"))


def expand_title(title: str) -> set[str]:
    """The words of a title with abbreviations spelled out, lowercased."""
    words: set[str] = set()
    for w in title.lower().split():
        words.update(title_abbreviations().get(w, w).split())
    return words


@cache
def demonyms() -> dict[str, str]:
    """ "Ukrainian" -> "Ukraine": the country a demonym before a title stands for."""
    return dict(line.split(" ", 1) for line in _lines("demonyms.txt"))


@cache
def demonym_nouns() -> frozenset[str]:
    """Nationalities written as nouns for a person ("Briton", "Spaniard", "Kenyan"): the demonyms.txt adjectives
    that also name a person, plus the irregular nouns of demonym_nouns.txt."""
    return frozenset(d for d in demonyms() if d.endswith(("an", "i", "ese"))) | _words("demonym_nouns.txt", False)


@cache
def documents() -> frozenset[str]:
    return _words("documents.txt")


@cache
def title_bodies() -> dict[str, str]:
    """The head word of an office -> the head word of the body that holds it ("justice" -> "court")."""
    return dict(line.lower().split() for line in _lines("title_bodies.txt"))


@cache
def data_nouns() -> frozenset[str]:
    return _words("data_nouns.txt")


@cache
def irregular_past() -> frozenset[str]:
    return _words("irregular_past.txt")


@cache
def honorifics() -> frozenset[str]:
    return _words("honorifics.txt")


@cache
def stopwords() -> frozenset[str]:
    """Function words: they name no topic and modify no office."""
    return _words("stopwords.txt")


@cache
def organisation_heads() -> frozenset[str]:
    return _words("organisation_heads.txt")


@cache
def bodies() -> frozenset[str]:
    return frozenset(_lines("bodies.txt"))


@cache
def anonymous_sources() -> frozenset[str]:
    return _words("anonymous_sources.txt")


@cache
def _names_by_sex() -> dict[str, frozenset[str]]:
    """First names by the gender they tell: "f", "m", or "?" for names given to both. The generated lists
    (scripts/make_names.py, from a general name dictionary) give most; the hand lists add names the dictionary
    lacks and overrule it where they disagree."""
    hand = {sex: _words(f"{name}_names.txt", lower=False) for sex, name in (("f", "female"), ("m", "male"),
                                                                           ("?", "unisex"))}
    made = {sex: _words(f"given_names_{name}.txt", lower=False) for sex, name in (("f", "female"), ("m", "male"),
                                                                                 ("?", "unisex"))}
    overruled = hand["f"] | hand["m"] | hand["?"]
    merged = {sex: hand[sex] | (made[sex] - overruled) for sex in hand}
    return {"f": merged["f"] - merged["?"], "m": merged["m"] - merged["?"] - merged["f"], "?": merged["?"]}


@cache
def female_names() -> frozenset[str]:
    return _names_by_sex()["f"]


@cache
def male_names() -> frozenset[str]:
    return _names_by_sex()["m"]


@cache
def given_names() -> frozenset[str]:
    """First names of any gender: where a name begins after a capitalised office ("Exchequer Nigel Lawson")."""
    return frozenset().union(*_names_by_sex().values())


@cache
def number_words() -> dict[str, dict[str, float]]:
    """Sections of numbers.txt: word values, multipliers, fractions; "vague" maps to 0."""
    sections: dict[str, dict[str, float]] = {}
    current = ""
    for line in _lines("numbers.txt"):
        if line.startswith("["):
            current = line.strip("[]")
            sections[current] = {}
            continue
        phrase, _, value = line.rpartition(" ") if current != "vague" else (line, "", "0")
        sections[current][phrase.lower()] = float(value)
    return sections


@cache
def hedges() -> tuple[str, ...]:
    """Hedge phrases, longest first so that "more than" wins over "more"."""
    return tuple(sorted((line.lower() for line in _lines("hedges.txt")), key=len, reverse=True))


@cache
def currencies() -> dict[str, str]:
    """Currency marks and words -> ISO code: the CLDR's unambiguous symbols (currency_symbols.txt, generated),
    then our own list, which wins."""
    symbols = dict(line.rsplit(" ", 1) for line in _lines("currency_symbols.txt"))
    return symbols | dict(line.rsplit(" ", 1) for line in _lines("currencies.txt"))


@cache
def letter_currencies() -> tuple[frozenset[str], frozenset[str]]:
    """Currency symbols written with letters and no sign: (capitals only, written glued to the amount, "RM6.2";
    mixed case, glued or after one space, "Ksh 300", "TSh 10,000")."""
    lettered = [c for c in currencies() if c.isalpha() and len(c) > 1 and c[0].isupper()]
    return frozenset(c for c in lettered if c.isupper()), frozenset(c for c in lettered if not c.isupper())


@cache
def role_verbs() -> dict[str, str]:
    """"heads" -> "head": a relative clause that gives a person's role ("who heads the agency")."""
    return dict(line.split(" ", 1) for line in _lines("role_verbs.txt"))
