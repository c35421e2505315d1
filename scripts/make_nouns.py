"""Write briefing/data/role_nouns.txt and group_nouns.txt from WordNet.

role_nouns.txt: nouns for what a person does or holds — an occupation, office or role ("meteorologist",
"advocate", "lawmaker", "taoiseach"): the single-word nouns of WordNet's noun.person file that fall under one
of ROLE_ROOTS. group_nouns.txt: nouns for an organisation ("airline", "ministry", "watchdog"): single words of
WordNet's noun.group file under ORGANISATION_ROOTS. A person or body named with one of these words is read as
titled or as a body; the nouns are data, not code.

Source: the WordNet 3.0 database as Debian ships it (`apt-get install wordnet-base`, /usr/share/wordnet), or
any folder holding its data.noun, given as the first argument. Only this script reads WordNet; briefing reads
the text files it writes.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from wordlists import write_word_list

MADE_BY = "scripts/make_nouns.py from WordNet 3.0"
PERSON, GROUP, ARTIFACT = 18, 14, 6  # lexicographer files noun.person, noun.group, noun.artifact
# (word, sense number) of the synsets whose hyponyms are roles or organisations
ROLE_ROOTS = [("worker", 1), ("leader", 1), ("official", 1), ("professional", 1), ("expert", 1),
              ("representative", 1), ("adviser", 1), ("head", 4), ("scientist", 1), ("lawyer", 1),
              ("politician", 2), ("politician", 1), ("spokesperson", 1), ("communicator", 1), ("intellectual", 1),
              ("member", 1), ("agent", 3), ("serviceman", 1), ("medical_practitioner", 1), ("businessman", 1),
              ("executive", 1), ("administrator", 1), ("negotiator", 1), ("campaigner", 1), ("analyst", 1)]
ORGANISATION_ROOTS = [("organization", 1), ("unit", 3), ("institution", 1), ("company", 1),
                      ("administrative_unit", 1), ("force", 4), ("government", 1), ("party", 1)]


def read(folder: Path):
    """Synsets of data.noun: offset -> (lexicographer file, words, hypernym offsets)."""
    synsets = {}
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith("  "):
            continue  # the licence at the head of the file
        fields = line.split(" | ")[0].split()
        offset, lexfile, count = fields[0], int(fields[1]), int(fields[3], 16)
        words = [fields[4 + 2 * k] for k in range(count)]
        words = [w for w in words if w.islower()]  # not "NIST", "Reich": names, not common nouns
        rest = fields[4 + 2 * count:]
        pointers = int(rest[0])
        # hypernyms only, not "@i": instances are names ("Homer"), not nouns
        hypernyms = [rest[1 + 4 * k + 1] for k in range(pointers) if rest[1 + 4 * k] == "@"]
        synsets[offset] = (lexfile, words, hypernyms)
    return synsets


def senses(folder: Path) -> dict[str, list[str]]:
    index = {}
    for line in (folder / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, synset_count, pointer_count = fields[0], int(fields[2]), int(fields[3])
        index[lemma] = fields[-synset_count:] if synset_count else []
        del pointer_count
    return index


def under(synsets, roots: set[str]) -> set[str]:
    """The offsets at or below the roots, by the hyponym relation."""
    children = defaultdict(list)
    for offset, (_, _, hypernyms) in synsets.items():
        for h in hypernyms:
            children[h].append(offset)
    found, stack = set(), list(roots)
    while stack:
        offset = stack.pop()
        if offset not in found:
            found.add(offset)
            stack.extend(children[offset])
    return found


def nouns(synsets, index, roots, lexfiles: set[int]) -> list[str]:
    root_offsets = {index[w][n - 1] for w, n in roots if w in index and len(index[w]) >= n}
    words = {w for o in under(synsets, root_offsets) if synsets[o][0] in lexfiles for w in synsets[o][1]}
    return sorted(w for w in words if w.isalpha() and len(w) > 2)


def main(argv: list[str]) -> None:
    folder = Path(argv[0] if argv else "/usr/share/wordnet")
    if not (folder / "data.noun").exists():
        raise SystemExit(f"no WordNet data.noun in {folder}: apt-get install wordnet-base, or give its folder")
    synsets, index = read(folder), senses(folder)
    roles = nouns(synsets, index, ROLE_ROOTS, {PERSON})
    groups = nouns(synsets, index, ORGANISATION_ROOTS, {GROUP, ARTIFACT})  # "airline" is filed as an artifact
    write_word_list("role_nouns.txt", "Nouns for an occupation, office or role a person holds (WordNet noun.person).",
                    MADE_BY, roles)
    write_word_list("group_nouns.txt", "Nouns for an organisation (WordNet noun.group).", MADE_BY, groups)
    print(f"role nouns {len(roles)}, group nouns {len(groups)}")


if __name__ == "__main__":
    main(sys.argv[1:])
