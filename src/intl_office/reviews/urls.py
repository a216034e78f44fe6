from django.urls import path

from intl_office.reviews import views

app_name = "reviews"

urlpatterns = [
    path("<slug:slug>/", views.review_page, name="page"),
    path("<slug:slug>/download/<str:format>", views.review_download, name="download"),
]
