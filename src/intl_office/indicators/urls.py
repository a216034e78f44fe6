from intl_office.indicators import views

app_name = "indicators"
urlpatterns = [
    *views.IndicatorViews.urls(),
    *views.ObservationViews.urls(),
    *views.TargetViews.urls(),
]
