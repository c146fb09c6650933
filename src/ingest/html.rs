//! HTML pages: the visible article text, its metadata, and a map back to the page source.
//!
//! html5gum tokenizes (it handles tag soup, attributes and `<script>` bodies); the text of each
//! run is decoded here from the page source itself, so every run of copied characters gets an
//! anchor at its exact code-point position in the page.

use std::ops::Range;
use std::sync::LazyLock;

use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};
use html5gum::{Span, Tokenizer};
use regex::Regex;

use super::date;
use super::document::{Document, TextOrigin};
use super::furniture;

/// Elements whose content is never article prose.
const HIDDEN_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "textarea",
    "svg",
    "figcaption",
    "iframe",
    "object",
    "title",
    "dialog",
    "menu",
];

/// Elements that start and end a paragraph of text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "article",
    "section",
    "main",
    "blockquote",
    "pre",
    "table",
    "tr",
    "figure",
    "hr",
    "address",
];

/// Elements that never have content or an end tag.
const VOID_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Wrappers that must never be hidden by their class: a body with `class="nav-open"` holds the
/// whole article.
const NEVER_HIDDEN: &[&str] = &["html", "body", "main", "article"];

/// Class or id fragments of site chrome around the article.
static CHROME_CLASS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)share|social|related|newsletter|subscribe|comment|footer|nav|menu|breadcrumb|advert|promo")
        .expect("chrome class pattern is valid")
});

/// A document for the page `html`, whose `origin` maps text offsets to code points of `html`.
pub(crate) fn document(id: String, source: String, html: &str) -> Document {
    let mut page = Page::new(html);
    let mut emitter = CallbackEmitter::new(|event: CallbackEvent<'_>, span: Span<usize>| {
        Event::from_callback(event, span)
    });
    // Without this, `<script>` and `<style>` bodies are tokenized as markup.
    emitter.naively_switch_states(true);
    for event in Tokenizer::new_with_emitter(html, emitter) {
        let Ok(event) = event;
        page.handle(event);
    }
    page.finish(id, source)
}

/// The tokenizer events we use, owned so they outlive the tokenizer's buffer.
enum Event {
    OpenTag(String),
    AttributeName(String),
    AttributeValue(String),
    CloseStartTag { self_closing: bool },
    EndTag(String),
    Text { span: Range<usize>, decoded: String },
}

impl Event {
    fn from_callback(event: CallbackEvent<'_>, span: Span<usize>) -> Option<Event> {
        let owned = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
        Some(match event {
            CallbackEvent::OpenStartTag { name } => Event::OpenTag(owned(name)),
            CallbackEvent::AttributeName { name } => Event::AttributeName(owned(name)),
            CallbackEvent::AttributeValue { value } => Event::AttributeValue(owned(value)),
            CallbackEvent::CloseStartTag { self_closing } => Event::CloseStartTag { self_closing },
            CallbackEvent::EndTag { name } => Event::EndTag(owned(name)),
            CallbackEvent::String { value } => Event::Text {
                span: span.start..span.end,
                decoded: owned(value),
            },
            CallbackEvent::Comment { .. }
            | CallbackEvent::Doctype { .. }
            | CallbackEvent::Error(_) => {
                return None;
            }
        })
    }
}

struct Tag {
    name: String,
    attributes: Vec<(String, String)>,
}

impl Tag {
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn is_hidden(&self) -> bool {
        if HIDDEN_TAGS.contains(&self.name.as_str())
            || self.attribute("hidden").is_some()
            || self.attribute("aria-hidden") == Some("true")
            || matches!(
                self.attribute("role"),
                Some("navigation" | "banner" | "contentinfo")
            )
            || self
                .attribute("style")
                .is_some_and(|s| s.replace(' ', "").contains("display:none"))
        {
            return true;
        }
        !NEVER_HIDDEN.contains(&self.name.as_str())
            && ["class", "id"]
                .iter()
                .filter_map(|a| self.attribute(a))
                .any(|v| CHROME_CLASS.is_match(v))
    }
}

/// Metadata read from `<meta>`, `<link>`, `<title>` and `<time>`.
#[derive(Default)]
struct Meta {
    og_title: Option<String>,
    title: String,
    site_name: Option<String>,
    published: Option<String>,
    time: Option<String>,
    og_url: Option<String>,
    canonical: Option<String>,
}

impl Meta {
    fn read(&mut self, tag: &Tag) {
        let slot = match tag.name.as_str() {
            "meta" => {
                let key = tag
                    .attribute("property")
                    .or_else(|| tag.attribute("name"))
                    .or_else(|| tag.attribute("itemprop"))
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                match key.as_str() {
                    "og:title" => &mut self.og_title,
                    "og:site_name" => &mut self.site_name,
                    "article:published_time" | "datepublished" | "pubdate" => &mut self.published,
                    "og:url" => &mut self.og_url,
                    _ => return,
                }
            }
            "link"
                if tag
                    .attribute("rel")
                    .is_some_and(|r| r.contains("canonical")) =>
            {
                if self.canonical.is_none() {
                    self.canonical = tag.attribute("href").map(str::to_string);
                }
                return;
            }
            "time" => &mut self.time,
            _ => return,
        };
        let value = match tag.name.as_str() {
            "time" => tag.attribute("datetime"),
            _ => tag.attribute("content"),
        };
        if slot.is_none() {
            *slot = value
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty());
        }
    }
}

struct Element {
    name: String,
    hidden: bool,
}

/// Extraction state while walking the page's tokens.
struct Page<'a> {
    html: &'a str,
    text: String,
    anchors: Vec<(usize, usize)>,
    /// A byte offset in `html` and its code-point offset, advanced as text runs arrive in order.
    cursor: (usize, usize),
    open: Vec<Element>,
    hidden_depth: usize,
    tag: Option<Tag>,
    /// Whitespace seen since the last visible character: the code point where it started and
    /// whether it was a single plain space (which can then be copied rather than inserted).
    pending_space: Option<(usize, bool)>,
    /// The source code point right after the last copied character, while the text still ends
    /// with a run copied unchanged.
    run_end: Option<usize>,
    meta: Meta,
}

impl<'a> Page<'a> {
    fn new(html: &'a str) -> Self {
        Page {
            html,
            text: String::new(),
            anchors: Vec::new(),
            cursor: (0, 0),
            open: Vec::new(),
            hidden_depth: 0,
            tag: None,
            pending_space: None,
            run_end: None,
            meta: Meta::default(),
        }
    }

    fn handle(&mut self, event: Event) {
        match event {
            Event::OpenTag(name) => {
                self.tag = Some(Tag {
                    name,
                    attributes: Vec::new(),
                });
            }
            Event::AttributeName(name) => {
                if let Some(tag) = &mut self.tag {
                    tag.attributes.push((name, String::new()));
                }
            }
            Event::AttributeValue(value) => {
                if let Some((_, v)) = self.tag.as_mut().and_then(|t| t.attributes.last_mut()) {
                    *v = value;
                }
            }
            Event::CloseStartTag { self_closing } => {
                if let Some(tag) = self.tag.take() {
                    self.start_tag(tag, self_closing);
                }
            }
            Event::EndTag(name) => self.end_tag(&name),
            Event::Text { span, decoded } => {
                if self.open.last().is_some_and(|e| e.name == "title") {
                    self.meta.title.push_str(&decoded);
                } else if self.hidden_depth == 0 {
                    self.copy_text(span);
                }
            }
        }
    }

    fn start_tag(&mut self, tag: Tag, self_closing: bool) {
        self.meta.read(&tag);
        let name = tag.name.as_str();
        let visible = self.hidden_depth == 0;
        if name == "br" && visible {
            self.line_break();
        } else if BLOCK_TAGS.contains(&name) && visible {
            self.paragraph_break();
        }
        // A self-closed `<svg/>` or `<div/>` has no end tag coming; keeping it open would hide
        // or nest everything after it.
        if VOID_TAGS.contains(&name) || self_closing {
            return;
        }
        let hidden = tag.is_hidden();
        self.hidden_depth += usize::from(hidden);
        self.open.push(Element {
            name: tag.name,
            hidden,
        });
    }

    fn end_tag(&mut self, name: &str) {
        // Tag soup: close everything opened inside the element, and ignore stray end tags.
        if let Some(at) = self.open.iter().rposition(|e| e.name == name) {
            for element in self.open.drain(at..) {
                self.hidden_depth -= usize::from(element.hidden);
            }
        }
        if BLOCK_TAGS.contains(&name) && self.hidden_depth == 0 {
            self.paragraph_break();
        }
    }

    /// Code-point offset of byte `byte` of the page; text runs arrive in source order.
    fn code_point_at(&mut self, byte: usize) -> usize {
        let (from, count) = self.cursor;
        if let Some(between) = self.html.get(from..byte) {
            self.cursor = (byte, count + between.chars().count());
        }
        self.cursor.1
    }

    fn copy_text(&mut self, span: Range<usize>) {
        let html = self.html;
        let Some(raw) = html.get(span.clone()) else {
            return;
        };
        let mut cp = self.code_point_at(span.start);
        let mut i = 0;
        while let Some(rest) = raw.get(i..).filter(|r| !r.is_empty()) {
            if let Some((len, decoded)) = rest.starts_with('&').then(|| reference(rest)).flatten() {
                self.push_decoded(&decoded, cp);
                cp += rest[..len].chars().count();
                i += len;
                continue;
            }
            let Some(c) = rest.chars().next() else { break };
            if is_space(c) {
                self.space(cp, c == ' ');
            } else if is_invisible(c) {
                self.run_end = None;
            } else {
                self.push_copied(c, cp);
            }
            cp += 1;
            i += c.len_utf8();
        }
        self.cursor = (span.end, cp);
    }

    fn space(&mut self, cp: usize, plain: bool) {
        self.pending_space = match self.pending_space {
            None => Some((cp, plain)),
            Some((start, _)) => Some((start, false)),
        };
    }

    fn flush_space(&mut self) {
        let Some((cp, plain)) = self.pending_space.take() else {
            return;
        };
        if self.text.is_empty() || self.text.ends_with('\n') {
            return;
        }
        if plain {
            self.push_copied(' ', cp);
        } else {
            self.text.push(' ');
            self.run_end = None;
        }
    }

    fn push_copied(&mut self, c: char, cp: usize) {
        if c != ' ' {
            self.flush_space();
        }
        if self.run_end != Some(cp) {
            self.anchors.push((self.text.len(), cp));
        }
        self.text.push(c);
        self.run_end = Some(cp + 1);
    }

    fn push_decoded(&mut self, decoded: &str, cp: usize) {
        if decoded.chars().all(is_space) {
            self.space(cp, false);
            return;
        }
        let decoded: String = decoded.chars().filter(|&c| !is_invisible(c)).collect();
        if decoded.is_empty() {
            self.run_end = None;
            return;
        }
        self.flush_space();
        self.anchors.push((self.text.len(), cp));
        self.text.push_str(&decoded);
        self.run_end = None;
    }

    fn paragraph_break(&mut self) {
        self.pending_space = None;
        self.run_end = None;
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push_str(if self.text.ends_with('\n') {
                "\n"
            } else {
                "\n\n"
            });
        }
    }

    fn line_break(&mut self) {
        self.pending_space = None;
        self.run_end = None;
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
    }

    fn finish(mut self, id: String, source: String) -> Document {
        let source_len_chars = self.code_point_at(self.html.len());
        let mut text = self.text;
        text.truncate(text.trim_end().len());
        self.anchors.retain(|&(t, _)| t < text.len());
        furniture::remove(&mut text);
        let meta = self.meta;
        let title = meta.og_title.or_else(|| {
            let title = crate::text::collapse_whitespace(&meta.title);
            (!title.is_empty()).then_some(title)
        });
        if let Some(title) = &title {
            blank_repeated_title(&mut text, title);
        }
        Document {
            id,
            source,
            title,
            outlet: meta.site_name,
            published: meta
                .published
                .as_deref()
                .and_then(date::normalize)
                .or_else(|| meta.time.as_deref().and_then(date::normalize)),
            url: meta.og_url.or(meta.canonical),
            text,
            origin: TextOrigin::Mapped {
                source_len_chars,
                anchors: self.anchors,
            },
        }
    }
}

/// The headline usually opens the body too (`<h1>`); it is already in `title`, and plain text
/// blanks its title line the same way.
fn blank_repeated_title(text: &mut String, title: &str) {
    let first = furniture::line_ranges(text).find(|r| !text[r.clone()].trim().is_empty());
    if let Some(range) = first.filter(|r| {
        crate::text::collapse_whitespace(&text[r.clone()])
            == crate::text::collapse_whitespace(title)
    }) {
        furniture::blank(text, &[range]);
    }
}

/// HTML whitespace, plus no-break space, which downstream tokenizers should see as a space.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c' | '\u{a0}' | '\0')
}

/// Characters that only affect rendering and would split words for the tokenizer.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}' | '\u{feff}')
}

/// The length and decoded text of the character reference at the start of `rest`, or `None`
/// when it is not one (a bare `&` or an unknown name stays literal text).
fn reference(rest: &str) -> Option<(usize, String)> {
    let bytes = rest.as_bytes();
    let mut end = 1;
    if bytes.get(1) == Some(&b'#') {
        let hex = matches!(bytes.get(2), Some(b'x' | b'X'));
        end = if hex { 3 } else { 2 };
        let digits = end;
        while bytes.get(end).is_some_and(|b| {
            if hex {
                b.is_ascii_hexdigit()
            } else {
                b.is_ascii_digit()
            }
        }) {
            end += 1;
        }
        if end == digits {
            return None;
        }
    } else {
        while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
            end += 1;
        }
        if end == 1 {
            return None;
        }
    }
    if bytes.get(end) == Some(&b';') {
        end += 1;
    }
    let candidate = &rest[..end];
    let decoded = decode_reference(candidate);
    (decoded != candidate).then_some((end, decoded))
}

/// Decodes one character reference with html5gum, which knows the full entity table and the
/// legacy rules (`&#146;` is a right quote, `&copy` needs no semicolon).
fn decode_reference(reference: &str) -> String {
    let emitter = CallbackEmitter::new(|event: CallbackEvent<'_>, _: Span<()>| match event {
        CallbackEvent::String { value } => Some(String::from_utf8_lossy(value).into_owned()),
        _ => None,
    });
    Tokenizer::new_with_emitter(reference, emitter)
        .map(|r| {
            let Ok(s) = r;
            s
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str) -> Document {
        document("p.html".into(), "p.html".into(), html)
    }

    /// Code-point index of `needle` in `haystack`.
    fn cp_index(haystack: &str, needle: &str) -> usize {
        haystack[..haystack.find(needle).unwrap()].chars().count()
    }

    #[test]
    fn maps_words_back_to_code_points_of_the_source() {
        let html = "<html><body><p>Zoë Brandt visited the  harbour.</p>\n<p>Then &ldquo;Kestrel&rdquo; sailed — north.</p></body></html>";
        let d = page(html);
        assert_eq!(
            d.text,
            "Zoë Brandt visited the harbour.\n\nThen “Kestrel” sailed — north."
        );
        for word in ["Brandt", "harbour", "Then", "Kestrel", "sailed", "north"] {
            let at = d.text.find(word).unwrap();
            assert_eq!(d.source_offset(at), cp_index(html, word), "{word}");
        }
        let quote = d.text.find('“').unwrap();
        assert_eq!(d.source_offset(quote), cp_index(html, "&ldquo;"));
    }

    #[test]
    fn skips_chrome_and_reads_metadata() {
        let html = r#"<!doctype html><html><head>
<title>Pier Reopens | Harbour Daily</title>
<meta property="og:title" content="Pier Reopens After Storm">
<meta property="og:site_name" content="Harbour Daily">
<meta property="article:published_time" content="2024-03-09T10:00:00Z">
<meta property="og:url" content="https://example.org/pier">
<script>var s = "<p>not text</p>";</script><style>p { color: red }</style>
</head><body class="nav-open">
<nav><a href="/">Home</a></nav>
<header><h1>Masthead</h1></header>
<article>
<h1>Pier Reopens After Storm</h1>
<figure><img src="a.jpg"><figcaption>The pier at dawn. Photo: Ines Falk</figcaption></figure>
<p>Workers finished repairs on Friday.<br>Boats returned at noon.</p>
<div class="social-share">Share on Facebook</div>
<p>Advertisement</p>
<div class="article-body"><p>Mayor Ada Lind cut the ribbon &amp; thanked the crews.</p></div>
<aside>Related: Storm damage tally</aside>
</article>
<footer>© 2024 Harbour Daily</footer>
</body></html>"#;
        let d = page(html);
        assert_eq!(d.title.as_deref(), Some("Pier Reopens After Storm"));
        assert_eq!(d.outlet.as_deref(), Some("Harbour Daily"));
        assert_eq!(d.published.as_deref(), Some("2024-03-09"));
        assert_eq!(d.url.as_deref(), Some("https://example.org/pier"));
        let words: Vec<&str> = d.text.split_whitespace().collect();
        assert_eq!(
            words.join(" "),
            "Workers finished repairs on Friday. Boats returned at noon. Mayor Ada Lind cut the ribbon & thanked the crews."
        );
        assert!(d.text.contains("Friday.\nBoats"));
        let at = d.text.find("Ada").unwrap();
        assert_eq!(d.source_offset(at), cp_index(html, "Ada"));
    }

    #[test]
    fn falls_back_to_title_element_and_time() {
        let html = "<title> Orchard\n Report </title><p>Growers met <time datetime=\"2023-11-02\">today</time>.</p>";
        let d = page(html);
        assert_eq!(d.title.as_deref(), Some("Orchard Report"));
        assert_eq!(d.published.as_deref(), Some("2023-11-02"));
        assert_eq!(d.text, "Growers met today.");
    }

    #[test]
    fn decodes_references_and_keeps_unknown_ones() {
        assert_eq!(reference("&amp; x").map(|r| r.0), Some(5));
        assert_eq!(reference("&#8217;s").unwrap().1, "’");
        assert_eq!(reference("&#x2014;").unwrap().1, "—");
        assert_eq!(reference("&#146;").unwrap().1, "’");
        assert_eq!(reference("&bogus; x"), None);
        assert_eq!(reference("& x"), None);
        let d = page("<p>Fish &amp chips cost &pound;5&nbsp;today &bogus;</p>");
        assert_eq!(d.text, "Fish & chips cost £5 today &bogus;");
    }

    #[test]
    fn unclosed_and_self_closed_elements_do_not_swallow_text() {
        let d = page("<p>One<svg/><p>Two</span><div class=menu>Nav</div><p>Three");
        assert_eq!(
            d.text.split_whitespace().collect::<Vec<_>>(),
            ["One", "Two", "Three"]
        );
    }

    /// Markup fragments glued at random: extraction must not panic, and the anchors must stay
    /// sorted, on character boundaries and inside the source.
    #[test]
    fn odd_markup_never_panics_and_anchors_stay_valid() {
        const PIECES: &[&str] = &[
            "<p>",
            "</p>",
            "<div class=nav>",
            "</div>",
            "<br/>",
            "<script>",
            "</script>",
            "<",
            "&",
            "&amp",
            "&#",
            "&#x;",
            "&#9999999999;",
            "&rsquo;",
            "é",
            "漢",
            " ",
            "\r\n",
            "word",
            "<a href='x'>",
            "</a",
            "<!--",
            "-->",
            "<title>",
            "</title>",
            "&nbsp;",
            "\u{ad}",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..2000 {
            let mut html = String::new();
            for _ in 0..12 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                html.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
            }
            let d = page(&html);
            let TextOrigin::Mapped {
                anchors,
                source_len_chars,
            } = &d.origin
            else {
                panic!("HTML is mapped");
            };
            assert_eq!(*source_len_chars, html.chars().count());
            assert!(anchors.windows(2).all(|w| w[0].0 < w[1].0), "{html:?}");
            for &(t, s) in anchors {
                assert!(d.text.is_char_boundary(t) && t < d.text.len(), "{html:?}");
                assert!(s < *source_len_chars, "{html:?}");
            }
            for at in 0..=d.text.len() {
                assert!(d.source_offset(at) <= *source_len_chars);
            }
        }
    }
}
