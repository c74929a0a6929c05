"""Telling people what the desk did to their claims: in-app notifications and e-mail.

`from_events` is called by claims.history for every recorded change, inside the
transaction that made it, so a rolled-back change notifies nobody. E-mails are sent by a
job enqueued after the commit; a failing mail server is logged and tried again later,
and never undoes or blocks the change.
"""

import logging
import re
from collections.abc import Iterable, Sequence

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _

from claims import jobs
from claims.models import Claim, ClaimEvent, Note, Notification, NotificationKind
from claims.models import NotificationPreference as Preference
from claims.roles import EDITORS, READERS, REVIEWERS

logger = logging.getLogger(__name__)

# Which recorded actions tell whom; "assignee" is the claim's assignee after the action.
ACTION_KINDS = {
    "assign": (NotificationKind.ASSIGNED, "assignee"),
    "send_back": (NotificationKind.SENT_BACK, "assignee"),
    "submit": (NotificationKind.SUBMITTED, "editors"),
    "publish": (NotificationKind.PUBLISHED, "assignee"),
    "reopen": (NotificationKind.CORRECTED, "assignee"),
}
# @username, not inside an e-mail address; a full stop after the name ends the sentence.
MENTION = re.compile(r"(?<![\w.@+-])@([\w.+-]+)")
MAIL_ATTEMPTS = 5


def from_events(events: Sequence[ClaimEvent]) -> None:
    """Notifications for recorded workflow changes (imports and edits notify nobody)."""
    wanted = [e for e in events if e.action in ACTION_KINDS]
    if not wanted:
        return
    users = get_user_model().objects
    pending: list[Notification] = []
    for event in wanted:
        kind, audience = ACTION_KINDS[event.action]
        if audience == "editors":
            recipients = list(
                users.filter(
                    Q(groups__name=EDITORS) | Q(is_superuser=True), is_active=True
                ).distinct()
            )
        else:
            recipients = _assignee_after(event)
        for user in recipients:
            if user.pk != event.actor_id:
                pending.append(
                    Notification(
                        recipient=user,
                        kind=kind,
                        claim=event.claim,
                        actor=event.actor,
                        text=event.comment,
                    )
                )
    deliver(pending)


def _assignee_after(event: ClaimEvent) -> list:
    change = (event.changes or {}).get("assignee")
    if change is not None:
        username = change.get("to")
        if not username:
            return []
        return list(get_user_model().objects.filter(username=username, is_active=True))
    assignee = event.claim.assignee
    return [assignee] if assignee is not None and assignee.is_active else []


def mentioned_usernames(text: str) -> list[str]:
    seen: dict[str, None] = {}
    for name in MENTION.findall(text or ""):
        seen.setdefault(name.rstrip("."), None)
    return list(seen)


def from_note(note: Note) -> None:
    """Everyone of the desk named as @username in a note (the author excepted)."""
    names = mentioned_usernames(note.body)
    if not names:
        return
    people = (
        get_user_model()
        .objects.filter(
            username__in=names,
            is_active=True,
        )
        .filter(Q(groups__name__in=[EDITORS, REVIEWERS, READERS]) | Q(is_superuser=True))
        .exclude(pk=note.author_id)
        .distinct()
    )
    deliver(
        [
            Notification(
                recipient=user,
                kind=NotificationKind.MENTION,
                claim=note.claim,
                actor=note.author,
                text=note.body,
            )
            for user in people
        ]
    )


def deliver(pending: list[Notification]) -> None:
    """Store the in-app ones and mail the others, as each recipient chose."""
    if not pending:
        return
    off = {
        (p.user_id, p.kind): p
        for p in Preference.objects.filter(
            user__in={n.recipient_id for n in pending}, kind__in={n.kind for n in pending}
        )
    }
    in_app = [n for n in pending if _wants(off, n, "in_app")]
    Notification.objects.bulk_create(in_app)
    mails = [n for n in pending if _wants(off, n, "email") and n.recipient.email]
    if mails:
        from claims.tasks import send_notification_mail

        # Written now, in the change's language and with its data; sent by a job after the
        # commit, one job per message so a retry never sends another recipient's again.
        jobs.enqueue_many_on_commit(send_notification_mail, [(m,) for m in messages(mails)])


def _wants(off: dict, notification: Notification, channel: str) -> bool:
    preference = off.get((notification.recipient_id, notification.kind))
    return preference is None or getattr(preference, channel)


def messages(notifications: Iterable[Notification]) -> list[list]:
    """Each notification as [subject, body, [address]]: what the mail job sends."""
    with translation.override(settings.LANGUAGE_CODE):
        return [
            [subject(notification), body(notification), [notification.recipient.email]]
            for notification in notifications
        ]


def send_mail_job(message: list, attempt: int = 1) -> None:
    """Send one notification e-mail; a failure is logged and tried again later, a few times.

    Runs as a job, so a slow or failing mail server never holds up or undoes the change.
    """
    from claims.tasks import send_notification_mail

    mail_subject, mail_body, recipients = message
    try:
        send_mail(mail_subject, mail_body, None, recipients, fail_silently=False)
    except Exception:  # any mail backend error: SMTP, DNS, refused connection
        if attempt >= MAIL_ATTEMPTS:
            logger.exception(
                "Gave up sending a notification e-mail to %s after %d attempts.",
                ", ".join(recipients),
                attempt,
            )
            return
        delay = jobs.backoff_seconds(attempt)
        logger.warning(
            "Could not send a notification e-mail to %s (attempt %d); trying again in %d s.",
            ", ".join(recipients),
            attempt,
            delay,
            exc_info=True,
        )
        jobs.enqueue_later(send_notification_mail, delay, message, attempt + 1)


def subject(notification: Notification) -> str:
    return _("[%(desk)s] Claim #%(id)s: %(kind)s") % {
        "desk": settings.FACTCHECK_ORGANIZATION_NAME,
        "id": notification.claim_id,
        "kind": notification.get_kind_display(),
    }


def body(notification: Notification) -> str:
    claim: Claim = notification.claim
    actor = notification.actor.get_username() if notification.actor else "—"
    lines = [
        _("%(kind)s, by %(actor)s:") % {"kind": notification.get_kind_display(), "actor": actor},
        "",
        claim.text,
    ]
    if notification.text:
        lines += ["", notification.text]
    lines += ["", settings.FACTCHECK_PUBLIC_URL.rstrip("/") + claim.get_absolute_url()]
    lines += ["", _("Switch notifications off in your notification settings.")]
    return "\n".join(lines)
