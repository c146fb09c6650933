//! Two pieces of work side by side on a scoped thread, for the serial steps of a build that
//! rayon's pool does not run (it may not exist yet, or be busy with the other piece).

/// Runs `background` on a new scoped thread while `foreground` runs on this one, and returns
/// both results. A panic on the other thread goes on on this one.
pub(crate) fn side_by_side<A: Send, B>(
    background: impl FnOnce() -> A + Send,
    foreground: impl FnOnce() -> B,
) -> (A, B) {
    std::thread::scope(|scope| {
        let other = scope.spawn(background);
        let here = foreground();
        let there = other
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (there, here)
    })
}
