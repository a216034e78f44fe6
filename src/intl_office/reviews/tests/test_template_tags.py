from __future__ import annotations

import pytest

from intl_office.reviews.templatetags.review_tags import paragraphs


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("One.\n\nTwo\nlines.", "<p>One.</p>\n<p>Two lines.</p>"),
        (
            "The city **grew** and *learned*.",
            "<p>The city <strong>grew</strong> and <em>learned</em>.</p>",
        ),
        (
            "See [the site](https://example.org).",
            '<p>See <a href="https://example.org">the site</a>.</p>',
        ),
        (
            "<script>x</script> [bad](javascript:alert(1))",
            "<p>&lt;script&gt;x&lt;/script&gt; [bad](javascript:alert(1))</p>",
        ),
        ("", ""),
    ],
)
def test_editorial_text_becomes_safe_html(text, html):
    assert paragraphs(text) == html
