//! Publication dates to `YYYY-MM-DD`, from the few unambiguous forms news sources use.
//!
//! A hand parser rather than a date crate: we only need the calendar date, and anything we do
//! not recognise stays unknown instead of being guessed.

/// `YYYY-MM-DD` for a value that starts with an ISO 8601 date (`2024-10-25`,
/// `2024-10-25T08:00:00Z`), is an RFC 2822 date (`Fri, 25 Oct 2024 08:00:00 +0000`) or is written
/// `October 25, 2024`; `None` otherwise.
pub(crate) fn normalize(value: &str) -> Option<String> {
    let value = value.trim();
    iso(value.as_bytes()).or_else(|| day_month_year(value))
}

fn iso(b: &[u8]) -> Option<String> {
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' || b.get(10).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    ymd(number(&b[0..4])?, number(&b[5..7])?, number(&b[8..10])?)
}

/// `[Www,] DD Mon YYYY …` (RFC 2822) or `Month DD, YYYY`.
fn day_month_year(value: &str) -> Option<String> {
    let mut words = value
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .peekable();
    // A leading weekday name carries no information.
    if words
        .peek()
        .is_some_and(|w| w.chars().all(char::is_alphabetic) && month(w).is_none())
    {
        words.next();
    }
    let first = words.next()?;
    let second = words.next()?;
    let year = number(words.next()?.as_bytes())?;
    match number(first.as_bytes()) {
        Some(day) => ymd(year, month(second)?, day),
        None => ymd(year, month(first)?, number(second.as_bytes())?),
    }
}

fn month(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_ascii_lowercase();
    let i = crate::text::MONTHS.iter().position(|m| {
        word.len() >= 3 && (*m == word || (word.len() == 3 && m.starts_with(&word)))
    })?;
    u32::try_from(i + 1).ok()
}

fn number(digits: &[u8]) -> Option<u32> {
    if digits.is_empty() || digits.len() > 4 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
}

fn ymd(year: u32, month: u32, day: u32) -> Option<String> {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1000..=9999).contains(&year) && (1..=days).contains(&day))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn reads_iso_rfc2822_and_written_dates() {
        assert_eq!(normalize("2024-10-25").as_deref(), Some("2024-10-25"));
        assert_eq!(
            normalize("2024-10-25T08:15:00+09:00").as_deref(),
            Some("2024-10-25")
        );
        assert_eq!(
            normalize("Fri, 25 Oct 2024 08:15:00 +0000").as_deref(),
            Some("2024-10-25")
        );
        assert_eq!(normalize("3 Feb 2023").as_deref(), Some("2023-02-03"));
        assert_eq!(normalize("October 25, 2024").as_deref(), Some("2024-10-25"));
    }

    #[test]
    fn refuses_to_guess() {
        for value in [
            "",
            "yesterday",
            "10/25/2024",
            "2024-13-01",
            "2023-02-29",
            "2024-10-251",
            "25 Octember 2024",
            "2024-1é-01",
        ] {
            assert_eq!(normalize(value), None, "{value}");
        }
        assert_eq!(normalize("2024-02-29").as_deref(), Some("2024-02-29"));
    }
}
