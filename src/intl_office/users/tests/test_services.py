from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError

from intl_office.users.models import User
from intl_office.users.roles import (
    ADMINISTRATOR,
    EU_PROJECTS_OFFICER,
    POLICY_ADVISOR,
    READER,
    ROLES,
    WELCOME_DESK,
)
from intl_office.users.services import roles_sync, user_create_for_role

pytestmark = pytest.mark.django_db


def group_permissions() -> dict[str, set[str]]:
    return {
        group.name: {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}
        for group in Group.objects.prefetch_related("permissions__content_type")
    }


def test_roles_sync_is_idempotent():
    first = roles_sync()
    before = group_permissions()
    second = roles_sync()

    assert first == second
    assert group_permissions() == before
    assert Group.objects.count() == len(ROLES)
    assert set(before) == {role.name for role in ROLES}


def test_roles_sync_restores_a_group_edited_by_hand():
    roles_sync()
    reader = Group.objects.get(name=READER)
    reader.permissions.add(Permission.objects.get(codename="delete_relation"))

    roles_sync()

    assert "relations.delete_relation" not in group_permissions()[READER]


def test_administrator_has_every_permission():
    roles_sync()
    assert len(group_permissions()[ADMINISTRATOR]) == Permission.objects.count()


# (role, permission, granted)
CASES = [
    (POLICY_ADVISOR, "relations.change_relation", True),
    (POLICY_ADVISOR, "relations.add_agreement", True),
    (POLICY_ADVISOR, "activities.change_activity", True),
    (POLICY_ADVISOR, "indicators.add_observation", True),
    (POLICY_ADVISOR, "relations.view_confidential", True),
    (POLICY_ADVISOR, "reviews.generate_review", True),
    (POLICY_ADVISOR, "eu_projects.view_euproject", True),
    (POLICY_ADVISOR, "eu_projects.change_euproject", False),
    (POLICY_ADVISOR, "welcome_desk.add_deskcontact", False),
    (POLICY_ADVISOR, "users.add_user", False),
    (EU_PROJECTS_OFFICER, "eu_projects.change_euproject", True),
    (EU_PROJECTS_OFFICER, "eu_projects.add_projecttask", True),
    (EU_PROJECTS_OFFICER, "relations.view_relation", True),
    (EU_PROJECTS_OFFICER, "relations.change_relation", False),
    (EU_PROJECTS_OFFICER, "relations.view_confidential", False),
    (EU_PROJECTS_OFFICER, "activities.change_activity", False),
    (WELCOME_DESK, "welcome_desk.add_deskcontact", True),
    (WELCOME_DESK, "welcome_desk.change_formality", True),
    (WELCOME_DESK, "welcome_desk.add_satisfactionsurvey", True),
    (WELCOME_DESK, "indicators.view_observation", True),
    (WELCOME_DESK, "core.view_person", False),
    (WELCOME_DESK, "relations.view_relation", False),
    (WELCOME_DESK, "eu_projects.view_euproject", False),
    (READER, "relations.view_relation", True),
    (READER, "welcome_desk.view_deskcontact", True),
    (READER, "reviews.generate_review", True),
    (READER, "core.view_person", False),
    (READER, "relations.view_confidential", False),
    (READER, "relations.change_relation", False),
    (READER, "reviews.add_narrative", False),
]


@pytest.mark.parametrize(("role", "permission", "granted"), CASES)
def test_role_permissions(user_in_role, role, permission, granted):
    user = user_in_role(role)
    assert user.has_perm(permission) is granted


def test_reader_can_only_view_and_generate_reviews():
    roles_sync()
    extra = {
        p for p in group_permissions()[READER] if p.split(".", 1)[1].split("_", 1)[0] != "view"
    }
    assert extra == {"reviews.generate_review"}
    # and every permission it has is a default "view" permission of a model
    for perm in Group.objects.get(name=READER).permissions.select_related("content_type"):
        assert perm.codename in ("generate_review", f"view_{perm.content_type.model}")


class TestCreateUserForRole:
    def test_user_is_in_the_role_and_can_log_in_with_the_password(self):
        user, password = user_create_for_role(username="anna", role=WELCOME_DESK)

        user = User.objects.get(username="anna")
        assert user.role_names == [WELCOME_DESK]
        assert user.check_password(password)
        assert len(password) >= 12
        assert user.is_staff and not user.is_superuser
        assert user.has_perm("welcome_desk.add_deskcontact")

    def test_given_password_is_used(self):
        user, password = user_create_for_role(
            username="bert", role=READER, password="s3cret-enough!"
        )
        assert password == "s3cret-enough!"
        assert user.check_password("s3cret-enough!")

    def test_administrator_is_superuser(self):
        user, _ = user_create_for_role(username="admin", role=ADMINISTRATOR)
        assert user.is_superuser

    def test_unknown_role_creates_no_user(self):
        with pytest.raises(Group.DoesNotExist):
            user_create_for_role(username="carla", role="intern")
        assert not User.objects.filter(username="carla").exists()

    def test_duplicate_username_is_refused(self):
        user_create_for_role(username="dirk", role=READER)
        with pytest.raises(ValidationError):
            user_create_for_role(username="dirk", role=WELCOME_DESK)
        assert User.objects.filter(username="dirk").count() == 1
