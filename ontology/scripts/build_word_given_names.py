#!/usr/bin/env python3
"""Builds ontology/lexicon/word_given_names.tsv: given names that are also ordinary English
adjectives, adverbs or plural nouns ("Frank", "Rich", "Sandy", "Miles").

The extractor types an unknown capitalised name whose first word is an ordinary word
("Federal Reserve", "Daily Beast", "Random House") as no person; these given names are the
exceptions ("Frank Roe", "Rich Hale").

Sources:
- PyPI package names 0.3.0 (code MIT, treyhunner/names), its files dist.male.first and
  dist.female.first: the US Census Bureau 1990 name frequency lists (US government work,
  public domain). Names of at least 0.001% in either list are read.
- ontology/lexicon/common_words.tsv (built by build_common_words.py from lemminflect 0.2.3, MIT):
  a census name is kept when its lower-case form is listed there.
- TEAM_GIVEN below, written by the newsgraph team (licence: same as project, MIT OR
  Apache-2.0): given names or nicknames common in news that are ordinary words but not in the
  census lists. TEAM_DROP: census entries that are function words, data noise, or words that
  open names of bodies far more often than names of people.

Run once, offline afterwards:
    pip download --no-deps -d /tmp/names names==0.3.0
    python3 ontology/scripts/build_word_given_names.py /tmp/names/names-0.3.0.tar.gz \
        ontology/lexicon/common_words.tsv ontology/lexicon/word_given_names.tsv
"""
import sys
import tarfile

from build_name_genders import frequencies

MINIMUM = 0.001
TEAM_GIVEN = {"Piers", "Woody"}
# Function words and data noise, and words that open many more names of bodies than of people
# ("Delta Air Lines", "Royal Navy", "Golden Globes").
TEAM_DROP = {
    "Angelic", "Delta", "Else", "Emerald", "Gala", "Golden", "In", "Lean", "Manual", "Marine",
    "Maxima", "Merry", "Numbers", "Pa", "Pasty", "Pura", "Royal", "So", "Soon", "Wan",
}


def main(sdist, common_words_path, target):
    with open(common_words_path, encoding="utf-8") as f:
        common = {line.strip() for line in f if line.strip() and not line.startswith("#")}
    names = set(TEAM_GIVEN)
    with tarfile.open(sdist) as tar:
        for member in ("dist.male.first", "dist.female.first"):
            for name in frequencies(tar, f"names-0.3.0/names/{member}", MINIMUM):
                if name.lower() in common and name not in TEAM_DROP:
                    names.add(name)
    with open(target, "w", encoding="utf-8") as out:
        out.write("# Given names that are also ordinary English words (adjectives, adverbs, plural nouns).\n")
        out.write("# Source: US Census Bureau 1990 first-name lists (public domain) in PyPI names 0.3.0 (code MIT),\n")
        out.write("#   names of at least 0.001% whose lower-case form is in common_words.tsv (lemminflect 0.2.3, MIT),\n")
        out.write("#   plus team-written nicknames (MIT OR Apache-2.0).\n")
        out.write("# Converted by ontology/scripts/build_word_given_names.py.\n")
        out.write("# columns: given_name\n")
        for name in sorted(names):
            out.write(name + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
