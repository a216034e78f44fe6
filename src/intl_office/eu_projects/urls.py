from intl_office.eu_projects import views

app_name = "eu_projects"
urlpatterns = [
    *views.EUProjectViews.urls(),
    *views.ProgrammeViews.urls(),
    *views.StrategyViews.urls(),
    *views.HandbookViews.urls(),
    *views.ProjectPartnerViews.urls(),
    *views.ProjectTaskViews.urls(),
    *views.HandbookPhaseViews.urls(),
    *views.HandbookTaskViews.urls(),
    *views.StrategyCoreThemeViews.urls(),
]
