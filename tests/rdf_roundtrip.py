#!/usr/bin/env python3
"""Round-trip check with an independent RDF parser (rdflib) and JSON Schema validator.

Usage: rdf_roundtrip.py NEWSGRAPH_BINARY

Builds ../shared/seeds to Turtle, N-Triples, N-Quads, TriG and RDF/XML, parses each with rdflib,
and checks that there are triples, that the quad formats hold one named graph per article and
agree with each other, and that the JSON report validates against schema/report.schema.json
(with `jsonschema` when installed, else a check of the required keys). Run by tests/rdf_roundtrip.rs.
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import rdflib

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
NG = "https://w3id.org/newsgraph/ontology#"
SCHEMA_ORG = "http://schema.org/"


def build(binary, fmt, out):
    subprocess.run([binary, "build", str(SEEDS), "--format", fmt, "-o", str(out)], check=True)


def check_triples(binary, tmp):
    for fmt, ext, rdflib_format in [
        ("turtle", "ttl", "turtle"),
        ("ntriples", "nt", "nt"),
        ("rdfxml", "rdf", "xml"),
    ]:
        out = tmp / f"graph.{ext}"
        build(binary, fmt, out)
        g = rdflib.Graph()
        g.parse(out, format=rdflib_format)
        assert len(g) > 0, f"{fmt}: no triples"
        quotes = set(g.subjects(rdflib.RDF.type, rdflib.URIRef(SCHEMA_ORG + "Quotation")))
        assert quotes, f"{fmt}: no schema:Quotation"
        print(f"{fmt}: {len(g)} triples, {len(quotes)} quotations")


def check_quads(binary, tmp, articles):
    counts = {}
    for fmt, ext, rdflib_format in [("nquads", "nq", "nquads"), ("trig", "trig", "trig")]:
        out = tmp / f"graph.{ext}"
        build(binary, fmt, out)
        ds = rdflib.Dataset()
        ds.parse(out, format=rdflib_format)
        named = [
            g.identifier
            for g in ds.graphs()
            if g.identifier != rdflib.graph.DATASET_DEFAULT_GRAPH_ID and len(g) > 0
        ]
        total = sum(1 for _ in ds.quads((None, None, None, None)))
        assert total > 0, f"{fmt}: no quads"
        assert len(named) == len(articles), (
            f"{fmt}: {len(named)} named graphs for {len(articles)} articles"
        )
        for g in named:
            assert any(str(g).endswith(a) for a in articles), f"{fmt}: graph {g} names no article"
        counts[fmt] = total
        print(f"{fmt}: {total} quads, {len(named)} named graphs")
    assert counts["nquads"] == counts["trig"], f"N-Quads and TriG disagree: {counts}"


def check_report(binary, tmp, articles):
    out = tmp / "report.json"
    build(binary, "json", out)
    report = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "schema" / "report.schema.json").read_text(encoding="utf-8"))
    try:
        import jsonschema
    except ImportError:
        jsonschema = None
    if jsonschema is not None:
        jsonschema.Draft202012Validator.check_schema(schema)
        jsonschema.Draft202012Validator(schema).validate(report)
        print("report.json: valid against schema/report.schema.json")
    else:
        defs = schema["$defs"]
        assert set(report) == set(schema["required"])
        for key, item in [("documents", "document"), ("entities", "entity"),
                          ("quotes", "quote"), ("relations", "relation")]:
            for obj in report[key]:
                missing = set(defs[item]["required"]) - set(obj)
                assert not missing, f"{key}: {obj.get('id')} lacks {missing}"
                extra = set(obj) - set(defs[item]["properties"])
                assert not extra, f"{key}: {obj.get('id')} has unknown {extra}"
        print("report.json: required keys present (jsonschema not installed)")
    assert sorted(d["id"] for d in report["documents"]) == sorted(articles)


def main():
    binary = sys.argv[1]
    articles = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert articles, f"no articles in {SEEDS}"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        check_triples(binary, tmp)
        check_quads(binary, tmp, articles)
        check_report(binary, tmp, articles)
    print("rdf round trip: ok")


if __name__ == "__main__":
    main()
