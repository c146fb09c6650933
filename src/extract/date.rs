//! Dates in a clause, resolved to ISO 8601 against the document's publication date.
//!
//! "on Thursday" is the last Thursday on or before publication; "yesterday", "today" and
//! "tomorrow" count from it; "October 24" and "24 October" take the publication year (or the
//! year before, when that would put the date more than two weeks after publication);
//! "October 24, 2024" is exact.
//! What is to come ("will meet on Thursday", "is due to rule on October 24") looks forward
//! instead: the next such day on or after publication. Without a publication date only fully
//! written dates resolve.

use super::relation::is_auxiliary;
use super::types::{Arg, DocContext};
use crate::text::TokenKind;
use crate::text::{MONTHS, WEEKDAYS};

/// The first date written in tokens `from..to` of sentence `s`.
pub(super) fn find_date(ctx: &DocContext<'_>, s: usize, from: usize, to: usize) -> Option<Arg> {
    let published = ctx.doc.published.as_deref().and_then(parse_iso);
    let toks = &ctx.sentences[s].tokens;
    let text = ctx.text();
    let to = to.min(toks.len());
    for i in from..to {
        let w = ctx.lower_token(s, i);
        let w = w.trim_end_matches('.');
        let span_to = |j: usize| text[toks[i].span.start..toks[j].span.end].to_string();
        if let Some(day) = WEEKDAYS.iter().position(|d| *d == w) {
            // "on Monday, March 23": the written date says which Monday.
            let dated = ctx.token(s, i + 1) == ","
                && ctx.token(s, i + 2).starts_with(char::is_uppercase)
                && MONTHS.iter().any(|m| {
                    let next = ctx.lower_token(s, i + 2);
                    let next = next.trim_end_matches('.');
                    next.len() >= 3 && m.starts_with(next)
                });
            // "after Tuesday's vote, signed the bill on Wednesday": a day's possessive dates
            // its noun; a later "on" and a date date the clause ("during Thursday's debate,
            // … in the run-up to the Sept. 11 attack" still dates it Thursday).
            if matches!(ctx.token(s, i + 1), "'s" | "’s")
                && let Some(later) = (i + 3..to.min(toks.len())).find_map(|k| {
                    (ctx.lower_token(s, k - 1) == "on")
                        .then(|| find_date(ctx, s, k, k + 1))
                        .flatten()
                })
            {
                return Some(later);
            }
            // "announced a Friday vote", "ahead of a Tuesday deadline": a day after an
            // indefinite article dates its noun, not the clause; but the occasion the clause
            // tells of dates it ("said in a Friday statement", "during a Thursday event").
            let indefinite = i > 0
                && matches!(ctx.lower_token(s, i - 1), "a" | "an")
                && !(i > 1 && matches!(ctx.lower_token(s, i - 2), "in" | "at" | "during"));
            // "announced a test vote for Tuesday", "set a deadline for next Friday": so does
            // one the noun is set for.
            let set_for = (1..=2).any(|back| {
                i >= back
                    && ctx.lower_token(s, i - back) == "for"
                    && (back == 1 || matches!(ctx.lower_token(s, i - 1), "next" | "this"))
            });
            // "co-chairman of the Tuesday Group": after "the" and before another capitalised
            // word, the day is part of a name.
            // "Saturday Night Massacre-like leaks", "Monday Night Football": so is a day
            // before a capitalised "Night" and another capitalised word.
            let named = (i > 0
                && ctx.lower_token(s, i - 1) == "the"
                && ctx.token(s, i + 1).starts_with(char::is_uppercase))
                || (ctx.token(s, i + 1) == "Night"
                    && ctx.token(s, i + 2).starts_with(char::is_uppercase));
            if dated || indefinite || set_for || named {
                continue;
            }
            let Some(base) = published else { continue };
            // Days since 1970-01-01, a Thursday (weekday index 3 counting from Monday).
            let today = (base.rem_euclid(7) + 3) % 7;
            let offset = if future_before(ctx, s, from, i) || scheduled_in_present(ctx, s, from, i)
            {
                (day as i64 + 7 - today) % 7
            } else {
                -((today + 7 - day as i64) % 7)
            };
            // "last Friday" written on a Friday is a week before it; "next Friday", a week after.
            let offset = match (offset, i.checked_sub(1).map(|k| ctx.lower_token(s, k))) {
                (0, Some("last")) => -7,
                (0, Some("next")) => 7,
                _ => offset,
            };
            return Some(date(base + offset, span_to(i)));
        }
        match w {
            // "USA Today", "the Safer Tomorrow Fund": capitalised inside a sentence, a name.
            "today" | "yesterday" | "tomorrow"
                if i == 0 || toks[i].text(text).starts_with(char::is_lowercase) =>
            {
                let Some(base) = published else { continue };
                let offset = match w {
                    "yesterday" => -1,
                    "tomorrow" => 1,
                    _ => 0,
                };
                return Some(date(base + offset, span_to(i)));
            }
            _ => {}
        }
        // Month names are capitalised ("may" is a verb); "Oct." is October.
        let capitalised = toks[i].text(text).starts_with(char::is_uppercase);
        let month = MONTHS
            .iter()
            .position(|m| capitalised && (*m == w || (w.len() >= 3 && m.starts_with(w))));
        if let Some(month) = month {
            // "October 24[, 2024]"
            let day_after = toks
                .get(i + 1)
                .and_then(|t| t.text(text).parse::<i64>().ok())
                .filter(|d| (1..=31).contains(d));
            // "24 October [2024]"
            let day_before = i
                .checked_sub(1)
                .and_then(|k| toks[k].text(text).parse::<i64>().ok())
                .filter(|d| (1..=31).contains(d));
            let (day, last) = match (day_after, day_before) {
                (Some(d), _) => (d, i + 1),
                (None, Some(d)) => (d, i),
                _ => continue,
            };
            let year_at = if toks.get(last + 1).is_some_and(|t| t.text(text) == ",") {
                last + 2
            } else {
                last + 1
            };
            let year = toks
                .get(year_at)
                .and_then(|t| t.text(text).parse::<i64>().ok())
                .filter(|y| (1800..=2200).contains(y));
            let start = if day_after.is_some() { i } else { i - 1 };
            // "said that the Dec. 13 memo had not been verified": a date between an article
            // and a noun dates the noun, not the clause; but the occasion the clause tells
            // of dates it ("said during the Oct. 15 debate").
            let end = if year.is_some() { year_at } else { last };
            let modifies_noun = start > 0
                && matches!(ctx.lower_token(s, start - 1), "the" | "a" | "an")
                && !(start > 1
                    && matches!(ctx.lower_token(s, start - 2), "in" | "at" | "during" | "on"))
                && toks.get(end + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word && t.text(text).starts_with(char::is_lowercase)
                });
            if modifies_noun {
                continue;
            }
            let written = text[toks[start].span.start
                ..toks[if year.is_some() { year_at } else { last }].span.end]
                .to_string();
            let days = match (year, published) {
                (Some(y), _) => days_from_civil(y, month as i64 + 1, day),
                (None, Some(base)) => {
                    let (y, _, _) = civil_from_days(base);
                    let this_year = days_from_civil(y, month as i64 + 1, day);
                    let future = future_before(ctx, s, from, start);
                    // ("declared a day of mourning for Nov. 1" the day before): a date days
                    // ahead is this year's, not one nearly a year past.
                    let days_ahead = this_year - base;
                    if !future && days_ahead > NEAR_FUTURE_DAYS {
                        days_from_civil(y - 1, month as i64 + 1, day)
                    } else if future && this_year < base {
                        days_from_civil(y + 1, month as i64 + 1, day)
                    } else {
                        this_year
                    }
                }
                (None, None) => continue,
            };
            return Some(date(days, written));
        }
    }
    None
}

/// How many days after publication a date with no year may fall and still be read as this
/// year's without a word of the future before it: a year back is further off.
const NEAR_FUTURE_DAYS: i64 = 14;

/// How many words before a date [`future_before`] reads at least, wherever the search for the
/// date began.
const FUTURE_LOOKBACK: usize = 8;

/// Whether the words of tokens `from..at` of sentence `s`, before a date at `at`, put it
/// ahead of publication: "will speak on Saturday", "is scheduled to vote on March 3", "next
/// Monday". A future word after the date does not ("said on Monday it will …"); nor does one
/// before a past auxiliary ("was due to speak on Saturday") or before another clause that
/// reaches the date ("will speak, Roe's aide revealed on Tuesday", "will close, which forced
/// Acme to cancel events on Tuesday").
fn future_before(ctx: &DocContext<'_>, s: usize, from: usize, at: usize) -> bool {
    if at > 0 && ctx.lower_token(s, at - 1) == "next" {
        return true;
    }
    // ("Acme said that Roe will travel to Oskol on Tuesday": the words searched for the date
    // may start past the verb's own "will", which still says when.)
    let from = from.min(at.saturating_sub(FUTURE_LOOKBACK));
    let marker = (from..at).rev().find(|&i| {
        let w = ctx.lower_token(s, i);
        let then_to = ctx.lower_token(s, i + 1) == "to";
        matches!(w, "will" | "shall" | "'ll" | "’ll" | "upcoming")
            || (then_to
                && matches!(
                    w,
                    "scheduled" | "due" | "set" | "expected" | "plans" | "going"
                ))
    });
    let Some(marker) = marker else {
        return false;
    };
    let past_auxiliary = |i: usize| matches!(ctx.lower_token(s, i), "was" | "were" | "had");
    // A past form after an auxiliary ("will be held") is a participle of the same clause.
    let other_clause = (marker + 1..at).any(|j| {
        let w = ctx.lower_token(s, j);
        matches!(w, ";" | "which" | "who" | "whom")
            || (ctx.ontology.verbs.get(w).is_some_and(|f| f.past && !f.base)
                && !is_auxiliary(ctx.lower_token(s, j - 1)))
    });
    let after_past_auxiliary = (marker.saturating_sub(2).max(from)..marker).any(past_auxiliary);
    !other_clause && !after_past_auxiliary
}

/// Whether the weekday at token `at` is when something scheduled happens, written in the
/// present tense: "The committee begins a two-day meeting on Tuesday", "a period that begins
/// Sunday". The verb nearest before the day, within its clause, must be a present one that
/// reports nothing ("Roe says on Monday" is said now) and no perfect ("has hit several Sunday
/// talk shows" is past).
fn scheduled_in_present(ctx: &DocContext<'_>, s: usize, from: usize, at: usize) -> bool {
    let toks = &ctx.sentences[s].tokens;
    let nearest_verb = (from.max(at.saturating_sub(8))..at)
        .rev()
        .take_while(|&i| toks[i].kind == TokenKind::Word)
        .find(|&i| {
            let w = ctx.lower_token(s, i);
            is_auxiliary(w)
                || ctx
                    .ontology
                    .verbs
                    .get(w)
                    .is_some_and(|f| (f.past || f.third || f.participle) && !f.also_noun)
        });
    nearest_verb.is_some_and(|i| {
        let w = ctx.lower_token(s, i);
        let perfect = matches!(w, "has" | "have")
            && ctx
                .ontology
                .verbs
                .get(ctx.lower_token(s, i + 1))
                .is_some_and(|f| f.participle);
        !perfect
            && ctx
                .ontology
                .verbs
                .get(w)
                .is_some_and(|f| f.third && !f.past)
            && ctx.ontology.reporting_lemma(w).is_none()
    })
}

fn date(days: i64, text: String) -> Arg {
    let (y, m, d) = civil_from_days(days);
    Arg::Date {
        iso: format!("{y:04}-{m:02}-{d:02}"),
        text,
    }
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date.
fn parse_iso(s: &str) -> Option<i64> {
    let mut parts = s.get(..10)?.split('-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.parse().ok()?;
    Some(days_from_civil(y, m, d))
}

/// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::LowerCaseTokens;
    use crate::ingest::Document;
    use crate::ontology::Ontology;
    use crate::text::split_sentences;

    fn date_in(text: &str, published: Option<&str>) -> Option<(String, String)> {
        let mut doc = Document::from_text("t", "t", text.to_string());
        doc.published = published.map(str::to_string);
        let sentences = split_sentences(&doc.text);
        let lower = LowerCaseTokens::new(&doc, &sentences);
        let ctx = DocContext::new(&doc, &sentences, &lower, Ontology::shipped());
        match find_date(&ctx, 0, 0, usize::MAX)? {
            Arg::Date { iso, text } => Some((iso, text)),
            _ => None,
        }
    }

    #[test]
    fn calendar_round_trip() {
        for days in [-1000, 0, 59, 60, 365, 19_000, 20_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(parse_iso("1970-01-01"), Some(0));
    }

    #[test]
    fn a_date_between_an_article_and_a_noun_dates_the_noun() {
        assert_eq!(
            date_in(
                "Roe said the Dec. 13 memo was not verified.",
                Some("2031-03-06")
            ),
            None
        );
        assert_eq!(
            date_in("Roe spoke during the Dec. 13 debate.", Some("2031-03-06")),
            Some(("2030-12-13".into(), "Dec. 13".into()))
        );
    }

    #[test]
    fn weekdays_resolve_back_from_publication() {
        // 2031-03-06 is a Thursday.
        assert_eq!(
            date_in("Talks began on Tuesday.", Some("2031-03-06")),
            Some(("2031-03-04".into(), "Tuesday".into()))
        );
        assert_eq!(
            date_in("Talks began on Thursday.", Some("2031-03-06")),
            Some(("2031-03-06".into(), "Thursday".into()))
        );
        assert_eq!(date_in("Talks began on Tuesday.", None), None);
        // A day inside a name is no date.
        assert_eq!(
            date_in(
                "Roe chairs the Tuesday Group of moderates.",
                Some("2031-03-06")
            ),
            None
        );
        assert_eq!(
            date_in(
                "If Acme loses, expect Saturday Night Massacre-like firings.",
                Some("2031-03-06")
            ),
            None
        );
        assert_eq!(
            date_in("Acme lost on Saturday night.", Some("2031-03-06")),
            Some(("2031-03-01".into(), "Saturday".into()))
        );
        // "last Thursday" on a Thursday is a week back, and "next Thursday" a week ahead.
        assert_eq!(
            date_in("Talks began last Thursday.", Some("2031-03-06")),
            Some(("2031-02-27".into(), "Thursday".into()))
        );
        assert_eq!(
            date_in("Talks will begin next Thursday.", Some("2031-03-06")),
            Some(("2031-03-13".into(), "Thursday".into()))
        );
        // A weekday with its written date is that date, not the last such weekday.
        assert_eq!(
            date_in(
                "Talks began on Monday, Feb. 3, in Tarsk.",
                Some("2031-03-06")
            ),
            Some(("2031-02-03".into(), "Feb. 3".into()))
        );
    }

    #[test]
    fn dates_of_what_is_to_come_resolve_forward() {
        // 2031-03-06 is a Thursday.
        assert_eq!(
            date_in("Roe will speak in Tarsk on Tuesday.", Some("2031-03-06")),
            Some(("2031-03-11".into(), "Tuesday".into()))
        );
        assert_eq!(
            date_in("Roe is scheduled to speak on Tuesday.", Some("2031-03-06")),
            Some(("2031-03-11".into(), "Tuesday".into()))
        );
        assert_eq!(
            date_in("Roe was scheduled to speak on Tuesday.", Some("2031-03-06")),
            Some(("2031-03-04".into(), "Tuesday".into()))
        );
        assert_eq!(
            date_in(
                "Roe said on Tuesday the talks will resume.",
                Some("2031-03-06")
            ),
            Some(("2031-03-04".into(), "Tuesday".into()))
        );
        assert_eq!(
            date_in(
                "Roe will speak in Tarsk, her aide revealed on Tuesday.",
                Some("2031-03-06")
            ),
            Some(("2031-03-04".into(), "Tuesday".into()))
        );
        assert_eq!(
            date_in("The vote will be held tomorrow.", Some("2031-03-06")),
            Some(("2031-03-07".into(), "tomorrow".into()))
        );
        assert_eq!(
            date_in(
                "The Better Tomorrow Fund will give $5m.",
                Some("2031-03-06")
            ),
            None
        );
        assert_eq!(
            date_in("The court will rule on January 12.", Some("2031-12-20")),
            Some(("2032-01-12".into(), "January 12".into()))
        );
        // A day's possessive dates its noun when the clause gives another date.
        assert_eq!(
            date_in(
                "Roe, back home after Tuesday's vote, signed the bill on Wednesday.",
                Some("2031-03-06")
            ),
            Some(("2031-03-05".into(), "Wednesday".into()))
        );
        assert_eq!(
            date_in("Tuesday's vote was delayed.", Some("2031-03-06")),
            Some(("2031-03-04".into(), "Tuesday".into()))
        );
        assert_eq!(
            date_in(
                "Roe, during Tuesday's debate, spoke of the run-up to the March 1 attack.",
                Some("2031-03-06")
            ),
            Some(("2031-03-04".into(), "Tuesday".into()))
        );
        // What is scheduled is written in the present; what is said now is not to come.
        assert_eq!(
            date_in(
                "The committee begins a two-day meeting in Tarsk on Tuesday.",
                Some("2031-03-06")
            ),
            Some(("2031-03-11".into(), "Tuesday".into()))
        );
        assert_eq!(
            date_in("Roe says on Tuesday the talks failed.", Some("2031-03-06")),
            Some(("2031-03-04".into(), "Tuesday".into()))
        );
    }

    #[test]
    fn written_dates() {
        assert_eq!(
            date_in("It opened on October 24, 2024.", None),
            Some(("2024-10-24".into(), "October 24, 2024".into()))
        );
        assert_eq!(
            date_in("It opened on 3 March.", Some("2031-05-01")),
            Some(("2031-03-03".into(), "3 March".into()))
        );
        assert_eq!(
            date_in("It opens on Dec. 30.", Some("2031-01-02")),
            Some(("2030-12-30".into(), "Dec. 30".into()))
        );
        // A date days after publication is this year's; one weeks after it, last year's.
        assert_eq!(
            date_in(
                "Roe declared a day of mourning for Nov. 1.",
                Some("2031-10-31")
            ),
            Some(("2031-11-01".into(), "Nov. 1".into()))
        );
        assert_eq!(
            date_in(
                "Roe declared a day of mourning for Dec. 1.",
                Some("2031-10-31")
            ),
            Some(("2030-12-01".into(), "Dec. 1".into()))
        );
    }
}
