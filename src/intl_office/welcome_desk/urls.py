from django.urls import path

from intl_office.welcome_desk import views

app_name = "welcome_desk"
urlpatterns = [
    path("", views.QuickEntryView.as_view(), name="quick_entry"),
    *views.DeskContactViews.urls(),
    *views.FormalityViews.urls(),
    *views.ClientAgreementViews.urls(),
    *views.SatisfactionSurveyViews.urls(),
    *views.WelcomeServiceViews.urls(),
]
