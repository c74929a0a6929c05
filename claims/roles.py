"""Who may do what: the desk's roles as Django groups.

Group names are part of the public contract; superusers count as every role.
"""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

EDITORS = "editors"
REVIEWERS = "reviewers"
READERS = "readers"
ALL_GROUPS = (EDITORS, REVIEWERS, READERS)

User = AbstractBaseUser | AnonymousUser


def group_names(user: User | None) -> frozenset[str]:
    """The user's group names, cached on the user object for the request."""
    if user is None or not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_factcheck_groups", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._factcheck_groups = cached
    return cached


def assignable_users():
    """Active users who may hold a claim: reviewers and editors."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=[REVIEWERS, EDITORS])
        .distinct()
        .order_by("username")
    )


def is_editor(user: User | None) -> bool:
    return bool(
        user and user.is_authenticated and (user.is_superuser or EDITORS in group_names(user))
    )


def is_reviewer(user: User | None) -> bool:
    """Reviewers and editors both work claims; editors can do all a reviewer can."""
    return is_editor(user) or REVIEWERS in group_names(user)


def is_staff_member(user: User | None) -> bool:
    """Anyone of the desk who may read unpublished work."""
    return is_reviewer(user) or READERS in group_names(user)
