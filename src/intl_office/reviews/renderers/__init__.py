"""Renderers turn a :class:`~intl_office.reviews.selectors.ReviewData` into the bytes of one
format, registered by name (``html``, ``pdf``, ``docx``, ``md``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from intl_office.reviews.selectors import ReviewData


@dataclass(frozen=True)
class Renderer:
    name: str
    label: str
    content_type: str
    extension: str
    render: Callable[[ReviewData], bytes]


RENDERERS: dict[str, Renderer] = {}


def register(name: str, label: str, content_type: str, extension: str):  # type: ignore[no-untyped-def]
    def decorate(render: Callable[[ReviewData], bytes]) -> Callable[[ReviewData], bytes]:
        RENDERERS[name] = Renderer(name, label, content_type, extension, render)
        return render

    return decorate


def get_renderer(name: str) -> Renderer:
    return RENDERERS[name]


# Importing the modules registers them.
from intl_office.reviews.renderers import docx, html, infographic, markdown, pdf  # noqa: E402, F401
