"""Find key figures: numbers with what they count, their hedge, and who gave them.

Dates, years, clock times, ages, ordinals and numbers inside names are not
figures. A figure inside a statement is attributed to that statement's speaker.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from . import lexicon
from .records import Figure
from .tokens import Token, tokenize

MONTHS = ("january february march april may june july august september october november december "
          "jan feb mar apr jun jul aug sep sept oct nov dec").split()
_STOP_UNIT = frozenset("""of the a an and or to in on at for from by with as than that this these those its
their his her our your is are was were be been has have had will would could should may might who which
what when where while but so if per cent percent pct more less over under about around up down out
into than then there here it they he she we i you not no yes ago year-old years-old""".split())
_PEOPLE = re.compile(r"\s([A-Z][a-z]+[^s\W]s)\b(?=\s*[,.;:—–-]|\s+[a-z])")
_VERB_AFTER = frozenset("say says said are were have had will would could can may might did do does".split())
_TIME_UNITS = frozenset("""second seconds minute minutes hour hours day days week weeks month months year years
decade decades century centuries""".split())
_PLACING = frozenset("last next past coming previous following recent first final within".split())
_AGO = frozenset("ago earlier later before after beforehand".split())
_CASUALTY_VERBS = frozenset("killed wounded injured arrested detained evacuated displaced".split())
_SECONDS_IN = {"second": 1, "seconds": 1, "minute": 60, "minutes": 60, "hour": 3600, "hours": 3600,
               "day": 86400, "days": 86400}
_TOLL = re.compile(r"\bdeath toll\b[^.;]{0,60}\b(?:to|at|reached|of)$", re.I)
_A_PERIODS = (" an hour", " a day", " a week", " a month", " a year", " a decade")
_SINGULAR_EXCEPTIONS = {"people": "people", "police": "police", "staff": "staff", "personnel": "personnel"}


_GLUED_UNITS = "km|kg|mm|cm|mph|km/h|kmh|ft|°C|°F|C"  # measures written onto the number: "20km", "0C"
_CALIBRE = re.compile(rf"\s+\d[\d.,]*(?:\s?(?:{_GLUED_UNITS})|-(?:pound|ton|tonne|kilogram|inch))"
                      r"\s+(?P<noun>[a-z]+s)\b")  # "two 120 mm rounds", "three 500-pound bombs"


@cache
def _pattern() -> re.Pattern:
    words = lexicon.number_words()
    word_numbers = sorted(words["units"], key=len, reverse=True)
    alternatives = "|".join(map(re.escape, word_numbers))
    wordnum = rf"(?:(?:{alternatives})(?:[- ](?:{alternatives}))*)"
    mult = "|".join(sorted(map(re.escape, words["multipliers"]), key=len, reverse=True))
    hedge = "|".join(re.escape(h) for h in lexicon.hedges())
    vague = "|".join(sorted(map(re.escape, words["vague"]), key=len, reverse=True))
    fraction = "|".join(sorted(map(re.escape, words["fractions"]), key=len, reverse=True))
    signs = sorted((re.escape(c) for c in lexicon.currencies() if not c[0].isalpha() or c == "R"),
                   key=len, reverse=True)
    marked = sorted((re.escape(c) for c in lexicon.currencies() if c[0].isalpha() and c != "R" and not c.isalpha()
                     and any(ch in c for ch in "$£€¥")), key=len, reverse=True)  # "NT$ 40", "US$5"
    capitals, mixed = lexicon.letter_currencies()
    letters = (rf"(?-i:{'|'.join(sorted(capitals, key=len, reverse=True))})(?=\d)|"
               rf"(?-i:{'|'.join(sorted(mixed, key=len, reverse=True))})\s?(?=\d)")
    prefix = f"{'|'.join(signs)}|(?-i:{'|'.join(marked)})\\s?(?=\\d)|{letters}"
    # wire copy's fractions of a price: "1-1/8", "12-1/2", "7/8" (eighths, quarters, halves and finer)
    fraction_digits = r"\d{1,4}-\d{1,2}/(?:2|4|8|16|32|64)\b|\d{1,2}/(?:2|4|8|16|32|64)\b(?!/)"
    digits = rf"{fraction_digits}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?"
    number = (rf"(?P<neg>-(?=\d))?(?P<cur>{prefix})?(?P<num>{digits}|{wordnum}\b)(?:(?P<glued>{_GLUED_UNITS})\b)?"
              rf"(?:\s?(?P<mult>{mult})\b)?"
              rf"(?:\s(?:in|out\s+of)\s(?P<den>10|100|ten|a\s+hundred)\b)?")  # "3 in 10": a share
    pct = r"(?P<pct>\s?%|\s?per ?cent\b|\s?pct\b|\s?percent\b)"
    pct2 = pct.replace("?P<pct>", "?P<pct2>")
    rng = rf"(?:\s?(?:-|–|to|and|or)\s?(?:{prefix})?(?P<num2>{digits}|{wordnum}\b)(?:\s?(?:{mult})\b)?)?"
    return re.compile(
        rf"(?<![\w.,\-/£$€])(?P<hedge>(?:{hedge})\s+)?(?:"
        rf"(?P<vague>{vague})(?=[\s,.;:!?”\"’)])"
        rf"|(?P<frac>{fraction})\s(?:of\b|a million|a billion)"
        rf"|{number}{pct}?{rng}(?(pct)|{pct2}?)"
        rf")(?![\w])",
        re.IGNORECASE,
    )


_LARGEST = 1e18  # no figure in the news is larger (a quintillion); a longer digit string is no amount


_PRICE_FRACTION = re.compile(r"(?:(\d+)-)?(\d+)/(\d+)")


def _value(text: str) -> float | None:
    text = text.lower().replace(",", "")
    if fraction := _PRICE_FRACTION.fullmatch(text):  # "1-1/8" -> 1.125
        whole, top, bottom = int(fraction[1] or 0), int(fraction[2]), int(fraction[3])
        return whole + top / bottom if top < bottom else None
    try:
        value = float(text)
        return value if abs(value) < _LARGEST else None
    except ValueError:
        pass
    units = lexicon.number_words()["units"]
    if text in units:  # "a million"
        return units[text]
    total, current = 0.0, 0.0
    for part in re.split(r"[- ]", text):
        if part in ("hundred",):
            current = (current or 1) * 100
        elif part in units:
            current += units[part]
        elif part in ("a", "and"):
            continue
        else:
            return None
    return total + current


def _tidy(value: float | None) -> float | int | None:
    if value is None or not abs(value) < _LARGEST * 1e12:  # infinite or beyond any amount: no value
        return None
    value = round(value, 6)
    return int(value) if value == int(value) else value


def _unit_after(text: str, pos: int) -> tuple[str | None, int]:
    """The counted noun after a number ("200 North Korean troops" -> troops) and where it ends."""
    rest = text[pos:]
    m = re.match(r"[-\s]?((?:[A-Z][\w’'.-]*\s+){0,3})([a-z][a-z-]*)(\s+(?:a|per)\s+(?:day|year|month|week|hour))?",
                 rest)
    if not m or m.group(1) and (m.group(2) in _STOP_UNIT or m.group(2) in _VERB_AFTER or m.group(2).endswith("ed")):
        people = _PEOPLE.match(rest)  # "21 Christians, 20 of them", "Nine Republicans voted"
        return (people.group(1), pos + people.end()) if people else (None, pos)
    word = m.group(2)
    if word in _STOP_UNIT:
        return None, pos
    head = None if m.group(3) or word.endswith("s") else _COMPOUND_HEAD.match(text, pos + m.end())
    if head and head[1] in lexicon.plural_nouns() and head[1] not in _STOP_UNIT:
        return head[1], head.end()  # "1,200 ferry passengers", "six branch libraries": the head counts
    unit = word + (m.group(3) or "").replace(" a ", " per ")
    return unit, pos + m.end()


_COMPOUND_HEAD = re.compile(r" ([a-z]+)\b")


@cache
def _first_words() -> frozenset[str]:
    """The words a figure can begin with: number words, hedges, vague amounts, fractions, currency words."""
    words = lexicon.number_words()
    phrases = [*words["units"], *words["vague"], *words["fractions"], *lexicon.hedges(), *lexicon.currencies()]
    return frozenset(tokenize(phrase)[0].lower for phrase in phrases)


_FROM_BEFORE = re.compile(r"\bfrom\s*$")
_JOINED = re.compile(r"[-’']")  # a hyphen or an apostrophe the tokenizer kept inside a word


def _candidates(text: str, tokens: list[Token]) -> Iterator[re.Match]:
    """The figure pattern tried only where a figure can begin, instead of at every character: the
    same matches as ``finditer`` at a fraction of the cost, since most words cannot start a figure."""
    pattern, first_words, last_end = _pattern(), _first_words(), 0
    for tok in tokens:
        if tok.start < last_end:
            continue
        lower = tok.lower
        if not (lower[0].isdigit() or lower in first_words or lower[1:2].isdigit() or lower == "-"
                or ("-" in lower or "’" in lower or "'" in lower)
                and _JOINED.split(lower, 1)[0] in first_words  # "twenty-one", "twenty’s5"
                or _lettered_amount(tok.text)):  # "RM6.2m"
            continue
        m = pattern.match(text, tok.start)
        if m is not None and m.group("num2") and _FROM_BEFORE.search(_text_before(text, m.start())):
            m = pattern.match(text, tok.start, _range_word(text, m))  # "from R11bn to R5.5bn": two figures
        if m is not None:
            last_end = m.end()
            yield m


_LETTERS_THEN_DIGIT = re.compile(r"([A-Za-z]{2,4})\d")


def _lettered_amount(word: str) -> bool:
    m = _LETTERS_THEN_DIGIT.match(word)
    return bool(m) and any(m[1] in kind for kind in lexicon.letter_currencies())


def _range_word(text: str, m: re.Match) -> int:
    """Where the word joining a range ("to", "-") begins."""
    first_end = max(m.end(g) for g in ("num", "mult", "pct") if m.group(g))
    sep = re.compile(r"\s?(?:-|–|to|and|or)\b").search(text, first_end, m.start("num2"))
    return sep.start() if sep else m.end()


def find_figures(paragraphs: tuple[str, ...], statements: Iterable = (),
                 tokens: list[list[Token]] | None = None) -> list[Figure]:
    """Every figure in the article, in order, attributed to the statement that contains it.

    ``tokens`` are the paragraphs' tokens when the caller has them already."""
    spans: dict[int, list[tuple[int, int, str | None]]] = {}  # paragraph -> its statements' (start, end, speaker)
    for s in statements:
        spans.setdefault(s.paragraph, []).append((s.start, s.end, s.speaker))
    figures: list[Figure] = []
    for p, text in enumerate(paragraphs):
        found, covered = [], 0
        paragraph_tokens = tokens[p] if tokens is not None else tokenize(text)
        for m in _candidates(text, paragraph_tokens):
            fig = _figure(text, m, p) if m.start() >= covered else None
            if fig is not None:
                found.append((m.start(), fig))
                covered = m.start() + len(fig[3])
        if any(period in text for period in _A_PERIODS):  # "nearly an hour", "more than a year"
            found += _hedged_periods(text, paragraph_tokens)
        for at, fig in _units_from_sentence(text, _join_ranges(text, sorted(found, key=lambda f: f[0]))):
            speaker = next((sp for (a, b, sp) in spans.get(p, ()) if a <= at < b), None)
            figures.append(Figure(fig[0], fig[1], fig[2], p + 1, fig[3], speaker, figure_context(text, at, fig[3])))
    return figures


_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+[A-Z“\"]")


def _units_from_sentence(text: str, found: list[tuple[int, tuple]]) -> list[tuple[int, tuple]]:
    """An amount without a unit takes the unit of the figure just before it in its sentence ("R9.5bn, up from
    9.1 billion": both ZAR); else it stays without one ("rose to 9.5 billion from 9.1 billion")."""
    out: list[tuple[int, tuple]] = []
    for at, fig in found:
        if fig[2] is None and out:
            last_at, last = out[-1]
            if last[2] and not _SENTENCE_END.search(text, last_at, at):
                fig = (fig[0], fig[1], last[2], fig[3])
        out.append((at, fig))
    return out


_CLAUSE_EDGE = re.compile(r"[.;:!?]\s|,\s|\s[—–]\s|[“”\"]")
CONTEXT_WORDS = 12  # words on each side of a figure its context keeps, at most


def figure_context(text: str, at: int, figure: str) -> str:
    """The clause around a figure: from the clause edge before it (a stop, a comma, a dash or a quotation mark)
    to the one after, at most CONTEXT_WORDS words on each side ("about 1,200 ferry passengers stranded")."""
    end = at + len(figure)
    window_start = max(0, at - 200)
    edges_before = [m.end() for m in _CLAUSE_EDGE.finditer(text, window_start, at)]
    start = edges_before[-1] if edges_before else window_start
    after = _CLAUSE_EDGE.search(text, end, end + 200)
    stop = after.start() if after else min(len(text), end + 200)
    before = " ".join(text[start:at].split()[-CONTEXT_WORDS:])
    after = " ".join(text[end:stop].split()[:CONTEXT_WORDS])
    glue = " " if text[end:end + 1].isspace() else ""  # "dozens." keeps its stop against the word
    return f"{before} {figure}{glue}{after}".strip(" ,;:.")


def _join_ranges(text: str, found: list[tuple[int, tuple]]) -> list[tuple[int, tuple]]:
    """ "between 250 euros (£173) and 600 euros" is one figure, a range: its lower bound, approximate; a vague
    amount restated more precisely is the restatement."""
    joined, upper = [], set()
    for n, (at, fig) in enumerate(found):
        if at in upper:
            continue
        end = at + len(fig[3])
        if n + 1 < len(found) and fig[0] is None and text[end:found[n + 1][0]] == ", " \
                and fig[3].lower() in found[n + 1][1][3].lower():
            continue  # "in the realm of dozens, several dozens": the amount as the speaker corrects it
        bound = re.match(r"(?:\s*\([^)]*\))?\s+and\s+", text[end:])
        if bound and re.search(r"\bbetween\s+$", text[:at], re.I):
            upper.add(end + bound.end())
            fig = (fig[0], True, *fig[2:])
        joined.append((at, fig))
    return joined


_LOOK_BACK = 300  # characters before a number that its tests read: the last few words, never the whole paragraph


def _text_before(text: str, start: int) -> str:
    """The text just before ``start``, at most _LOOK_BACK characters of it, so that a paragraph of a thousand
    figures costs a thousand short reads rather than a thousand copies of the paragraph."""
    return text[max(0, start - _LOOK_BACK):start]


def _figure(text: str, m: re.Match, p: int):
    """The (value, approx, unit, text) of the amount the pattern matched, or None when it is no figure."""
    hedge = (m.group("hedge") or "").strip().lower()
    start, end = m.start(), m.end()
    before = _text_before(text, start).rstrip()
    prev_word = before.split()[-1].lower().strip(",.") if before.split() else ""
    if m.group("vague"):
        return _vague_figure(text, m, start, end)
    if m.group("frac"):
        return _fraction_figure(text, m, hedge, prev_word)
    if _not_a_figure(text, m, before, prev_word):
        return None
    value, pct = _amount(m)
    if value is None:
        return None
    unit, end, end_text, hedge = _unit_of(text, m, pct, end, hedge, before, prev_word)
    if _uncounted(text, m, unit, hedge, start, end_text):
        return None
    approx = bool(hedge) or bool(m.group("num2"))
    value, unit, end_text = _in_smaller_units(text, value, unit, end_text)
    return _tidy(value), approx, unit, text[start:end_text].strip().rstrip(",.;:")


def _uncounted(text: str, m: re.Match, unit: str | None, hedge: str, start: int, end_text: int) -> bool:
    """A number that counts nothing here: bare (unless an amount, "9.5 billion", which may take its unit from the
    sentence), a lone "one", or a duration that places an event in time ("two weeks ago")."""
    num, is_word = m.group("num"), not m.group("num")[0].isdigit()
    if unit is None and (is_word or not hedge) and not m.group("mult"):
        return True
    if num.lower() == "one" and not hedge and not m.group("num2") and (unit or "") not in _TIME_UNITS:
        return True
    return (unit in _TIME_UNITS or _plural(unit or "") in _TIME_UNITS) and _places_in_time(text, start, end_text)


def _vague_figure(text: str, m: re.Match, start: int, end: int):
    """ "in the tens of thousands", "dozens of people": no value, hedged, with what they count."""
    unit, end2 = _unit_after(text, end)
    if unit and unit.endswith("ed") and not m.group("vague").lower().endswith("of"):
        unit = None  # "billions owed": a participle, not what is counted
    if m.group("vague").lower().endswith("of") and not unit:
        return None
    return None, True, unit, text[start:end2 if unit else end].strip()


def _fraction_figure(text: str, m: re.Match, hedge: str, prev_word: str):
    """ "half", "a third", "two-thirds of": a percentage; "half a million": 500,000; not "the first half"."""
    start, end = m.start(), m.end()
    frac = m.group("frac").lower()
    if re.match(r"half\s+a\s+(million|billion)", text[m.start("frac"):], re.I):
        mult = 1e6 if "million" in text[m.start("frac"):m.end()].lower() else 1e9
        unit, end2 = _unit_after(text, end)
        return _tidy(0.5 * mult), bool(hedge), unit, text[start:end2].strip()
    if prev_word in {"first", "second", "the", "latter", "other"}:
        return None
    return _tidy(lexicon.number_words()["fractions"][frac]), bool(hedge), "percent", text[start:end].strip()


def _not_a_figure(text: str, m: re.Match, before: str, prev_word: str) -> bool:
    """Numbers that are no figures: parts of names ("COVID-19", "No 10", "World War 3"), ordinals, clock times,
    ages, dates and years, labels ("Article 5", "level 4")."""
    num, start = m.group("num"), m.start()
    is_word = not num[0].isdigit()
    measured = bool(m.group("cur") or m.group("mult") or m.group("pct") or m.group("pct2"))
    after = text[m.end():m.end() + 30]
    if _name_time_or_age(text, start, after, prev_word):
        return True
    if (prev_word in MONTHS or re.match(rf"\s*({'|'.join(MONTHS)})\b", after, re.I)) and not measured:
        return True
    if is_word and num[0].isupper() and start and not before.endswith((".", "“", '"')):
        return True
    if not measured and not is_word and re.fullmatch(r"1[89]\d\d|20\d\d", num):
        return True  # a year, before a noun too ("2030 emissions"): counts of thousands are written "2,030"
    if num.lower() == "zero" and not measured and not re.match(r"\s+[a-z]+s\b", after):
        return True  # "zero tolerance", "zero-hours contracts", "zero benefit": a kind; "zero deaths" counts
    return _label_number(before, prev_word, after, is_word, measured, bool(m.group("cur") or m.group("pct")
                                                                           or m.group("pct2")))


def _name_time_or_age(text: str, start: int, after: str, prev_word: str) -> bool:
    """A number glued to a name ("COVID-19"), an ordinal, a clock time, an age ("a 19-year-old", "aged 54")."""
    if start and text[start - 1] in "-" and text[start - 2:start - 1].isalpha():
        return True
    if re.match(r"(st|nd|rd|th)\b|:\d|\s?(a\.m\.|p\.m\.|am\b|pm\b|GMT|BST|ET\b)", after, re.I):
        return True
    return bool(re.match(r"-year-old|\s*years?\s+old|-month-old", after, re.I)) or prev_word in {"aged", "age"}


def _label_number(before: str, prev_word: str, after: str, is_word: bool, measured: bool, money_or_pct: bool) -> bool:
    """An age after a name ("John Smith, 54, said"), a number after a label word ("Article 5", "day 3"), or after a
    capitalised word that makes it a name ("World War 3", "Apollo 11"; not "Between 10 to 15")."""
    if not (is_word or measured) and before.endswith(",") and after.startswith(",") \
            and before[:-1].split()[-1:][0][:1].isupper():
        return True
    if prev_word in _LABEL_WORDS and not money_or_pct:
        return True
    return bool(before.split()) and before.split()[-1][:1].isupper() and not measured \
        and not before.endswith((".", ",")) and prev_word not in lexicon.hedges() \
        and prev_word not in {"the", "these", "those", "its", "their", "his", "her", "our", "all"} \
        and not _opens_sentence(before)


def _amount(m: re.Match) -> tuple[float | None, bool]:
    """The number's value, with its sign, multiplier ("1.5 million") and denominator ("3 in 10": 30 percent),
    and whether it is a percentage."""
    pct = bool(m.group("pct") or m.group("pct2"))
    value = _value(m.group("num"))
    if value is None:
        return None, pct
    if m.group("neg"):
        value = -value  # "below -30C"
    if m.group("mult"):
        value *= lexicon.number_words()["multipliers"][m.group("mult").lower()]
    if m.group("den"):
        value, pct = value * 100 / _value(m.group("den")), True
    return value, pct


def _unit_of(text: str, m: re.Match, pct: bool, end: int, hedge: str, before: str, prev_word: str):
    """What a number counts and where its text ends: a percentage, a glued unit ("45km"), a currency, the noun
    of a compound ("a three-member panel"), the noun after it, the rounds of a calibre ("two 120 mm rounds"),
    the people a casualty verb counts ("killed 1,200"), the deaths of a toll. Returns (unit, end of the match
    with any "or more", end of the figure's text, hedge)."""
    cur, is_word, after = m.group("cur"), not m.group("num")[0].isdigit(), text[end:end + 30]
    cur = cur.strip() if cur else cur
    unit = "percent" if pct else m.group("glued") or (lexicon.currencies().get(cur, cur) if cur else None)
    end_text = end
    compound = re.match(r"-([a-z]+)\b", after)
    if unit is None and compound:
        unit = _plural(compound.group(1))
        noun = re.match(r"-[a-z]+(\s+[a-z]+)?", after)
        end_text = end + noun.end() if noun else end
    or_more = re.match(r"\s+or\s+more\b", after) if unit is None else None
    if or_more:
        end, hedge = end + or_more.end(), hedge or "or more"  # "one or more drones"
    if unit is None:
        unit, end_text = _unit_after(text, end)
        unit = lexicon.currencies().get(unit or "") or unit
    if unit is None:
        unit, end_text = _unit_from_context(text, end, end_text, is_word, before, prev_word)
    return unit, end, end_text, hedge


def _unit_from_context(text: str, end: int, end_text: int, is_word: bool, before: str, prev_word: str):
    """A unit the words around a bare number give: the rounds of a calibre ("two 120 mm rounds"), the people a
    casualty verb counts ("which killed 1,200"), the deaths of a toll ("the death toll had risen to 21")."""
    calibre = _CALIBRE.match(text, end) if is_word else None
    if calibre:
        return calibre["noun"], calibre.end()
    if prev_word in _CASUALTY_VERBS and not is_word:
        return "people " + prev_word, end_text
    if _TOLL.search(before[-80:]):
        return "deaths", end_text
    return None, end_text


def _in_smaller_units(text: str, value: float, unit: str | None, end_text: int):
    """ "1 minute and 45 seconds": one figure, 105 seconds."""
    if unit not in _SECONDS_IN:
        return value, unit, end_text
    smaller = re.match(r"\s+and\s+(\d+)\s+(seconds|minutes|hours|days)\b", text[end_text:])
    if smaller and _SECONDS_IN[smaller[2]] < _SECONDS_IN[unit]:
        value = value * _SECONDS_IN[unit] / _SECONDS_IN[smaller[2]] + int(smaller[1])
        unit, end_text = smaller[2], end_text + smaller.end()
    return value, unit, end_text


_LABEL_WORDS = frozenset("""no no. article section page chapter clause room flight route number version phase
level stage grade day week""".split())



@cache
def _a_period() -> re.Pattern:
    hedges = "|".join(sorted(map(re.escape, lexicon.hedges()), key=len, reverse=True))
    return re.compile(rf"(?:{hedges})\s+an?\s+(?P<unit>hour|day|week|month|year|decade)\b", re.I)


def _hedged_periods(text: str, tokens: list[Token]) -> list[tuple[int, tuple]]:
    """ "nearly an hour": one of a time unit, hedged, tried only where a hedge word stands."""
    pattern, first_words, found = _a_period(), _first_words(), []
    for tok in tokens:
        m = pattern.match(text, tok.start) if tok.lower in first_words else None
        if m and not _places_in_time(text, m.start(), m.end()):
            found.append((m.start(), (1, True, m["unit"].lower() + "s", m[0])))
    return found


def _places_in_time(text: str, start: int, end: int) -> bool:
    """Whether a duration places an event in time ("two weeks ago", "in 63 days", "the past year")
    rather than measuring something."""
    following = text[end:end + 20].lower().split()
    before = _text_before(text, start).split()
    if len(before) > 1 and before[-1].lower() in {"just", "only"}:
        before = before[:-1]  # "in just 63 days"
    prev_word = before[-1].lower().strip(",.") if before else ""
    return bool(following and following[0].strip(",.”\"’;") in _AGO) or prev_word in _PLACING or prev_word == "in"


def _opens_sentence(before: str) -> bool:
    """Whether the last word of ``before`` is the first of its sentence."""
    words = before.split()
    return len(words) <= 1 or words[-2].endswith((".", "!", "?", "“", '"', ":"))


def _plural(word: str) -> str:
    if word in _SINGULAR_EXCEPTIONS or word.endswith("s"):
        return word
    return word + "s"
