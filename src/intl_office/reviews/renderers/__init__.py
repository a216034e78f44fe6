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


Render = Callable[[ReviewData], bytes]


def register(
    name: str, label: str, content_type: str, extension: str
) -> Callable[[Render], Render]:
    """Register the decorated function as the renderer of format ``name``."""

    def decorate(render: Render) -> Render:
        RENDERERS[name] = Renderer(name, label, content_type, extension, render)
        return render

    return decorate


def get_renderer(name: str) -> Renderer:
    return RENDERERS[name]


# Importing the modules registers them.
from intl_office.reviews.renderers import docx, html, infographic, markdown, pdf  # noqa: E402, F401
