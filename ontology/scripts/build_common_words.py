#!/usr/bin/env python3
"""Builds ontology/lexicon/common_words.tsv (lower-case English adjectives and adverbs with
their inflected forms, and the plurals of nouns) from lemminflect.

Source: PyPI package lemminflect 0.2.3 (MIT licence, (C) 2019 Brad Jascob), file
lemminflect/resources/infl_lu.csv.gz, whose rows read `lemma,pos,form[/form],…` for the parts
of speech noun, adj, adv and verb. Lemmas written with a capital (proper nouns such as
"Aachen", "Aaron") are left out, as are verbs (ontology/lexicon/verbs.tsv holds those) and
singular nouns: so many family and company names are one ("Bell", "Hunt", "Shell") that a
singular noun opening a sentence says too little.

The extractor reads the list to tell a capitalised ordinary word that opens a sentence
("Posts threatening …", "Numerous reports say …") from a name.

Run once, offline afterwards:
    pip download --no-deps -d /tmp/lemm lemminflect==0.2.3
    python3 ontology/scripts/build_common_words.py /tmp/lemm/lemminflect-0.2.3-py3-none-any.whl ontology/lexicon/common_words.tsv
"""
import csv
import gzip
import io
import sys
import zipfile


def plain(word):
    return word.isalpha() and word.islower() and word.isascii()


def main(wheel, out_path):
    with zipfile.ZipFile(wheel) as z:
        raw = gzip.decompress(z.read("lemminflect/resources/infl_lu.csv.gz")).decode("utf-8")
    words = set()
    for row in csv.reader(io.StringIO(raw)):
        if len(row) < 2 or row[1] not in ("noun", "adj", "adv"):
            continue
        lemma = row[0]
        if not plain(lemma):
            continue
        if row[1] != "noun":
            words.add(lemma)
        for field in row[2:]:
            for form in field.split("/"):
                if plain(form) and form != lemma:
                    words.add(form)
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("# Lower-case English adjectives and adverbs with their inflected forms, and plurals of nouns.\n")
        out.write("# Source: PyPI lemminflect 0.2.3 (resources/infl_lu.csv.gz), MIT licence, (C) 2019 Brad Jascob.\n")
        out.write("# Converted by ontology/scripts/build_common_words.py.\n")
        out.write("# Columns: word\n")
        for w in sorted(words):
            out.write(w + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
