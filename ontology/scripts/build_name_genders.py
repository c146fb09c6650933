#!/usr/bin/env python3
"""Builds ontology/lexicon/given_name_genders.tsv: given names that are one sex's in the data.

Source: PyPI package names 0.3.0 (code MIT, treyhunner/names), its files dist.male.first and
dist.female.first: the US Census Bureau 1990 name frequency lists (US government work, public
domain). A name is kept when it is in one list only, or when its frequency in one list is at
least ten times that in the other ("Jordan", "Leslie" are left out). Female names below 0.005%
are left out, as in given_names.tsv.

Run once, offline afterwards:
    pip download --no-deps -d /tmp/names names==0.3.0
    python3 ontology/scripts/build_name_genders.py /tmp/names/names-0.3.0.tar.gz ontology/lexicon/given_name_genders.tsv

The extractors read it to keep "she" from standing for a man and "he" for a woman.
"""
import sys
import tarfile

FEMALE_MIN = 0.005
RATIO = 10.0


def frequencies(tar, member, minimum):
    data = tar.extractfile(member).read().decode("ascii")
    out = {}
    for line in data.splitlines():
        parts = line.split()
        if len(parts) < 2 or float(parts[1]) < minimum:
            continue
        name = parts[0].capitalize()
        if name.startswith("Mc") and len(name) > 2:
            name = "Mc" + name[2:].capitalize()
        out[name] = float(parts[1])
    return out


def main(sdist, target):
    with tarfile.open(sdist) as tar:
        male = frequencies(tar, "names-0.3.0/names/dist.male.first", 0.0)
        female = frequencies(tar, "names-0.3.0/names/dist.female.first", FEMALE_MIN)
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= RATIO * f:
            rows.append((name, "m"))
        elif f >= RATIO * m:
            rows.append((name, "f"))
    with open(target, "w", encoding="utf-8") as out:
        out.write("# Given names that are one sex's in the US Census Bureau 1990 name frequency lists\n")
        out.write("#   (US government work, public domain), as packaged in PyPI names 0.3.0 (code MIT).\n")
        out.write("# Converted by ontology/scripts/build_name_genders.py; a name is kept when one list's\n")
        out.write(f"#   frequency is at least {RATIO:g} times the other's; female names below {FEMALE_MIN}% are left out.\n")
        out.write("# columns: given_name<TAB>m|f\n")
        for name, sex in rows:
            out.write(f"{name}\t{sex}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
