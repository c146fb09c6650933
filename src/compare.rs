//! Comparing how several articles report one story: which statements each outlet quotes,
//! which figures each claimant gives (and where they conflict), which facts only one outlet
//! reports, and which entities only one outlet names. `newsgraph compare` prints this.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

use crate::graph::{KnowledgeGraph, QuoteNode, RelationNode, Value};
use crate::resolve::{claim_amount, claim_sets, claimant_id};

/// Longest quote text printed, in characters.
const QUOTE_CHARS: usize = 100;

/// Qualifiers shown in a claim's own columns rather than after the relation.
const CLAIM_QUALIFIERS: [&str; 3] = ["quantity", "approximation", "claimant"];

/// Writes the comparison of every document in `kg` as plain text.
pub fn write_comparison(kg: &KnowledgeGraph, mut w: impl Write) -> io::Result<()> {
    let cmp = Comparer::new(kg);
    cmp.documents(&mut w)?;
    cmp.statements(&mut w)?;
    cmp.figures(&mut w)?;
    cmp.single_outlet_facts(&mut w)?;
    cmp.single_outlet_entities(&mut w)
}

/// The reports of one statement: each quote with its speaker's label.
type Reports<'a> = Vec<(&'a QuoteNode, Option<&'a str>)>;

struct Comparer<'a> {
    kg: &'a KnowledgeGraph,
    /// Document id → outlet (the document id when the input names none).
    outlet: BTreeMap<&'a str, &'a str>,
}

impl<'a> Comparer<'a> {
    fn new(kg: &'a KnowledgeGraph) -> Comparer<'a> {
        let outlet = kg
            .documents()
            .map(|d| (d.id.as_str(), d.outlet.as_deref().unwrap_or(d.id.as_str())))
            .collect();
        Comparer { kg, outlet }
    }

    fn outlet_of(&self, doc: &str) -> &'a str {
        self.outlet.get(doc).copied().unwrap_or("?")
    }

    fn label(&self, id: &'a str) -> &'a str {
        self.kg.entity(id).map_or(id, |e| e.label.as_str())
    }

    fn value(&self, v: &'a Value) -> String {
        match v {
            Value::Entity(id) => self.label(id).to_string(),
            Value::Literal(s) => s.clone(),
            Value::Quantity { amount, .. } => group_digits(amount),
            Value::Date { iso, .. } => iso.clone(),
        }
    }

    /// The outlets whose documents give evidence for a relation, sorted.
    fn outlets_of(&self, r: &'a RelationNode) -> BTreeSet<&'a str> {
        r.evidence.iter().map(|e| self.outlet_of(&e.doc)).collect()
    }

    /// "Atlantis send troops (destination: Lemuria)".
    fn describe(&self, r: &'a RelationNode) -> String {
        let mut out = format!(
            "{} {} {}",
            self.label(&r.subject),
            r.predicate,
            self.value(&r.object)
        );
        let extra: Vec<String> = r
            .qualifiers
            .iter()
            .filter(|(k, _)| !CLAIM_QUALIFIERS.contains(&k.as_str()))
            .map(|(k, v)| format!("{k}: {}", self.value(v)))
            .collect();
        if !extra.is_empty() {
            out.push_str(&format!(" ({})", extra.join(", ")));
        }
        out
    }

    fn documents(&self, w: &mut impl Write) -> io::Result<()> {
        let outlets: BTreeSet<&str> = self.outlet.values().copied().collect();
        writeln!(
            w,
            "{} documents from {} outlets",
            self.outlet.len(),
            outlets.len()
        )?;
        for (doc, outlet) in &self.outlet {
            writeln!(w, "  {doc}  {outlet}")?;
        }
        Ok(())
    }

    fn statements(&self, w: &mut impl Write) -> io::Result<()> {
        let mut by_statement: BTreeMap<&str, Reports<'_>> = BTreeMap::new();
        for (q, speaker) in self.kg.quotes() {
            by_statement
                .entry(&q.statement)
                .or_default()
                .push((q, speaker.map(|s| s.label.as_str())));
        }
        // Most widely reported first; ties by speaker and first report.
        let mut groups: Vec<(BTreeSet<&str>, Reports<'_>)> = by_statement
            .into_values()
            .map(|g| (g.iter().map(|(q, _)| self.outlet_of(&q.doc)).collect(), g))
            .collect();
        groups.sort_by(|a, b| {
            (b.0.len(), a.1[0].1, &a.1[0].0.doc, a.1[0].0.start).cmp(&(
                a.0.len(),
                b.1[0].1,
                &b.1[0].0.doc,
                b.1[0].0.start,
            ))
        });
        writeln!(w, "\n== Statements reported by more than one outlet")?;
        let mut once = Vec::new();
        for (outlets, reports) in &groups {
            let speaker = reports[0].1.unwrap_or("(no speaker)");
            if outlets.len() < 2 {
                once.push((speaker, reports));
                continue;
            }
            writeln!(
                w,
                "{speaker}: {} reports in {} outlets [statement {}]",
                reports.len(),
                outlets.len(),
                reports[0].0.statement
            )?;
            for (q, _) in reports.iter() {
                writeln!(
                    w,
                    "  {:<24} {} {}-{}  \"{}\"",
                    self.outlet_of(&q.doc),
                    q.doc,
                    q.start,
                    q.end,
                    truncate(&q.text, QUOTE_CHARS)
                )?;
            }
        }
        writeln!(w, "\n== Statements reported by one outlet")?;
        for (speaker, reports) in once {
            let q = reports[0].0;
            writeln!(
                w,
                "  {:<24} {speaker}: \"{}\"",
                self.outlet_of(&q.doc),
                truncate(&q.text, QUOTE_CHARS)
            )?;
        }
        Ok(())
    }

    fn figures(&self, w: &mut impl Write) -> io::Result<()> {
        let relations: Vec<&RelationNode> = self.kg.relations().collect();
        let sets = claim_sets(&relations);
        writeln!(w, "\n== Figures about the same quantity")?;
        let mut in_set = BTreeSet::new();
        for (n, set) in sets.iter().enumerate() {
            let conflicting = set.iter().any(|&i| !relations[i].conflicts_with.is_empty());
            writeln!(
                w,
                "Set {}{}:",
                n + 1,
                if conflicting {
                    " (CONFLICTING VALUES)"
                } else {
                    ""
                }
            )?;
            let mut rows: Vec<&RelationNode> = set.iter().map(|&i| relations[i]).collect();
            rows.sort_by_key(|r| {
                (
                    claim_amount(r)
                        .and_then(|a| a.parse::<f64>().ok())
                        .unwrap_or(0.0) as u64,
                    r.id.clone(),
                )
            });
            for r in rows {
                self.claim_line(w, r)?;
            }
            in_set.extend(set.iter().copied());
        }
        writeln!(w, "\n== Other figures")?;
        for (i, r) in relations.iter().enumerate() {
            if claim_amount(r).is_some() && !in_set.contains(&i) {
                self.claim_line(w, r)?;
            }
        }
        Ok(())
    }

    fn claim_line(&self, w: &mut impl Write, r: &'a RelationNode) -> io::Result<()> {
        let amount = claim_amount(r).map(group_digits).unwrap_or_default();
        let approx = r
            .qualifiers
            .get("approximation")
            .map(|v| format!("{} ", self.value(v)))
            .unwrap_or_default();
        let claimant = claimant_id(r).map_or("(unattributed)", |c| self.label(c));
        let outlets: Vec<&str> = self.outlets_of(r).into_iter().collect();
        let conflict = if r.conflicts_with.is_empty() {
            String::new()
        } else {
            format!("  CONFLICTS with {} other claim(s)", r.conflicts_with.len())
        };
        writeln!(
            w,
            "  {:>22}  claimant: {claimant:<28} {}  | reported by {}: {}{conflict}",
            format!("{approx}{amount}"),
            self.describe(r),
            outlets.len(),
            outlets.join(", ")
        )
    }

    fn single_outlet_facts(&self, w: &mut impl Write) -> io::Result<()> {
        writeln!(w, "\n== Facts reported by only one outlet")?;
        let mut by_outlet: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        let mut shared = 0;
        for r in self.kg.relations() {
            let outlets = self.outlets_of(r);
            if outlets.len() == 1
                && let Some(o) = outlets.into_iter().next()
            {
                by_outlet.entry(o).or_default().push(self.describe(r));
            } else {
                shared += 1;
            }
        }
        for (outlet, mut facts) in by_outlet {
            facts.sort();
            facts.dedup();
            writeln!(w, "{outlet} ({}):", facts.len())?;
            for f in facts {
                writeln!(w, "  {f}")?;
            }
        }
        writeln!(w, "({shared} facts are reported by two outlets or more)")
    }

    fn single_outlet_entities(&self, w: &mut impl Write) -> io::Result<()> {
        writeln!(w, "\n== Entities only one outlet mentions")?;
        let mut by_outlet: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for e in self.kg.entities() {
            let outlets: BTreeSet<&str> =
                e.mentions.iter().map(|m| self.outlet_of(&m.doc)).collect();
            if outlets.len() == 1
                && let Some(o) = outlets.into_iter().next()
            {
                by_outlet.entry(o).or_default().push(&e.label);
            }
        }
        for (outlet, mut names) in by_outlet {
            names.sort_unstable();
            writeln!(w, "{outlet} ({}): {}", names.len(), names.join(", "))?;
        }
        Ok(())
    }
}

/// "12000" → "12,000"; decimals and other text unchanged.
fn group_digits(amount: &str) -> String {
    if amount.len() <= 4 || !amount.chars().all(|c| c.is_ascii_digit()) {
        return amount.to_string();
    }
    let mut out = String::new();
    for (i, c) in amount.chars().enumerate() {
        if i > 0 && (amount.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn truncate(s: &str, max: usize) -> String {
    let s = crate::text::collapse_whitespace(s);
    if s.chars().count() <= max {
        return s;
    }
    let cut: String = s.chars().take(max - 1).collect();
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_grouped() {
        assert_eq!(group_digits("12000"), "12,000");
        assert_eq!(group_digits("3000"), "3000");
        assert_eq!(group_digits("28300000000"), "28,300,000,000");
        assert_eq!(group_digits("2.5"), "2.5");
    }
}
