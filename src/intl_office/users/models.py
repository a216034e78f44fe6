"""The product's user model, in place from the first migration so it can grow without pain."""

from django.contrib.auth.models import AbstractUser
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A member of staff. Roles are groups (see ``users/roles.py``)."""

    class Meta:
        ordering = ["username"]
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @property
    def role_names(self) -> list[str]:
        return [group.name for group in self.groups.all()]
