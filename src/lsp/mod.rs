//! The language server. (Placeholder.)
