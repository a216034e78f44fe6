from django.urls import path

from intl_office.relations import views

app_name = "relations"
urlpatterns = [
    *views.RelationViews.urls(),
    *views.AgreementViews.urls(),
    path("relations/<int:pk>/status/", views.RelationStatusView.as_view(), name="relation_status"),
]
