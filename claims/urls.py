from django.contrib.auth import views as auth_views
from django.urls import path

from claims import views

urlpatterns = [
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", views.home, name="home"),
    path("queue/", views.queue, name="queue"),
    path("claims/<int:pk>/", views.claim_detail, name="claim-detail"),
    path("articles/<int:pk>/", views.article_detail, name="article-detail"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("factchecks/", views.factcheck_list, name="factcheck-list"),
    path("factchecks/<int:pk>/", views.factcheck_detail, name="factcheck-detail"),
]
