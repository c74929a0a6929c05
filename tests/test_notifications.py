"""Notifications: who hears about what, in the inbox, by e-mail and through the API."""

import logging

import pytest
from django.core.mail.backends import locmem
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims import notifications, workflow
from claims.models import Notification, NotificationPreference
from claims.notifications import send_mail_job
from tests.jobs_support import run_jobs

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _emails(editor, editor2, reviewer, reviewer2):
    for user in (editor, editor2, reviewer, reviewer2):
        user.email = f"{user.username}@desk.example.org"
        user.save()


def _kinds(user) -> list[str]:
    return list(Notification.objects.filter(recipient=user).values_list("kind", flat=True))


@pytest.mark.django_db(transaction=True)
def test_assigning_notifies_the_assignee_in_the_app_and_by_mail(
    claim_in, editor, reviewer2, mailoutbox, django_capture_on_commit_callbacks
):
    claim = claim_in("queued")
    with django_capture_on_commit_callbacks(execute=True):
        workflow.perform(claim, "assign", editor, assignee=reviewer2)
    assert _kinds(reviewer2) == ["assigned"]
    assert mailoutbox == []  # sent by a job, not in the editor's request
    run_jobs()
    assert [m.to for m in mailoutbox] == [["rev2@desk.example.org"]]
    assert f"/claims/{claim.pk}/" in mailoutbox[0].body


def test_taking_a_claim_yourself_notifies_nobody(claim_in, reviewer):
    claim = claim_in("queued")
    workflow.perform(claim, "take", reviewer)
    assert not Notification.objects.exists()


def test_send_back_tells_the_reviewer_with_the_editors_comment(claim_in, editor, reviewer):
    claim = claim_in("submitted")
    workflow.perform(claim, "send_back", editor, comment="Second source, please.")
    notification = Notification.objects.get(recipient=reviewer, kind="sent_back")
    assert (notification.text, notification.actor) == ("Second source, please.", editor)


def test_submitting_tells_every_editor_but_not_the_submitter(claim_in, editor, editor2, reviewer):
    claim_in("submitted")
    assert _kinds(editor) == ["submitted"]
    assert _kinds(editor2) == ["submitted"]
    assert _kinds(reviewer) == []


def test_publishing_and_correcting_tell_the_reviewer(claim_in, editor, reviewer):
    claim = claim_in("published")
    workflow.perform(claim, "reopen", editor, comment="The figure was for April.")
    assert sorted(_kinds(reviewer)) == ["corrected", "published"]


def test_mention_in_a_note_notifies_desk_members_named(
    claim_in, reviewer, reviewer2, editor2, outsider
):
    claim = claim_in("in_review")
    workflow.add_note(
        claim,
        reviewer,
        body="@rev2 and @ed2., please look. Not @nobody, not @rev or mail@rev2.example.org",
    )
    assert _kinds(reviewer2) == ["mention"]
    assert _kinds(editor2) == ["mention"]
    assert _kinds(outsider) == []
    assert _kinds(reviewer) == []


@pytest.mark.django_db(transaction=True)
def test_switched_off_kinds_are_not_delivered(
    claim_in, editor, reviewer2, mailoutbox, django_capture_on_commit_callbacks
):
    NotificationPreference.objects.create(user=reviewer2, kind="assigned", in_app=False)
    claim = claim_in("queued")
    with django_capture_on_commit_callbacks(execute=True):
        workflow.perform(claim, "assign", editor, assignee=reviewer2)
    run_jobs()
    assert _kinds(reviewer2) == []
    assert len(mailoutbox) == 1
    NotificationPreference.objects.filter(user=reviewer2).update(in_app=True, email=False)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.perform(claim, "release", editor)
        workflow.perform(claim, "assign", editor, assignee=reviewer2)
    run_jobs()
    assert _kinds(reviewer2) == ["assigned"]
    assert len(mailoutbox) == 1


class MailServerDownOnce(locmem.EmailBackend):
    """Refuses the first message it is given, as a mail server that is briefly down."""

    failed = False

    def send_messages(self, messages):
        if not MailServerDownOnce.failed:
            MailServerDownOnce.failed = True
            raise ConnectionRefusedError("mail server down")
        return super().send_messages(messages)


@pytest.mark.django_db(transaction=True)
def test_failing_mail_server_is_retried_later_and_the_change_stands(
    claim_in, editor, reviewer2, settings, caplog, mailoutbox
):
    settings.EMAIL_BACKEND = f"{__name__}.MailServerDownOnce"
    settings.FACTCHECK_JOB_RETRY_SECONDS = 0
    MailServerDownOnce.failed = False
    claim = claim_in("queued")
    workflow.perform(claim, "assign", editor, assignee=reviewer2)
    claim.refresh_from_db()
    assert claim.assignee == reviewer2
    assert _kinds(reviewer2) == ["assigned"]
    with caplog.at_level(logging.WARNING):
        run_jobs()
    assert MailServerDownOnce.failed
    assert (
        "Could not send a notification e-mail to rev2@desk.example.org (attempt 1)" in caplog.text
    )
    assert [m.to for m in mailoutbox] == [["rev2@desk.example.org"]]


@pytest.mark.django_db(transaction=True)
def test_a_mail_that_keeps_failing_is_given_up_and_logged(settings, caplog, mailoutbox):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    settings.FACTCHECK_JOB_RETRY_SECONDS = 0  # a retry, if one were enqueued, would run below
    with caplog.at_level(logging.ERROR):
        send_mail_job(["Subject", "Body", ["rev2@desk.example.org"]], notifications.MAIL_ATTEMPTS)
    assert "Gave up sending a notification e-mail to rev2@desk.example.org" in caplog.text
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    run_jobs()
    assert mailoutbox == []


@pytest.mark.django_db(transaction=True)
def test_rolled_back_change_notifies_nobody(
    claim_in, editor, reviewer2, mailoutbox, django_capture_on_commit_callbacks
):
    claim = claim_in("queued")
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        workflow.perform(claim, "assign", editor, assignee=reviewer2)
        raise RuntimeError("later step failed")
    assert not Notification.objects.exists()
    run_jobs()
    assert mailoutbox == []


def _notify(user, claims, count: int) -> None:
    for i in range(count):
        Notification.objects.create(recipient=user, kind="mention", claim=claims[i % 2])


def test_inbox_lists_newest_first_in_constant_queries(
    client, reviewer, editor, claim_in, django_assert_num_queries
):
    claims = [claim_in("queued"), claim_in("queued")]
    client.force_login(reviewer)
    _notify(reviewer, claims, 2)
    with CaptureQueriesContext(connection) as small:
        client.get(reverse("notifications"))
    _notify(reviewer, claims, 20)
    with django_assert_num_queries(len(small)):
        response = client.get(reverse("notifications"))
    page = list(response.context["page"])
    assert len(page) == 22
    assert page[0].pk > page[-1].pk
    assert 'class="unread-count"' in response.content.decode()


def test_marking_read_one_and_all(client, reviewer, reviewer2, claim_in):
    claims = [claim_in("queued"), claim_in("queued")]
    _notify(reviewer, claims, 3)
    _notify(reviewer2, claims, 1)
    client.force_login(reviewer)
    first = Notification.objects.filter(recipient=reviewer).first()
    response = client.post(reverse("notification-read", args=[first.pk]))
    assert response.status_code == 302
    assert Notification.objects.filter(recipient=reviewer, read=False).count() == 2
    other = Notification.objects.get(recipient=reviewer2)
    assert client.post(reverse("notification-read", args=[other.pk])).status_code == 404
    client.post(reverse("notifications-read-all"))
    assert not Notification.objects.filter(recipient=reviewer, read=False).exists()
    assert Notification.objects.filter(recipient=reviewer2, read=False).count() == 1
    assert 'class="unread-count"' not in client.get(reverse("queue")).content.decode()


def test_preferences_page_switches_a_kind_off(client, reviewer):
    client.force_login(reviewer)
    page = client.get(reverse("notification-settings"))
    assert page.status_code == 200
    data = {
        name: "on"
        for name in page.context["form"].fields
        if name not in ("mention__email", "assigned__in_app")
    }
    assert client.post(reverse("notification-settings"), data).status_code == 302
    stored = {(p.kind, p.in_app, p.email) for p in NotificationPreference.objects.all()}
    assert stored == {("mention", True, False), ("assigned", False, True)}


def test_api_lists_only_the_callers_notifications_newest_first(
    client, reviewer, reviewer2, claim_in, django_assert_num_queries
):
    claims = [claim_in("queued"), claim_in("queued")]
    _notify(reviewer, claims, 3)
    _notify(reviewer2, claims, 2)
    client.force_login(reviewer)
    url = reverse("api:notification-list")
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    _notify(reviewer, claims, 10)
    with django_assert_num_queries(len(small)):
        body = client.get(url).json()
    results = body["results"]
    assert len(results) == 13
    assert set(results[0]) >= {"id", "kind", "claim", "read", "created_at"}
    assert [r["id"] for r in results] == sorted((r["id"] for r in results), reverse=True)
    response = client.post(reverse("api:notification-read", args=[results[0]["id"]]))
    assert response.status_code == 200
    assert response.json()["read"] is True
    theirs = Notification.objects.filter(recipient=reviewer2).first()
    assert client.post(reverse("api:notification-read", args=[theirs.pk])).status_code == 404


def test_api_needs_a_login(client):
    assert client.get(reverse("api:notification-list")).status_code in (401, 403)


def test_claim_page_shows_the_send_back_comment_as_a_banner(client, claim_in, editor, reviewer):
    claim = claim_in("submitted")
    workflow.perform(claim, "send_back", editor, comment="Second source, please.")
    client.force_login(reviewer)
    response = client.get(claim.get_absolute_url())
    assert response.context["sent_back"].comment == "Second source, please."
    assert "Sent back by the editor" in response.content.decode()
    workflow.add_source(claim, reviewer, url="https://src.example.org/2", stance="refutes")
    workflow.perform(claim, "submit", reviewer)
    assert client.get(claim.get_absolute_url()).context["sent_back"] is None
