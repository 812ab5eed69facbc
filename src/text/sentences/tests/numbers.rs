//! Numbers, URLs, e-mail addresses, file and domain names.

use super::check;

#[test]
fn numbers() {
    check(
        "It rose 3.5 percent to $1.2bn. Sales of 1,000 units rose 2.5%. Version 1.2.3 shipped.",
        &[
            "It rose 3.5 percent to $1.2bn.",
            "Sales of 1,000 units rose 2.5%.",
            "Version 1.2.3 shipped.",
        ],
    );
    check(
        "See No. 5 and Fig. 3 on p. 12.",
        &["See No. 5 and Fig. 3 on p. 12."],
    );
    check("No. That is wrong.", &["No.", "That is wrong."]);
    check(
        "The meeting is on Jan. 5 and Feb. 12. It starts at 10:30 a.m. sharp.",
        &[
            "The meeting is on Jan. 5 and Feb. 12.",
            "It starts at 10:30 a.m. sharp.",
        ],
    );
    check(
        "It ended in 2010. 2011 was better.",
        &["It ended in 2010.", "2011 was better."],
    );
}

#[test]
fn urls_emails_files_domains() {
    check(
        "Go to https://example.com/a.b?x=1 now. Mail jane.doe@example.co.uk today. Open report.pdf and main.rs first. Amazon.com grew.",
        &[
            "Go to https://example.com/a.b?x=1 now.",
            "Mail jane.doe@example.co.uk today.",
            "Open report.pdf and main.rs first.",
            "Amazon.com grew.",
        ],
    );
    check(
        "Visit www.example.org. It is free.",
        &["Visit www.example.org.", "It is free."],
    );
}
