"""Write briefing/data/plural_nouns.txt: words in -s that English text uses mostly as plural nouns.

The source is the Brill tagger's lexicon (trained on the Brown corpus and the Penn Treebank) as TextBlob ships it
(`pip install textblob`, textblob/en/en-lexicon.txt): each word with its most frequent part of speech. The words in
-s whose tag is NNS ("effects", "negotiations", "stations") tell a bare reported clause's noun from its verb
("stressed the adverse effects of …" has no verb of its own; "said prices rose" has). Only this script reads the
lexicon; briefing reads the file it writes.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

from wordlists import write_word_list


def lexicon_file() -> Path:
    spec = importlib.util.find_spec("textblob")
    if spec is None or spec.origin is None:
        raise SystemExit("pip install textblob first: its Brill lexicon is the source of this list")
    return Path(spec.origin).parent / "en" / "en-lexicon.txt"


def main() -> None:
    words = []
    for line in lexicon_file().read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if line.startswith(";;;") or len(parts) != 2:
            continue
        word, tag = parts
        if tag == "NNS" and word.isalpha() and word.islower() and word.endswith("s") and not word.endswith("ss"):
            words.append(word)
    write_word_list("plural_nouns.txt", "Words in -s used mostly as plural nouns (Brill lexicon tag NNS).",
                    "scripts/make_plural_nouns.py from the Brill tagger's lexicon as TextBlob ships it", sorted(words))
    print(f"plural nouns {len(words)}")


if __name__ == "__main__":
    main()
