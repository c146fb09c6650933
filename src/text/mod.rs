//! Stage 2: sentences and tokens with byte offsets into the document text.

mod sentence;
mod token;

pub use sentence::{Sentence, split_sentences};
pub use token::{Token, TokenKind, tokenize};
