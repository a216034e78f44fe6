"""Pages of ``pageSize`` records: ``count``, ``next``, ``previous`` and ``results``."""

from __future__ import annotations

from rest_framework.pagination import PageNumberPagination


class Pagination(PageNumberPagination):
    page_query_param = "page"
    page_size_query_param = "pageSize"
    page_size = 50
    max_page_size = 500
