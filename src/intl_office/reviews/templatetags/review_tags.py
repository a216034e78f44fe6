"""Small helpers for the review template."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import conditional_escape, format_html_join
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.filter
def item(mapping: dict[str, Any], key: str) -> Any:
    return mapping.get(key, "")


@register.filter
def paragraphs(text: str) -> SafeString:
    """Editorial text (Markdown paragraphs) as HTML paragraphs."""
    blocks = [b.strip() for b in (text or "").split("\n\n") if b.strip()]
    return format_html_join("\n", "<p>{}</p>", ((b.replace("\n", " "),) for b in blocks))


@register.simple_tag
def svg(svgs: dict[str, str], key: str) -> SafeString:
    # vl-convert's own output, not user input.
    return mark_safe(svgs.get(key, ""))


@register.filter
def escape_all(value: Any) -> str:
    return str(conditional_escape(value))
