"""Views of the welcome desk: declarations on the generic views, and the quick entry."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import FormView

from intl_office.core.views.generic import ModelViews
from intl_office.welcome_desk import filtersets, forms, tables
from intl_office.welcome_desk.choices import Channel, Topic
from intl_office.welcome_desk.models import (
    ClientAgreement,
    DeskContact,
    Formality,
    SatisfactionSurvey,
    WelcomeService,
)
from intl_office.welcome_desk.selectors import (
    desk_contacts_in,
    desk_contacts_per_channel,
    desk_contacts_per_topic,
)


class DeskContactViews(ModelViews):
    model = DeskContact
    form = forms.DeskContactForm
    filterset = filtersets.DeskContactFilterSet
    table = tables.DeskContactTable
    select_related = ("client_organisation",)
    prefetch_related = ("topics",)
    related = ("topics",)
    url_prefix = "contacts"


class FormalityViews(ModelViews):
    model = Formality
    form = forms.FormalityForm
    filterset = filtersets.FormalityFilterSet
    table = tables.FormalityTable
    select_related = ("client_organisation",)


class ClientAgreementViews(ModelViews):
    model = ClientAgreement
    form = forms.ClientAgreementForm
    filterset = filtersets.ClientAgreementFilterSet
    table = tables.ClientAgreementTable
    select_related = ("organisation",)


class SatisfactionSurveyViews(ModelViews):
    model = SatisfactionSurvey
    form = forms.SatisfactionSurveyForm
    filterset = filtersets.SatisfactionSurveyFilterSet
    table = tables.SatisfactionSurveyTable
    url_prefix = "surveys"


class WelcomeServiceViews(ModelViews):
    model = WelcomeService
    form = forms.WelcomeServiceForm
    filterset = filtersets.WelcomeServiceFilterSet
    table = tables.WelcomeServiceTable
    select_related = ("owner",)
    url_prefix = "services"


class QuickEntryView(LoginRequiredMixin, PermissionRequiredMixin, FormView):
    """One screen to record a contact in a few clicks or keys, with today's tally beside it."""

    permission_required = "welcome_desk.add_deskcontact"
    template_name = "welcome_desk/quick_entry.html"
    form_class = forms.DeskContactForm

    def get_initial(self) -> dict[str, Any]:
        return {"channel": self.request.GET.get("channel", "visit")}

    def get_form_kwargs(self) -> dict[str, Any]:
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        today = timezone.localdate()
        context = super().get_context_data(**kwargs)
        context.update(
            today=today,
            total=desk_contacts_in(today, today).count(),
            per_channel=[
                (Channel(str(t.key)).label, t.count)
                for t in desk_contacts_per_channel(today, today)
            ],
            per_topic=[
                (Topic(str(t.key)).label, t.count) for t in desk_contacts_per_topic(today, today)
            ],
        )
        return context

    def form_valid(self, form: forms.DeskContactForm) -> HttpResponse:
        try:
            form.save()
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Contact recorded."))
        channel = form.cleaned_data["channel"]
        return HttpResponseRedirect(f"{reverse('welcome_desk:quick_entry')}?channel={channel}")
