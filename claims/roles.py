"""The desk's roles as Django groups: the group names and who belongs to them.

Group names are part of the public contract. What each role may do is the rulebook's
business (claims.rulebook); the `is_*` helpers here only forward to it for older callers.
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
