//! Claims and conflicts: figures about the same quantity, compared across claimants and
//! outlets.
//!
//! A claim is a relation with a `quantity` qualifier. Two claims are about the same quantity
//! ([`comparable`]) when
//! - their relation types are in one family of `ontology/claim_families.tsv` (`send`,
//!   `deploy` and `train` all count forces), or one is a reporting verb ("X claims 3,000
//!   troops": its subject is the claimant, see [`claimant`]),
//! - their counted things (the object, when it is a word such as "troops") are in one unit
//!   class of that file, or one of them is not a word, and
//! - they share an entity among subject, object, destination and place (the country sending,
//!   the country receiving), two entities when neither names a counted thing, and
//! - their amounts are within a factor of ten (estimates differ; 24 and 3,000 count different
//!   things).
//!
//! Comparable claims with different amounts conflict: each lists the other in
//! [`RelationNode::conflicts_with`]. Nothing is overwritten; qualifiers such as "as many as" or
//! "at least" stay on each claim. Equal amounts from several claimants corroborate each other.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::extract::REPORTED_PLACES;
use crate::graph::{RelationNode, Value};

/// Largest ratio between two amounts that can still be estimates of one quantity.
const MAX_RATIO: f64 = 10.0;

/// The qualifiers naming where a figure applies: the act's place or destination, or on a
/// report the reported act's.
fn place_qualifiers() -> impl Iterator<Item = &'static str> {
    REPORTED_PLACES
        .iter()
        .flat_map(|&(own, reported)| [own, reported])
}

struct Families {
    /// Relation type id → family name.
    family: FxHashMap<String, String>,
    /// Counted noun → unit class.
    unit: FxHashMap<String, String>,
}

fn families() -> &'static Families {
    static FAMILIES: OnceLock<Families> = OnceLock::new();
    FAMILIES.get_or_init(|| parse_families(include_str!("../../ontology/claim_families.tsv")))
}

/// Parses the families file; malformed lines are a build-time bug caught by the tests.
fn parse_families(text: &str) -> Families {
    let mut out = Families {
        family: FxHashMap::default(),
        unit: FxHashMap::default(),
    };
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 3 {
            continue;
        }
        let table = match cols[0] {
            "family" => &mut out.family,
            "unit" => &mut out.unit,
            _ => continue,
        };
        for member in cols[2].split('|') {
            table.insert(member.to_string(), cols[1].to_string());
        }
    }
    out
}

/// The amount a claim gives, when the relation is a claim.
pub fn claim_amount(r: &RelationNode) -> Option<&str> {
    match (r.qualifiers.get("quantity"), &r.object) {
        (Some(Value::Quantity { amount, .. }), _) | (None, Value::Quantity { amount, .. }) => {
            Some(amount)
        }
        _ => None,
    }
}

fn family(relation_type: &str) -> &str {
    families()
        .family
        .get(relation_type)
        .map_or(relation_type, String::as_str)
}

/// The unit class of the counted thing ("troops" → forces): the `unit` qualifier, else the
/// object when it is a word; `None` when neither says.
fn unit(r: &RelationNode) -> Option<String> {
    let noun = match (r.qualifiers.get("unit"), &r.object) {
        (Some(Value::Literal(noun)), _) | (None, Value::Literal(noun)) => noun.to_lowercase(),
        _ => return None,
    };
    Some(families().unit.get(&noun).cloned().unwrap_or(noun))
}

/// Whether the relation reports a figure ("X says 3,000 troops") rather than states one.
fn is_reported(r: &RelationNode) -> bool {
    r.relation_type == "reports"
}

/// Who gives the figure: the `claimant` qualifier, else the subject of a reporting verb.
pub fn claimant(r: &RelationNode) -> Option<&Value> {
    r.qualifiers.get("claimant")
}

/// The claimant's entity id or text: the subject of a reporting verb, else the `claimant`
/// qualifier.
pub fn claimant_id(r: &RelationNode) -> Option<&str> {
    if is_reported(r) {
        return Some(&r.subject);
    }
    claimant(r).map(Value::as_report_str)
}

/// The parties and places a claim is about (not its claimant).
fn entities(r: &RelationNode) -> BTreeSet<&str> {
    let mut out: BTreeSet<&str> = BTreeSet::new();
    if !is_reported(r) {
        out.insert(&r.subject);
    }
    if let Value::Entity(o) = &r.object {
        out.insert(o);
    }
    // "X said Ruritania sent 3,000 troops": a report's object is what was said, and the name
    // it is about is a party.
    for q in place_qualifiers().chain(["about"]) {
        if let Some(Value::Entity(e)) = r.qualifiers.get(q) {
            out.insert(e);
        }
    }
    out
}

/// What [`comparable`] looks at, computed once per claim.
struct Claim<'r> {
    amount: f64,
    family: &'r str,
    reported: bool,
    unit: Option<String>,
    entities: BTreeSet<&'r str>,
}

impl<'r> Claim<'r> {
    fn of(r: &'r RelationNode) -> Option<Claim<'r>> {
        Some(Claim {
            amount: claim_amount(r)?.parse().ok()?,
            family: family(&r.relation_type),
            reported: is_reported(r),
            unit: unit(r),
            entities: entities(r),
        })
    }

    fn comparable(&self, other: &Claim<'_>) -> bool {
        if self.family != other.family && !self.reported && !other.reported {
            return false;
        }
        if let (Some(a), Some(b)) = (&self.unit, &other.unit)
            && a != b
        {
            return false;
        }
        let (x, y) = (self.amount, other.amount);
        let same_magnitude = if x > 0.0 && y > 0.0 {
            x.max(y) / x.min(y) <= MAX_RATIO
        } else {
            x == y
        };
        // Without a counted word on either side, one shared party is too little to go on.
        let needed = if self.unit.is_none() && other.unit.is_none() {
            2
        } else {
            1
        };
        same_magnitude && self.entities.intersection(&other.entities).count() >= needed
    }
}

/// Whether two claims are about the same quantity (see the module doc).
pub fn comparable(a: &RelationNode, b: &RelationNode) -> bool {
    match (Claim::of(a), Claim::of(b)) {
        (Some(a), Some(b)) => a.comparable(&b),
        _ => false,
    }
}

/// Every comparable pair `(a, b)` with `a < b`, as indices into `relations`. Only claims that
/// share an entity can be comparable, so pairs are sought within each entity's claims, sorted
/// by amount so that only amounts within [`MAX_RATIO`] are compared: the cost follows the
/// number of close claims about one entity, not the square of all claims in the corpus.
fn comparable_pairs(relations: &[&RelationNode]) -> BTreeSet<(usize, usize)> {
    let claims: Vec<Option<Claim<'_>>> = relations.iter().map(|r| Claim::of(r)).collect();
    let mut by_entity: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if let Some(c) = c {
            for e in &c.entities {
                by_entity.entry(e).or_default().push(i);
            }
        }
    }
    let amount = |i: usize| claims[i].as_ref().map_or(0.0, |c| c.amount);
    let mut pairs = BTreeSet::new();
    for members in by_entity.values_mut() {
        members.sort_by(|&a, &b| amount(a).total_cmp(&amount(b)).then(a.cmp(&b)));
        for (k, &a) in members.iter().enumerate() {
            let ca = claims[a].as_ref().expect("indexed claims exist");
            for &b in &members[k + 1..] {
                let cb = claims[b].as_ref().expect("indexed claims exist");
                if ca.amount > 0.0 && cb.amount > ca.amount * MAX_RATIO {
                    break;
                }
                if ca.comparable(cb) {
                    pairs.insert((a.min(b), a.max(b)));
                }
            }
        }
    }
    pairs
}

/// Groups of comparable claims (connected through [`comparable`]), as indices into
/// `relations`; each group has two claims or more, sorted; groups sorted by first index.
pub fn claim_sets(relations: &[&RelationNode]) -> Vec<Vec<usize>> {
    let mut group: Vec<usize> = (0..relations.len()).collect();
    fn root(group: &mut [usize], mut i: usize) -> usize {
        while group[i] != i {
            group[i] = group[group[i]];
            i = group[i];
        }
        i
    }
    let pairs = comparable_pairs(relations);
    for &(a, b) in &pairs {
        let (ra, rb) = (root(&mut group, a), root(&mut group, b));
        group[ra.max(rb)] = ra.min(rb);
    }
    let mut sets: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for &(a, b) in &pairs {
        let r = root(&mut group, a);
        sets.entry(r).or_default().extend([a, b]);
    }
    sets.into_values()
        .map(|s| s.into_iter().collect())
        .collect()
}

/// Fills `conflicts_with`: each claim lists the comparable claims giving another amount.
pub(crate) fn mark_conflicts(relations: &mut [RelationNode]) {
    let refs: Vec<&RelationNode> = relations.iter().collect();
    let mut conflicts: Vec<Vec<String>> = vec![Vec::new(); refs.len()];
    for (a, b) in comparable_pairs(&refs) {
        if claim_amount(refs[a]) != claim_amount(refs[b]) {
            conflicts[a].push(refs[b].id.clone());
            conflicts[b].push(refs[a].id.clone());
        }
    }
    for (r, mut c) in relations.iter_mut().zip(conflicts) {
        c.sort();
        c.dedup();
        r.conflicts_with = c;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::Evidence;

    fn claim(
        id: &str,
        subject: &str,
        predicate: &str,
        object: Value,
        amount: &str,
        dest: Option<&str>,
    ) -> RelationNode {
        let mut qualifiers = BTreeMap::from([(
            "quantity".to_string(),
            Value::Quantity {
                amount: amount.to_string(),
                text: amount.to_string(),
            },
        )]);
        if let Some(d) = dest {
            qualifiers.insert("destination".to_string(), Value::Entity(d.to_string()));
        }
        RelationNode {
            id: id.to_string(),
            subject: subject.to_string(),
            predicate: predicate.to_string(),
            // Reporting verbs share one type; other verbs are their own type here.
            relation_type: if ["claim", "say", "estimate"].contains(&predicate) {
                "reports".to_string()
            } else {
                predicate.to_string()
            },
            object,
            qualifiers,
            evidence: vec![Evidence {
                doc: "a.txt".into(),
                start: 0,
                end: 1,
                rule: "test".into(),
            }],
            conflicts_with: Vec::new(),
        }
    }

    fn lit(s: &str) -> Value {
        Value::Literal(s.to_string())
    }

    #[test]
    fn the_families_file_parses() {
        let f = parse_families(include_str!("../../ontology/claim_families.tsv"));
        assert_eq!(f.family.get("deploy").map(String::as_str), Some("forces"));
        assert_eq!(
            f.unit.get("soldiers").map(String::as_str),
            Some("personnel")
        );
    }

    #[test]
    fn different_figures_for_one_deployment_conflict() {
        let mut rels = vec![
            claim(
                "r1",
                "country/atlantis",
                "send",
                lit("troops"),
                "2000",
                Some("country/lemuria"),
            ),
            claim(
                "r2",
                "country/atlantis",
                "deploy",
                lit("soldiers"),
                "9000",
                Some("country/lemuria"),
            ),
            claim(
                "r3",
                "country/atlantis",
                "send",
                lit("troops"),
                "2000",
                Some("country/lemuria"),
            ),
        ];
        mark_conflicts(&mut rels);
        assert_eq!(rels[0].conflicts_with, vec!["r2"]);
        assert_eq!(rels[1].conflicts_with, vec!["r1", "r3"]);
        assert_eq!(rels[2].conflicts_with, vec!["r2"]);
    }

    #[test]
    fn a_reported_figure_compares_with_the_stated_one() {
        let mut rels = vec![
            claim(
                "r1",
                "country/atlantis",
                "send",
                lit("troops"),
                "2000",
                Some("country/lemuria"),
            ),
            claim(
                "r2",
                "country/mu",
                "claim",
                lit("troops"),
                "5000",
                Some("country/lemuria"),
            ),
        ];
        mark_conflicts(&mut rels);
        assert_eq!(rels[0].conflicts_with, vec!["r2"]);
        assert_eq!(claimant_id(&rels[1]), Some("country/mu"));
        assert_eq!(claimant_id(&rels[0]), None);
    }

    #[test]
    fn a_report_compares_by_where_the_reported_act_happened() {
        let mut report = claim("r2", "country/mu", "claim", lit("troops"), "5000", None);
        report.qualifiers.insert(
            "reported_destination".to_string(),
            Value::Entity("country/lemuria".to_string()),
        );
        let mut rels = vec![
            claim(
                "r1",
                "country/atlantis",
                "send",
                lit("troops"),
                "2000",
                Some("country/lemuria"),
            ),
            report,
        ];
        mark_conflicts(&mut rels);
        assert_eq!(rels[0].conflicts_with, vec!["r2"]);
    }

    #[test]
    fn other_things_counted_or_other_parties_do_not_conflict() {
        let mut rels = vec![
            claim(
                "r1",
                "country/atlantis",
                "send",
                lit("troops"),
                "2000",
                Some("country/lemuria"),
            ),
            claim(
                "r2",
                "country/atlantis",
                "send",
                lit("shells"),
                "90000",
                Some("country/lemuria"),
            ),
            claim(
                "r3",
                "country/mu",
                "send",
                lit("troops"),
                "500",
                Some("country/thule"),
            ),
            claim(
                "r4",
                "country/atlantis",
                "kill",
                lit("soldiers"),
                "40",
                Some("country/lemuria"),
            ),
        ];
        mark_conflicts(&mut rels);
        assert!(rels.iter().all(|r| r.conflicts_with.is_empty()), "{rels:?}");
    }
}
