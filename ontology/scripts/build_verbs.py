#!/usr/bin/env python3
"""Builds ontology/lexicon/verbs.tsv (English verb forms with their lemma) from lemminflect.

Source: PyPI package lemminflect 0.2.3 (MIT licence, (C) 2019 Brad Jascob), file
lemminflect/resources/infl_lu.csv.gz, whose verb rows read `lemma,verb,VBD,VBN,VBG,VBZ` (an
empty VBN means the same as VBD) and noun rows `lemma,noun,plural[/plural]`.

Run once, offline afterwards:
    pip download --no-deps -d /tmp/lemm lemminflect==0.2.3
    python3 ontology/scripts/build_verbs.py /tmp/lemm/lemminflect-0.2.3-py3-none-any.whl

Output columns: form, lemma, tags (`|`-separated among base, past, participle, gerund, third),
and `noun` when the same spelling is also a noun (so "plans" or "talks" need context).
Verbs whose lemma is capitalised (proper-noun verbs such as "Americanize") are left out.
"""
import csv
import gzip
import io
import sys
import zipfile

def main(wheel):
    with zipfile.ZipFile(wheel) as z:
        raw = gzip.decompress(z.read("lemminflect/resources/infl_lu.csv.gz")).decode("utf-8")
    forms = {}  # form -> (lemma, set(tags))
    nouns = set()
    for row in csv.reader(io.StringIO(raw)):
        if len(row) < 3:
            continue
        lemma, pos = row[0], row[1]
        if pos == "noun":
            nouns.add(lemma.lower())
            for plural in row[2].split("/"):
                nouns.add(plural.lower())
            continue
        if pos != "verb" or not lemma.islower() or not lemma.isascii():
            continue
        vbd, vbn, vbg, vbz = (row + ["", "", "", ""])[2:6]
        vbn = vbn or vbd
        # lemminflect 0.2.3 gives "ran" as the participle of "run" (and of "rerun", "outrun"
        # where it has one): "has run" would read as no verb.
        if lemma.endswith("run") and vbn == lemma[:-3] + "ran":
            vbn = lemma
        # lemminflect gives one participle spelling, often the British one ("learnt", "focussed",
        # "staid" for "stay"); a regular past in -ed is a participle too ("was busted", "has stayed").
        vbn = "/".join([vbn] + [f for f in vbd.split("/") if f.endswith("ed") and f not in vbn.split("/")])
        for form, tag in ((lemma, "base"), (vbd, "past"), (vbn, "participle"), (vbg, "gerund"), (vbz, "third")):
            for f in form.split("/"):
                if not f:
                    continue
                entry = forms.setdefault(f, (lemma, set()))
                if entry[0] == lemma:
                    entry[1].add(tag)
    # lemminflect 0.2.3 has "text" only as a noun; "texted CNN to say …" needs the verb.
    for form, tag in (("text", "base"), ("texted", "past"), ("texted", "participle"), ("texting", "gerund"), ("texts", "third")):
        forms.setdefault(form, ("text", set()))[1].add(tag)
    # lemminflect 0.2.3's noun rows lack "act" ("halted all acts of aggression" read "acts" as
    # a verb); the team adds it.
    nouns.update(("act", "acts"))
    out = sys.stdout if len(sys.argv) < 3 else open(sys.argv[2], "w", encoding="utf-8")
    out.write("# English verb forms and their lemma.\n")
    out.write("# Source: PyPI lemminflect 0.2.3 (resources/infl_lu.csv.gz), MIT licence, (C) 2019 Brad Jascob.\n")
    out.write("# Converted by ontology/scripts/build_verbs.py.\n")
    out.write("# Columns: form\tlemma\ttags (base|past|participle|gerund|third)\tnoun if the spelling is also a noun\n")
    order = ["base", "past", "participle", "gerund", "third"]
    for form in sorted(forms):
        lemma, tags = forms[form]
        tag_text = "|".join(t for t in order if t in tags)
        out.write(f"{form}\t{lemma}\t{tag_text}\t{'noun' if form in nouns else ''}\n")

if __name__ == "__main__":
    main(sys.argv[1])
