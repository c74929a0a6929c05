from django.contrib.auth import views as auth_views
from django.urls import include, path

from claims import views

urlpatterns = [
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", views.home, name="home"),
    path("queue/", views.queue, name="queue"),
    path("queue/next/", views.take_next, name="queue-next"),
    path("queue/export.csv", views.queue_export, name="queue-export"),
    path("claims/new/", views.new_claim, name="claim-new"),
    path("claims/<int:pk>/", views.claim_detail, name="claim-detail"),
    path("claims/<int:pk>/sources/", views.claim_add_source, name="claim-add-source"),
    path("claims/<int:pk>/notes/", views.claim_add_note, name="claim-add-note"),
    path("claims/<int:pk>/edit/<str:part>/", views.claim_edit, name="claim-edit"),
    path("claims/<int:pk>/actions/<str:action>/", views.claim_action, name="claim-action"),
    path("articles/<int:pk>/", views.article_detail, name="article-detail"),
    path("jobs/<int:pk>/", views.job_detail, name="job-detail"),
    path("snapshots/<int:pk>/", views.snapshot, name="snapshot"),
    path("articles/<int:pk>/triage/", views.article_triage, name="article-triage"),
    path("articles/<int:pk>/make-claim/", views.article_make_claim, name="article-make-claim"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("notifications/", views.inbox, name="notifications"),
    path("notifications/<int:pk>/read/", views.mark_read, name="notification-read"),
    path("notifications/read-all/", views.mark_all_read, name="notifications-read-all"),
    path("notifications/settings/", views.preferences, name="notification-settings"),
    path("factchecks/", views.factcheck_list, name="factcheck-list"),
    path("factchecks/<int:pk>/", views.factcheck_detail, name="factcheck-detail"),
    path("methodology/", views.methodology, name="methodology"),
]
