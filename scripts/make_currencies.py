"""Write briefing/data/currency_symbols.txt: the currency symbols the Unicode CLDR gives for each locale, with
their ISO codes, for the figures of money written with a symbol or a letter prefix ("RM6.2 million", "KSh 300",
"N$ 40", "TSh 10,000/-").

    pip install babel && python scripts/make_currencies.py

A symbol is kept when every locale that uses it means one currency by it (so "kr", Swedish, Norwegian or
Danish, is left out, and "Rs", Indian, Pakistani or Sri Lankan, too); a symbol that is the ISO code itself or
a single letter is left out (briefing/data/currencies.txt, written by hand, holds "$", "R" and the like, and
wins over this list).
"""
from __future__ import annotations

from collections import defaultdict

from babel import Locale, localedata
from babel.numbers import list_currencies
from wordlists import DATA


def symbols() -> dict[str, set[str]]:
    """Each symbol written with Latin letters or a currency sign, and the current currencies that use it."""
    current = list_currencies()
    found: dict[str, set[str]] = defaultdict(set)
    for name in localedata.locale_identifiers():
        for code, symbol in Locale.parse(name).currency_symbols.items():
            symbol = symbol.strip().rstrip(".")
            if code in current and _usable(symbol, code):
                found[symbol].add(code)
    return found


def _usable(symbol: str, code: str) -> bool:
    """A symbol news in English writes before an amount: a currency sign or a mark with "$" ("NT$"), or
    Latin letters that open with a capital ("RM", "Ksh"); never the code, a lowercase word ("den") or digits."""
    if not symbol or symbol == code or len(symbol) > 4 or " " in symbol or symbol.isdigit():
        return False
    letters = [c for c in symbol if c.isalpha()]
    if any(not ("A" <= c <= "Z" or "a" <= c <= "z") for c in letters):
        return False  # another script: a brief in English meets its amounts in $, £ or the code
    return not letters or symbol[0].isupper() or "$" in symbol


def main() -> None:
    kept = sorted((s, next(iter(codes))) for s, codes in symbols().items()
                  if len(codes) == 1 and (len(s) > 1 or not s.isalpha()))
    lines = ["# Currency symbols from the Unicode CLDR (by Babel) and the ISO code each means, unambiguous ones only.",
             "# Made by scripts/make_currencies.py; do not edit. briefing/data/currencies.txt wins over it."]
    lines += [f"{s} {code}" for s, code in kept]
    (DATA / "currency_symbols.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} symbols")


if __name__ == "__main__":
    main()
