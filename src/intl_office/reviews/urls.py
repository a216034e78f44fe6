from django.urls import path

from intl_office.reviews import views

app_name = "reviews"

urlpatterns = [
    path("", views.review_index, name="index"),
    *views.NarrativeViews.urls(),
    path("<slug:slug>/", views.review_page, name="page"),
    path("<slug:slug>/download/<str:format>", views.review_download, name="download"),
]
