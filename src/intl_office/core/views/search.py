"""The header search: any record by name, acronym, place or organisation, among the record
types the user may see, through each type's own filter set (so confidential records stay hidden)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import TemplateView

from intl_office.core.views.generic import REGISTRY, permission

PER_TYPE = 20


class SearchView(LoginRequiredMixin, TemplateView):
    template_name = "core/search.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        query = self.request.GET.get("q", "").strip()
        groups = []
        if query:
            for model, views in REGISTRY.items():
                filterset = views.filterset
                if not filterset.search_fields or not self.request.user.has_perm(
                    permission(model, "view")
                ):
                    continue
                records = filterset().search(views.queryset_for(self.request), "q", query)
                found = list(records[: PER_TYPE + 1])
                if found:
                    groups.append(
                        {
                            "label": model._meta.verbose_name_plural,
                            "records": found[:PER_TYPE],
                            "more": len(found) > PER_TYPE,
                            "list_url": f"{views.url('list')}?{urlencode({'q': query})}",
                        }
                    )
        context.update(query=query, groups=groups)
        return context
