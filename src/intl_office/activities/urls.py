from django.urls import path

from intl_office.activities import views

app_name = "activities"
urlpatterns = [
    path("calendar/", views.CalendarView.as_view(), name="calendar"),
    path("calendar/feed/<str:key>.ics", views.calendar_feed, name="calendar_feed"),
    *views.ActivityViews.urls(),
    path("activities/<int:pk>/cancel/", views.ActivityCancelView.as_view(), name="activity_cancel"),
]
