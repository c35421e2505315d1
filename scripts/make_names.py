"""Write briefing/data/given_names_{female,male,unisex}.txt from a general first-name dictionary.

The source is the name dictionary that the `gender-guesser` package ships (Jörg Michael's nam_dict.txt: about
48,000 first names with their sex and how common they are in each of 55 countries). Install it only to run this
script (`pip install gender-guesser`); briefing reads the generated text files and needs nothing at run time.

A name tells a gender when at least SURE of its use, weighted by how common it is in each country, leans to one
sex (male, mostly male, more often male); other names tell none (unisex). Only names common in at least
MIN_COUNTRIES countries (frequency code >= MIN_FREQUENCY on the dictionary's logarithmic 1-13 scale) are kept:
rare entries that are also English words ("Major", "General") stay out, and so do names whose sex is known for one
country only, which may not be the article's. The hand lists female_names.txt, male_names.txt and
unisex_names.txt stay beside these for names the dictionary (2008) lacks ("Keir", "Volodymyr").
"""
from __future__ import annotations

import importlib.util
import re
from collections import defaultdict
from pathlib import Path

from wordlists import write_word_list

MIN_FREQUENCY = 3
MIN_COUNTRIES = 2
SURE = 0.9
MADE_BY = "scripts/make_names.py from the gender-guesser name dictionary"
NAME = re.compile(r"^[^\W\d_][^\W\d_'-]*(?:[-'][^\W\d_]+)*$")
SEX = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f", "?": "?"}
WEIGHT = {"M": 1.0, "1M": 0.9, "?M": 0.7, "F": 1.0, "1F": 0.9, "?F": 0.7, "?": 0.5}


def dictionary() -> Path:
    spec = importlib.util.find_spec("gender_guesser")
    if spec is None or spec.origin is None:
        raise SystemExit("pip install gender-guesser first: its name dictionary is the source of these lists")
    return Path(spec.origin).parent / "data" / "nam_dict.txt"


def frequencies(columns: str) -> list[int]:
    return [int(c, 16) for c in columns if c not in " $"]


def read(path: Path) -> dict[str, dict[str, float]]:
    """Each name's weight of use as a man's ("m") and as a woman's ("f") name."""
    weights: dict[str, dict[str, float]] = defaultdict(lambda: {"m": 0.0, "f": 0.0})
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line[0] in "#=":
            continue
        code, name = line.split()[:2]
        counts = frequencies(line[30:])
        if sum(c >= MIN_FREQUENCY for c in counts) < MIN_COUNTRIES:
            continue
        use = sum(2.0 ** c for c in counts)  # the scale is logarithmic
        for form in {name.replace("+", ""), name.replace("+", "-")}:
            if not (NAME.match(form) and form[0].isupper()):
                continue
            lean, weight = SEX[code], WEIGHT[code]
            for sex in "mf":
                share = weight if lean == sex else (1 - weight if lean != "?" else 0.5)
                weights[form][sex] += use * share
    return weights


def sex_of(weight: dict[str, float]) -> str:
    total = weight["m"] + weight["f"]
    return next((sex for sex in "mf" if weight[sex] >= SURE * total), "?")


def main() -> None:
    sexes = {name: sex_of(weight) for name, weight in read(dictionary()).items()}
    by = {sex: sorted(n for n, s in sexes.items() if s == sex) for sex in "mf?"}
    write_word_list("given_names_female.txt", "First names that tell a speaker's gender, for resolving \"she said\".",
                    MADE_BY, by["f"])
    write_word_list("given_names_male.txt", "First names that tell a speaker's gender, for resolving \"he said\".",
                    MADE_BY, by["m"])
    write_word_list("given_names_unisex.txt", "First names given to men and to women: they tell no gender.",
                    MADE_BY, by["?"])
    print(f"female {len(by['f'])}, male {len(by['m'])}, unisex {len(by['?'])}")


if __name__ == "__main__":
    main()
