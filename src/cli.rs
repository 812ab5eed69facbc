//! The command line's `summarize` and `sentences` commands. (Placeholder.)
