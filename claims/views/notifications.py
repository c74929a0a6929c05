"""The inbox: a person's notifications, marking them read, and which kinds they want."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims.forms_notifications import PreferencesForm
from claims.models import Notification
from claims.views.access import desk_member_required

INBOX_PAGE_SIZE = 30


@desk_member_required
def inbox(request: HttpRequest) -> HttpResponse:
    mine = Notification.objects.for_user(request.user).select_related("claim", "actor")
    page = Paginator(mine, INBOX_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "claims/notifications.html", {"page": page})


def _back(request: HttpRequest) -> HttpResponse:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect("notifications")


@require_POST
@desk_member_required
def mark_read(request: HttpRequest, pk: int) -> HttpResponse:
    notification = get_object_or_404(Notification.objects.for_user(request.user), pk=pk)
    if not notification.read:
        Notification.objects.filter(pk=notification.pk).update(read=True)
    return _back(request)


@require_POST
@desk_member_required
def mark_all_read(request: HttpRequest) -> HttpResponse:
    count = Notification.objects.for_user(request.user).unread().update(read=True)
    messages.success(request, _("%(count)d notification(s) marked as read.") % {"count": count})
    return _back(request)


@desk_member_required
def preferences(request: HttpRequest) -> HttpResponse:
    form = PreferencesForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Notification settings saved."))
        return redirect("notification-settings")
    return render(request, "claims/notification_settings.html", {"form": form})
