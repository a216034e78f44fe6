"""Generic record views, written once: list, detail, create, edit, delete, import (with its
template) and export. A model gets all of them by declaring a :class:`ModelViews` subclass with
its queryset, form, filter set and table; ``urls()`` gives its URL patterns.
"""

from __future__ import annotations

from typing import Any, ClassVar

from auditlog.models import LogEntry
from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import QuerySet
from django.http import (
    FileResponse,
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    HttpResponseRedirect,
)
from django.shortcuts import get_object_or_404
from django.urls import URLPattern, path, reverse
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import CreateView, DeleteView, DetailView, FormView, UpdateView, View
from django_filters.views import FilterView
from django_tables2 import SingleTableMixin

from intl_office.core import exchange
from intl_office.core.forms import AttachmentForm, JournalNoteForm, RecordForm
from intl_office.core.services import record_delete

REGISTRY: dict[type[models.Model], type[ModelViews]] = {}


def permission(model: type[models.Model], action: str) -> str:
    return f"{model._meta.app_label}.{action}_{model._meta.model_name}"


def _detail_url(record: models.Model) -> str:
    return REGISTRY[type(record)].url("detail", record.pk)


class ModelViews:
    """The declaration of one record type's views.

    ``related`` names reverse relations (``related_name``) shown on the detail page;
    ``actions`` are extra buttons on the detail page: (URL name, label, permission)."""

    model: ClassVar[type[models.Model]]
    form: ClassVar[type[RecordForm]]
    filterset: ClassVar[type[Any]]
    table: ClassVar[type[Any]]
    select_related: ClassVar[tuple[str, ...]] = ()
    # Reverse relations the export needs (the form's many-to-many fields are prefetched).
    prefetch_related: ClassVar[tuple[str, ...]] = ()
    related: ClassVar[tuple[str, ...]] = ()
    actions: ClassVar[tuple[tuple[str, Any, str], ...]] = ()
    importable: ClassVar[bool] = True
    url_prefix: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "model" in cls.__dict__:
            REGISTRY[cls.model] = cls
            if not hasattr(cls.model, "get_absolute_url"):
                # A record without a page of its own elsewhere gets this one (as Django's
                # ABSOLUTE_URL_OVERRIDES would do from the settings).
                cls.model.get_absolute_url = _detail_url  # type: ignore[attr-defined]

    @classmethod
    def queryset_for(cls, request: HttpRequest) -> QuerySet[Any]:
        """The records ``request.user`` may see. Override to hide some (confidential ones)."""
        return cls.model._default_manager.select_related(*cls.select_related)

    @classmethod
    def name(cls, view: str) -> str:
        return f"{cls.model._meta.model_name}_{view}"

    @classmethod
    def url(cls, view: str, *args: Any) -> str:
        return reverse(f"{cls.model._meta.app_label}:{cls.name(view)}", args=args)

    @classmethod
    def slug(cls) -> str:
        # URLs stay the same in every interface language.
        with translation.override("en"):
            return cls.url_prefix or slugify(str(cls.model._meta.verbose_name_plural))

    @classmethod
    def urls(cls) -> list[URLPattern]:
        s = cls.slug()
        patterns = [
            path(f"{s}/", RecordListView.as_view(viewset=cls), name=cls.name("list")),
            path(f"{s}/new/", RecordCreateView.as_view(viewset=cls), name=cls.name("create")),
            path(f"{s}/export/", RecordExportView.as_view(viewset=cls), name=cls.name("export")),
            path(f"{s}/<int:pk>/", RecordDetailView.as_view(viewset=cls), name=cls.name("detail")),
            path(
                f"{s}/<int:pk>/edit/",
                RecordUpdateView.as_view(viewset=cls),
                name=cls.name("update"),
            ),
            path(
                f"{s}/<int:pk>/delete/",
                RecordDeleteView.as_view(viewset=cls),
                name=cls.name("delete"),
            ),
        ]
        if hasattr(cls.model, "journal"):
            patterns += [
                path(
                    f"{s}/<int:pk>/note/",
                    JournalNoteView.as_view(viewset=cls),
                    name=cls.name("note"),
                ),
                path(
                    f"{s}/<int:pk>/attachments/",
                    AttachmentAddView.as_view(viewset=cls),
                    name=cls.name("attach"),
                ),
                path(
                    f"{s}/<int:pk>/attachments/<int:attachment>/",
                    AttachmentDownloadView.as_view(viewset=cls),
                    name=cls.name("attachment"),
                ),
            ]
        if cls.importable:
            patterns += [
                path(
                    f"{s}/import/", RecordImportView.as_view(viewset=cls), name=cls.name("import")
                ),
                path(
                    f"{s}/import/template.xlsx",
                    RecordImportTemplateView.as_view(viewset=cls),
                    name=cls.name("import_template"),
                ),
            ]
        return patterns


class RecordViewMixin(LoginRequiredMixin, PermissionRequiredMixin):
    viewset: type[ModelViews] | None = None
    action = "view"
    request: HttpRequest

    @property
    def vs(self) -> type[ModelViews]:
        assert self.viewset is not None
        return self.viewset

    def get_permission_required(self) -> list[str]:
        return [permission(self.vs.model, self.action)]

    def get_queryset(self) -> QuerySet[Any]:
        return self.vs.queryset_for(self.request)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)  # type: ignore[misc]
        user = self.request.user
        opts = self.vs.model._meta
        context.update(
            viewset=self.vs,
            opts=opts,
            urls={
                "list": self.vs.url("list"),
                "create": self.vs.url("create"),
                "export": self.vs.url("export"),
                "import": self.vs.url("import") if self.vs.importable else "",
            },
            can={
                a: user.has_perm(permission(self.vs.model, a)) for a in ("add", "change", "delete")
            },
        )
        return context


class RecordListView(RecordViewMixin, SingleTableMixin, FilterView):
    template_name = "core/record_list.html"
    paginate_by = 25

    def get_table_class(self) -> type[Any]:
        return self.vs.table

    def get_filterset_class(self) -> type[Any]:
        return self.vs.filterset

    def get_template_names(self) -> list[str]:
        if self.request.headers.get("HX-Request") and not self.request.headers.get("HX-Boosted"):
            return ["core/_record_results.html"]
        return [self.template_name]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["query"] = self.request.GET.urlencode()
        return context


class RecordDetailView(RecordViewMixin, DetailView):
    template_name = "core/record_detail.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        obj = self.object
        user = self.request.user
        context["fields"] = detail_fields(obj, self.vs.form, user)
        related = []
        for accessor in self.vs.related:
            field = obj._meta.get_field(accessor)
            rel_model = field.related_model
            if not user.has_perm(permission(rel_model, "view")):
                continue
            rel_views = REGISTRY.get(rel_model)
            queryset = (
                rel_views.queryset_for(self.request)
                if rel_views
                else rel_model._default_manager.all()
            )
            records = queryset.filter(**{field.field.name: obj})[:100]  # type: ignore[union-attr]
            related.append((rel_model._meta.verbose_name_plural, records))
        context["related"] = related
        if hasattr(obj, "journal"):
            context["journal"] = obj.journal.select_related("author")
            context["attachments"] = obj.attachments.all()
        context["history"] = (
            LogEntry.objects.get_for_object(obj).select_related("actor").order_by("-timestamp")[:50]
        )
        context["actions"] = [
            (reverse(url, args=[obj.pk]), label)
            for url, label, perm in self.vs.actions
            if user.has_perm(perm)
        ]
        if hasattr(obj, "journal") and user.has_perm("core.add_journalentry"):
            context["actions"].append((self.vs.url("note", obj.pk), _("Add a note")))
        if hasattr(obj, "journal") and user.has_perm("core.add_attachment"):
            context["actions"].append((self.vs.url("attach", obj.pk), _("Add a file")))
        return context


def detail_fields(
    obj: models.Model, form: type[forms.ModelForm], user: Any
) -> list[tuple[str, Any, str]]:
    """(label, value, link) of the fields a user enters, for the detail page. Links to records
    the user may not view (contact people, for a reader) are left out."""
    rows: list[tuple[str, Any, str]] = []
    for name in form.base_fields:
        try:
            field = obj._meta.get_field(name)
        except Exception:  # a form field that is not a model field (desk contact topics)
            continue
        related = field.related_model
        if (
            field.is_relation
            and not field.one_to_many
            and related is not None
            and not user.has_perm(permission(related, "view"))  # type: ignore[arg-type]
        ):
            continue
        label = str(getattr(field, "verbose_name", form.base_fields[name].label))
        link = ""
        if field.many_to_many or field.one_to_many:
            value: Any = ", ".join(str(o) for o in getattr(obj, name).all())
        elif field.is_relation:
            value = getattr(obj, name)
            link = value.get_absolute_url() if hasattr(value, "get_absolute_url") else ""
        elif getattr(field, "choices", None):
            value = getattr(obj, f"get_{name}_display")()
        else:
            value = getattr(obj, name)
        if value in (None, ""):
            value = "—"
        rows.append((label, value, link))
    return rows


class RecordFormMixin(RecordViewMixin):
    template_name: str | None = "core/record_form.html"

    def get_form_class(self) -> type[RecordForm]:
        return self.vs.form

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()  # type: ignore[misc]
        kwargs["user"] = self.request.user
        return kwargs

    def form_valid(self, form: RecordForm) -> HttpResponse:
        try:
            with transaction.atomic():
                self.object = form.save()
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)  # type: ignore[attr-defined, no-any-return]
        messages.success(self.request, _("Saved: %(record)s.") % {"record": self.object})
        return HttpResponseRedirect(self.object.get_absolute_url())


class RecordCreateView(RecordFormMixin, CreateView):
    action = "add"


class RecordUpdateView(RecordFormMixin, UpdateView):
    action = "change"


class RecordDeleteView(RecordViewMixin, DeleteView):
    action = "delete"
    template_name = "core/record_confirm_delete.html"

    def form_valid(self, form: Any) -> HttpResponse:
        obj = self.get_object()
        try:
            record_delete(obj)
        except ValidationError as error:
            messages.error(self.request, " ".join(error.messages))
            return HttpResponseRedirect(obj.get_absolute_url())
        messages.success(self.request, _("Deleted: %(record)s.") % {"record": obj})
        return HttpResponseRedirect(self.vs.url("list"))


class RecordExportView(RecordViewMixin, View):
    """The current filtered list as XLSX or CSV, in the columns of the import template."""

    def get(self, request: HttpRequest) -> HttpResponse:
        queryset = self.get_queryset()
        m2m = [
            f.name for f in self.vs.model._meta.many_to_many if f.name in self.vs.form.base_fields
        ]
        queryset = queryset.prefetch_related(*m2m, *self.vs.prefetch_related)
        filterset = self.vs.filterset(request.GET, queryset=queryset, request=request)
        rows = [self.vs.form.values_of(obj) for obj in filterset.qs]
        columns = list(self.vs.form.base_fields)
        name = self.vs.slug()
        if request.GET.get("format") == "csv":
            return exchange.csv_response(name, columns, rows)
        return exchange.xlsx_response(name, columns, rows)


class RecordImportTemplateView(RecordViewMixin, View):
    action = "add"

    def get(self, request: HttpRequest) -> HttpResponse:
        return exchange.template_response(self.vs.slug(), self.vs.form)


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy("XLSX or CSV (comma or semicolon; UTF-8 or Windows-1252)."),
    )
    dry_run = forms.BooleanField(
        label=gettext_lazy("Dry run: check the file, save nothing"), required=False, initial=True
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class RecordImportView(RecordViewMixin, FormView):
    action = "add"
    template_name = "core/record_import.html"
    form_class = ImportForm

    def form_valid(self, form: ImportForm) -> HttpResponse:
        try:
            rows = exchange.read_rows(form.cleaned_data["file"])
        except exchange.UnreadableFile as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        result = exchange.import_rows(
            self.vs.form, rows, user=self.request.user, dry_run=form.cleaned_data["dry_run"]
        )
        if result.saved and not form.cleaned_data["dry_run"]:
            messages.success(
                self.request, _("Imported %(count)s records.") % {"count": result.saved}
            )
            return HttpResponseRedirect(self.vs.url("list"))
        return self.render_to_response(self.get_context_data(form=form, result=result))


class RecordActionView(LoginRequiredMixin, PermissionRequiredMixin, FormView):
    """A form that acts on one record through a service (change a status, cancel). The form
    takes ``record`` and ``user`` and its ``save()`` calls the service."""

    viewset: type[ModelViews] | None = None
    title: Any = ""
    template_name = "core/record_action.html"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        assert self.viewset is not None
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not request.user.has_perm(permission(self.viewset.model, "view")):
            raise PermissionDenied
        self.record = get_object_or_404(self.viewset.queryset_for(request), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self) -> dict[str, Any]:
        return {**super().get_form_kwargs(), "record": self.record, "user": self.request.user}

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return {**super().get_context_data(**kwargs), "object": self.record, "title": self.title}

    def form_valid(self, form: Any) -> HttpResponse:
        try:
            with transaction.atomic():
                form.save()
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
            return self.form_invalid(form)
        messages.success(self.request, _("Saved: %(record)s.") % {"record": self.record})
        return HttpResponseRedirect(self.record.get_absolute_url())


class JournalNoteView(RecordActionView):
    permission_required = "core.add_journalentry"
    form_class = JournalNoteForm
    title = gettext_lazy("Add a note")


class AttachmentAddView(RecordActionView):
    permission_required = "core.add_attachment"
    form_class = AttachmentForm
    title = gettext_lazy("Add a file")
    template_name = "core/record_action_upload.html"


class AttachmentDownloadView(RecordViewMixin, View):
    """A record's file, to users who may see the record (files are not public media)."""

    def get(self, request: HttpRequest, pk: int, attachment: int) -> FileResponse:
        record = get_object_or_404(self.get_queryset(), pk=pk)
        if not request.user.has_perm("core.view_attachment"):
            raise PermissionDenied
        found = get_object_or_404(record.attachments.all(), pk=attachment)
        return FileResponse(found.file.open("rb"), as_attachment=True)
