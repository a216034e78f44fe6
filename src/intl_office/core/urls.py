from django.urls import path

from intl_office.core.views import dashboard, records, search

app_name = "core"
urlpatterns = [
    path("", dashboard.DashboardView.as_view(), name="dashboard"),
    path("search/", search.SearchView.as_view(), name="search"),
    *records.PlaceViews.urls(),
    *records.OrganisationViews.urls(),
    *records.PersonViews.urls(),
    *records.ThemeViews.urls(),
    *records.SourceViews.urls(),
    *records.PolicyPeriodViews.urls(),
    *records.PolicyLineViews.urls(),
    *records.MissionStatementViews.urls(),
]
