from __future__ import annotations

import factory
from django.contrib.auth.models import Group

from intl_office.users.models import User


class UserFactory(factory.django.DjangoModelFactory):
    """A member of staff; ``roles=["reader"]`` puts them in role groups (made by ``roles_sync``)."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"staff{n}")
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    email = factory.LazyAttribute(lambda o: f"{o.username}@gemeente.example")
    is_staff = True
    password = factory.django.Password("correct horse battery staple")

    @factory.post_generation
    def roles(self, create: bool, extracted: list[str] | None, **kwargs: object) -> None:
        if create and extracted:
            self.groups.add(*Group.objects.filter(name__in=extracted))
