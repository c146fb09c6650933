//! Page furniture: the lines and spans a scraped article carries that are not its prose.
//!
//! Furniture is blanked rather than removed (each character becomes spaces of the same byte
//! length, newlines stay) so offsets into the analysis text stay offsets into the input. The
//! patterns are deliberately narrow: a whole line must match, and lines longer than
//! [`MAX_FURNITURE_CHARS`] are never touched, because blanking real prose loses statements while
//! leaving a stray "Share" line costs nothing.

use std::ops::Range;
use std::sync::LazyLock;

use regex::{Regex, RegexSet};

/// Furniture lines are short; anything longer is prose even if it starts like a prompt.
const MAX_FURNITURE_CHARS: usize = 200;

/// Longest line still taken as an entry of a link list under a "Related" header.
const MAX_LINK_CHARS: usize = 150;

/// Prompts pointing at other stories. Their text names other stories' subjects, which would be
/// extracted as if this article mentioned them.
const READ_ELSEWHERE: &[&str] = &[
    r"^click here\b",
    r"^(?:read|see) (?:more|also|next)\s*(?:[:\-–—|»>].*|[.…]*)$",
    r"^(?:related|also read|more on this(?: story| topic)?|you (?:may|might) also like)\b(?:\s+(?:articles?|stories|story|coverage|content|news|links?|reading|topics))?\s*(?:[:\-–—|»>].*)?$",
    r"^more(?:\s+(?:on|from|about)\s+[^.!?]{1,60})?\s*:?$",
    r"^(?:recommended(?: for you| reading)?|most (?:read|popular|viewed)|trending(?: now)?|top stories)\s*:?$",
    // A video's link: "Watch: <title>"; an earlier story's: "Previously: <title>".
    r"^watch\s*:",
    r"^previously\s*:",
];

/// Share, follow, comment and newsletter prompts: site chrome, and the network names in them
/// ("Follow us on Facebook") would otherwise become organisation mentions.
const SOCIAL: &[&str] = &[
    r"^comments are closed\.?$",
    r"^(?:join|follow|like|find) us on\b",
    r"^share (?:this|on|via)\b",
    r"^(?:e-?mail|print|share|tweet|facebook|twitter|whatsapp|linkedin|reddit|pinterest|copy link|save|comments?|\d+ comments?)$",
    r"^subscribe\b",
    r"^sign up(?: (?:for|to|now|here|today)\b.*)?$",
    r"^(?:get|receive|enter your e-?mail)\b.{0,80}\bnewsletters?\b",
    r"^newsletters?\b.{0,60}$",
    r"^enter your e-?mail\b",
];

/// Advertising slots and "continue reading" breaks that interrupt the body.
const ADVERTISING: &[&str] = &[
    r"^(?:advertisement|advertising|sponsored(?: content)?|paid content|story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?)$",
];

/// Photo captions and credits: they describe a picture, not the story, and credit agencies and
/// photographers who are not actors in it.
const PHOTO_CREDITS: &[&str] = &[
    r"^(?:photo|photos|photograph|image|picture|video|file photo|illustration|graphic)(?: credit)?s?\s*:",
    r"^(?:photo|image)s?\s+(?:by|courtesy)\b",
    r"^image (?:caption|copyright|source)\b",
    // A gallery's caption: "Hide caption <caption> Previous Next <credit>".
    r"^hide caption\b",
    // A video player's caption: "Media playback is unsupported on your device Media caption …".
    r"^media playback is unsupported\b",
    r"^media caption\b",
    r"^(?:getty images|ap photo|ap|afp|reuters|epa|shutterstock)$",
    r"\bvia getty images\)?\.?$",
];

/// Copyright notices name the publisher, not anyone in the story.
const COPYRIGHT: &[&str] = &[
    r"^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}))",
    r"\ball rights reserved\.?$",
];

/// Navigation and widget labels, including template tokens that leak into scraped text
/// (`bar_progress`).
const INTERFACE: &[&str] = &[
    r"^(?:text size|close|top|back to top|skip to (?:main )?content|skip navigation|toggle navigation|menu|open menu|close menu|search|home|next|previous|prev|loading\.*|listen(?: to this article)?|\d+ min(?:ute)? read)$",
    r"^[a-z0-9]+(?:_[a-z0-9]+)+$",
    // A video player's label ("Just watched <title> Replay More videos ... Must watch <title>
    // 01:51"): its titles are other stories'.
    r"^just watched\b.*\breplay more videos\b",
    // Another player's label, with the clip's length and title ("Play Video 2:25 <title> –
    // video").
    r"^play video \d{1,2}:\d{2}\b",
];

/// Headers after which a list of links follows.
const LINK_LIST_HEADER: &str = r"^(?:related(?:\s+(?:articles?|stories|story|coverage|content|news|links?|reading|topics))?|read more|see also|also read|more on this(?: story| topic)?|more stories|recommended(?: for you| reading)?|you (?:may|might) also like)\s*:?$";

/// Furniture inside a line of prose: image placeholders left by scrapers, agency photo
/// credits in parentheses, and links to other stories in parentheses ("(RELATED: <headline>)"),
/// whose headlines would read as this article's statements.
const INLINE: &str = r"\[(?:image|photo|img|picture|caption)\b[^\]\n]{0,300}\]|\((?:AP|AFP|Reuters|EPA)\s+Photo\b[^)\n]{0,120}\)|\((?:photo|image)s?(?::|\s+by\b|\s+courtesy\b)[^)\n]{0,120}\)|\((?:related|see also|also read|read more|watch)\s*:[^)\n]{0,200}\)";

/// The furniture line patterns that must match from the line's start, in one set: a set whose
/// every pattern is anchored there is tried at the start only. With the few other patterns in
/// it, every position of every line was tried, and on a line with a non-ASCII letter (where
/// `\b` stops the regex crate's fast engine) its fallback ran all thirty patterns at each
/// position, some 375,000 instructions a line.
static LINE_STARTS: LazyLock<RegexSet> = LazyLock::new(|| line_set(true));

/// The furniture line patterns that may match anywhere in the line.
static LINE_ELSEWHERE: LazyLock<RegexSet> = LazyLock::new(|| line_set(false));

fn line_set(anchored: bool) -> RegexSet {
    let patterns = [
        READ_ELSEWHERE,
        SOCIAL,
        ADVERTISING,
        PHOTO_CREDITS,
        COPYRIGHT,
        INTERFACE,
    ]
    .concat()
    .into_iter()
    .filter(|p| p.starts_with('^') == anchored)
    .map(|p| format!("(?i){p}"));
    RegexSet::new(patterns).expect("furniture line patterns are valid")
}

static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("(?i){LINK_LIST_HEADER}")).expect("link list header pattern is valid")
});

static INLINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("(?i){INLINE}")).expect("inline furniture pattern is valid")
});

/// A name glued to the next word ("RoeSenate", "RoeGOP") or to a year ("Roe2020 Democrats"):
/// where a scraped hover card begins its list of headlines.
static GLUED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:Mc|Mac|De|Di|La|Le)?[A-Z][a-z]+)(?:[A-Z][a-zA-Z]|[12]\d{3}\b)")
        .expect("glued name pattern is valid")
});

/// Longest hover card, from the full name to its closing "MORE".
const MAX_CARD_BYTES: usize = 700;
/// How a hover card ends.
const CARD_END: &str = " MORE";

/// Hover cards that some sites put after a person's name and scrapers keep inline: "Senator
/// Ana Roe Ana Maria RoeSenate passes farm bill Roe urges calm MORE said on Monday". The card
/// is the full name, glued to the first of several headlines, up to "MORE"; its headlines are
/// other stories'.
fn hover_cards(text: &str) -> Vec<Range<usize>> {
    let mut cards = Vec::new();
    // Every card ends in " MORE", which few articles contain; looking for glued names (a
    // regex with captures over the whole text) was most of the time spent reading them.
    if !text.contains(CARD_END) {
        return cards;
    }
    for caps in GLUED_NAME.captures_iter(text) {
        let (Some(glued), Some(surname)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        // The card's full name starts after the name as the sentence gives it, a few words
        // back on the same line ("… Roe Ana Maria RoeSenate").
        let line_start = text[..glued.start()].rfind('\n').map_or(0, |i| i + 1);
        let back = glued.start().saturating_sub(60).max(line_start);
        let Some(window) = text.get(back..glued.start()) else {
            continue;
        };
        let needle = format!("{} ", surname.as_str());
        let Some(at) = window.rfind(&needle) else {
            continue;
        };
        let start = back + at + needle.len();
        // Only words of the name stand between, a nickname in brackets among them.
        if !text[start..glued.start()]
            .split_whitespace()
            .all(|w| w.trim_start_matches('(').starts_with(char::is_uppercase))
        {
            continue;
        }
        let line_end = text[glued.end()..]
            .find('\n')
            .map_or(text.len(), |i| glued.end() + i);
        let limit = (glued.end() + MAX_CARD_BYTES).min(line_end);
        let Some(more) = text.get(glued.end()..limit).and_then(|w| w.find(CARD_END)) else {
            continue;
        };
        cards.push(start..glued.end() + more + CARD_END.len());
    }
    cards
}

/// Compiles the patterns that the furniture of nearly every document is looked for with, which
/// the first document read would otherwise compile. The hover-card pattern is left to the first
/// text with a card: few have one.
pub(crate) fn compile_patterns() {
    for set in [&LINE_STARTS, &LINE_ELSEWHERE] {
        LazyLock::force(set);
    }
    for re in [&HEADER, &INLINE_RE, &GALLERY] {
        LazyLock::force(re);
    }
}

/// Blanks every furniture line and span of `text` in place.
pub(crate) fn remove(text: &mut String) {
    let spans = spans(text);
    blank(text, &spans);
}

/// Byte ranges of furniture in `text`.
fn spans(text: &str) -> Vec<Range<usize>> {
    let lines: Vec<Range<usize>> = line_ranges(text).collect();
    let mut spans: Vec<Range<usize>> = INLINE_RE.find_iter(text).map(|m| m.range()).collect();
    spans.extend(hover_cards(text));
    let mut i = 0;
    while i < lines.len() {
        let line = text[lines[i].clone()].trim();
        i += 1;
        if !is_furniture_line(line) {
            continue;
        }
        spans.push(lines[i - 1].clone());
        if HEADER.is_match(line) {
            i = link_list(text, &lines, i, &mut spans);
        }
    }
    spans
}

fn is_furniture_line(line: &str) -> bool {
    !line.is_empty()
        && ((line.chars().count() <= MAX_FURNITURE_CHARS
            && (LINE_STARTS.is_match(line)
                || LINE_ELSEWHERE.is_match(line)
                || !line.chars().any(is_latin_letter)))
            || GALLERY.is_match(line))
}

/// A photo gallery flattened into one line ("Photos: <gallery title> <caption> Hide Caption 1
/// of 24 Photos: <gallery title> <caption> … Hide Caption 24 of 24"), of any length: its
/// captions describe pictures, and the gallery title glued to each caption makes its first
/// words read as the caption's subject. A paragraph break may split the gallery, so a line
/// that opens with one of its captions ("Hide Caption 5 of 24 Photos: …") is one too.
static GALLERY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:photos?:.*\bhide caption \d+ of \d+\b|hide caption \d+ of \d+\s+photos?:)")
        .expect("gallery pattern is valid")
});

/// A line without a single Latin letter (a Korean menu, a row of symbols, a lone page number)
/// carries nothing an English extractor could use.
fn is_latin_letter(c: char) -> bool {
    c.is_alphabetic()
        && matches!(c, 'A'..='Z' | 'a'..='z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

/// Blanks the links listed under a "Related"-style header starting at line `start`, and returns
/// the first line after the list. The list ends at a blank line or at a line that reads like a
/// sentence, so the prose after it survives.
fn link_list(
    text: &str,
    lines: &[Range<usize>],
    start: usize,
    spans: &mut Vec<Range<usize>>,
) -> usize {
    let mut i = start;
    if lines
        .get(i)
        .is_some_and(|r| text[r.clone()].trim().is_empty())
    {
        i += 1;
    }
    while let Some(range) = lines.get(i) {
        let item = text[range.clone()].trim();
        if item.is_empty() || !looks_like_link(item) {
            break;
        }
        spans.push(range.clone());
        i += 1;
    }
    i
}

fn looks_like_link(item: &str) -> bool {
    let bulleted = item.starts_with(['-', '*', '•', '·', '–', '>', '»']);
    let sentence = item
        .trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with('.');
    bulleted || (item.chars().count() <= MAX_LINK_CHARS && !sentence)
}

/// Lines of `text` as byte ranges, without their `\n`.
pub(crate) fn line_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    text.split('\n').map(move |line| {
        let range = start..start + line.len();
        start = range.end + 1;
        range
    })
}

/// Replaces each character inside `spans` with spaces of its byte length, keeping line breaks.
pub(crate) fn blank(text: &mut String, spans: &[Range<usize>]) {
    if spans.is_empty() {
        return;
    }
    let mut spans = spans.to_vec();
    spans.sort_by_key(|s| s.start);
    let mut pending = spans.iter().peekable();
    let mut blank_until = 0;
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        while let Some(span) = pending.next_if(|s| s.start <= i) {
            blank_until = blank_until.max(span.end);
        }
        if i < blank_until && !matches!(c, '\n' | '\r') {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    *text = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaned(text: &str) -> String {
        let mut text = text.to_string();
        remove(&mut text);
        text
    }

    #[test]
    fn blanking_keeps_byte_length_and_offsets() {
        let original = "Share this article\n© 2024 Lakeside Gazette\n\nMara Quill opened the café on Tuesday.\n";
        let text = cleaned(original);
        assert_eq!(text.len(), original.len());
        assert_eq!(text.find("Mara"), original.find("Mara"));
        assert_eq!(text.matches('\n').count(), original.matches('\n').count());
        assert!(!text.contains("Share") && !text.contains("Gazette"));
    }

    #[test]
    fn a_photo_gallery_line_is_blanked_whatever_its_length() {
        let caption = "Jane Roe waves as she takes the stage at a rally in Tarsk on Friday. ";
        let gallery = format!(
            "Photos: Jane Roe's life {caption}Hide Caption 1 of 2 Photos: Jane Roe's life \
             {caption}{caption}{caption}Hide Caption 2 of 2"
        );
        let text = cleaned(&format!("Roe spoke on Monday.\n\n{gallery}\n\nShe left.\n"));
        assert!(!text.contains("waves") && text.contains("Roe spoke") && text.contains("She left"));
        // A paragraph break inside the gallery leaves both parts galleries.
        let split = format!(
            "Photos: Jane Roe's life {caption}Hide Caption 1 of 3 Photos: Jane Roe's life \
             {caption}\n\nHide Caption 2 of 3 Photos: Jane Roe's life {caption}"
        );
        let text = cleaned(&format!("Roe spoke on Monday.\n\n{split}\n\nShe left.\n"));
        assert!(!text.contains("waves") && text.contains("Roe spoke") && text.contains("She left"));
    }

    #[test]
    fn blanks_each_kind_of_furniture_line() {
        for line in [
            "CLICK HERE TO READ MORE…",
            "Media playback is unsupported on your device Media caption Jane Roe says she will stay",
            "Media caption Tom Hale visits the harbour",
            "Related:",
            "RELATED: Harbour board votes on new ferry",
            "Read more: Orchard growers count the cost",
            "READ MORE",
            "Comments are closed.",
            "Join us on social!",
            "Follow us on Mastodon",
            "Share this article",
            "Subscribe to the Morning Brief",
            "Sign up for our weekly digest",
            "Get the best stories in our free newsletter",
            "Advertisement",
            "Photo: Teodor Brandt/Valley Press",
            "A crowd gathers on the pier. (Photo by Ines Falk via Getty Images)",
            "Image caption",
            "Hide caption Tom Hale leaves his Oskol home for work. Previous Next Ann Lee/AP",
            "Watch: Repealing the ferry tax could change thousands of lives",
            "Previously:Tom Hale says he is a 'no' on the ferry bill",
            "Getty Images",
            "© 2024 Lakeside Gazette",
            "Copyright 2023 Northwind Media. All rights reserved.",
            "Text Size",
            "Close",
            "Top",
            "Skip to content",
            "bar_progress",
            "JUST WATCHED Harbour board votes on ferry Replay More Videos ... MUST WATCH Harbour board votes on ferry 01:51",
            "Play Video 2:25 'We will rebuild': Tom Hale mocks his rivals – video",
            "뉴스 홈 로그인 회원가입",
            "More",
            "Email",
            "Print",
            "Share",
        ] {
            assert!(cleaned(line).trim().is_empty(), "not blanked: {line}");
        }
    }

    #[test]
    fn keeps_prose() {
        for line in [
            "More than forty residents attended the hearing.",
            "Subscribers to the water service will see higher bills.",
            "The newsletter was founded in 1998 by Hal Oduya.",
            "Copyright law was the subject of a long debate in the assembly.",
            "Photographers lined the steps as the council met.",
            "Related costs rose by 4 percent, the treasurer said.",
            "Close to 300 people signed the petition.",
            "Previously the council had met twice a year.",
            "Top officials from both towns met on Friday.",
            "Just watched by millions, the final went to extra time.",
            "Play video games for 2:30 hours, the council advised.",
            "“We will not close the library,” said Rina Okafor.",
        ] {
            assert_eq!(cleaned(line), line);
        }
    }

    #[test]
    fn blanks_inline_image_source_as_a_span() {
        let original =
            "The pier reopened [Image source=Harbour Daily] after repairs. (AP Photo/Lea Moss)";
        let text = cleaned(original);
        assert_eq!(text.len(), original.len());
        assert!(text.starts_with("The pier reopened "));
        assert!(!text.contains("Image") && !text.contains("Moss"));
        assert_eq!(text.find("after repairs."), original.find("after repairs."));
    }

    #[test]
    fn blanks_a_link_to_another_story_in_parentheses() {
        let original = "The pier reopened in May. (RELATED: Acme Judge Is Member Of Globex Board)\nThe council met (its related costs: $4 million).";
        let text = cleaned(original);
        assert!(
            !text.contains("Globex") && !text.contains("RELATED"),
            "{text}"
        );
        assert!(
            text.contains("The council met (its related costs: $4 million)."),
            "{text}"
        );
        assert_eq!(text.len(), original.len());
    }

    #[test]
    fn blanks_a_hover_card_whose_first_headline_opens_with_a_year() {
        let original = "The case for Senator Ana Roe Ana Maria Roe2020 Democrats push for ferry tolls | Acme Corp sues Globex MORE is strong, aides said.";
        let mut text = original.to_string();
        remove(&mut text);
        assert!(
            !text.contains("Globex") && !text.contains("MORE") && text.contains("is strong"),
            "{text}"
        );
    }

    #[test]
    fn blanks_a_hover_card_whose_first_headline_opens_with_an_acronym() {
        let original = "The board condemned Senator Ana McRoe Ana Maria McRoeGOP balks at ferry tolls McRoe urges calm MORE and her aides on Monday.";
        let mut text = original.to_string();
        remove(&mut text);
        assert!(
            !text.contains("GOP") && !text.contains("MORE") && text.contains("her aides"),
            "{text}"
        );
    }

    #[test]
    fn blanks_a_hover_card_of_headlines_after_a_name() {
        let original = "Senator Ana McRoe Ana (Annie) Maria McRoeHarbour board votes on ferry McRoe urges calm on tolls MORE said on Monday that the ferry would run.";
        let text = cleaned(original);
        assert_eq!(text.len(), original.len());
        assert!(text.starts_with("Senator Ana McRoe "), "{text}");
        assert!(
            !text.contains("Harbour") && !text.contains("MORE"),
            "{text}"
        );
        assert!(text.contains("said on Monday that the ferry would run."));
        // A name written in two capitals with no card after it stays.
        let plain = "Chef Ana McDonald opened the café, and BlackRock bought it.";
        assert_eq!(cleaned(plain), plain);
    }

    #[test]
    fn blanks_link_list_after_related_header_until_prose() {
        let original = "Related:\n- Ferry fares rise again\nCouncil delays bridge vote\n\nThe mayor said the bridge would open in May.\n";
        let text = cleaned(original);
        assert!(!text.contains("Ferry") && !text.contains("Council delays"));
        assert!(text.contains("The mayor said the bridge would open in May."));
    }

    #[test]
    fn blanked_multibyte_characters_become_spaces_of_the_same_length() {
        let mut text = "a—b".to_string();
        blank(&mut text, std::slice::from_ref(&(1..4)));
        assert_eq!(text, "a   b");
    }
}
