"""Small helpers for the review template."""

from __future__ import annotations

import re
from typing import Any

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.filter
def item(mapping: dict[str, Any], key: str) -> Any:
    return mapping.get(key, "")


_STRONG = re.compile(r"\*\*(.+?)\*\*")
_EMPHASIS = re.compile(r"(?<![*\w])[*_](?![*\s])(.+?)(?<![*\s])[*_](?![*\w])")
_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+|/[^)\s]*)\)")


def inline_markdown(text: str) -> str:
    """The inline Markdown of editorial text (bold, emphasis, links) as HTML; the text is
    escaped first, so only these three constructs become markup."""
    html = str(conditional_escape(text))
    html = _LINK.sub(r'<a href="\2">\1</a>', html)
    html = _STRONG.sub(r"<strong>\1</strong>", html)
    return _EMPHASIS.sub(r"<em>\1</em>", html)


@register.filter
def paragraphs(text: str) -> SafeString:
    """Editorial text (Markdown paragraphs) as HTML paragraphs."""
    blocks = [b.strip().replace("\n", " ") for b in (text or "").split("\n\n") if b.strip()]
    return mark_safe("\n".join(f"<p>{inline_markdown(b)}</p>" for b in blocks))


@register.simple_tag
def svg(svgs: dict[str, str], key: str) -> SafeString:
    # vl-convert's own output, not user input.
    return mark_safe(svgs.get(key, ""))


@register.filter
def escape_all(value: Any) -> str:
    return str(conditional_escape(value))
