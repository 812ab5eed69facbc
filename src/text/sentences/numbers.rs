//! Numbers: Roman numerals (list markers, regnal numbers).

/// Small Roman numerals (I to XXXIX), any case.
pub(super) fn is_roman(w: &[u8]) -> bool {
    !w.is_empty()
        && w.len() <= 6
        && w.iter()
            .all(|c| matches!(c.to_ascii_lowercase(), b'i' | b'v' | b'x'))
}
