"""Periodic retraining: a chain of background jobs, off by default, superseded chains stop."""

import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from claims import retraining
from claims.desk_training import NotEnoughDecisions
from claims.extraction.training import Figures

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_planned_chain(settings):
    settings.FACTCHECK_REDIS_URL = ""
    cache.delete(retraining.CACHE_KEY)
    yield
    cache.delete(retraining.CACHE_KEY)


@pytest.fixture
def weekly(settings):
    settings.FACTCHECK_CHECKWORTHINESS_RETRAIN_DAYS = 7
    return settings


@pytest.fixture
def trainings(monkeypatch):
    """Stand in for the fit itself (covered by test_train_checkworthiness.py)."""
    calls = []

    def fake_train(**kwargs):
        calls.append(kwargs)
        figures = Figures(1.0, 1.0, 1.0, 4)
        return type(
            "Report",
            (),
            dict(before=figures, after=figures, held_back=4, kept_old=True, model_id="shipped"),
        )()

    monkeypatch.setattr("claims.desk_training.train_checkworthiness", fake_train)
    return calls


def test_retraining_is_off_by_default(settings, django_capture_on_commit_callbacks):
    assert settings.FACTCHECK_CHECKWORTHINESS_RETRAIN_DAYS == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert retraining.schedule_if_due() is False
    assert retraining.planned() is None
    assert not DBTaskResult.objects.filter(task_path__endswith="retrain_checkworthiness").exists()


def test_weekly_retraining_plans_one_job_a_week_ahead(weekly, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert retraining.schedule_if_due() is True
        assert retraining.schedule_if_due() is False  # a chain is planned already
    job = DBTaskResult.objects.get(task_path__endswith="retrain_checkworthiness")
    assert job.args_kwargs["args"] == [retraining.planned()["token"]]
    ahead = job.run_after - timezone.now()
    assert datetime.timedelta(days=6, hours=23) < ahead <= datetime.timedelta(days=7)


def test_a_run_retrains_and_plans_the_next(weekly, trainings):
    token = retraining.schedule(delay_seconds=0)
    retraining.run_retraining_job(token)
    assert len(trainings) == 1
    assert retraining.planned()["token"] != token


def test_a_superseded_or_switched_off_chain_stops(weekly, settings, trainings):
    old = retraining.schedule(delay_seconds=0)
    new = retraining.schedule(delay_seconds=0)
    retraining.run_retraining_job(old)
    assert trainings == []
    settings.FACTCHECK_CHECKWORTHINESS_RETRAIN_DAYS = 0
    retraining.run_retraining_job(new)
    assert trainings == []


def test_too_few_decisions_still_plans_the_next_run(weekly, monkeypatch):
    def refuse(**kwargs):
        raise NotEnoughDecisions("only 3 decisions")

    monkeypatch.setattr("claims.desk_training.train_checkworthiness", refuse)
    token = retraining.schedule(delay_seconds=0)
    retraining.run_retraining_job(token)
    assert retraining.planned()["token"] != token


def test_an_overdue_chain_is_restarted_at_once(weekly):
    cache.set(
        retraining.CACHE_KEY,
        {"token": "lost", "next_at": (timezone.now() - datetime.timedelta(days=15)).isoformat()},
        None,
    )
    assert retraining.schedule_if_due() is True
    state = retraining.planned()
    assert state["token"] != "lost"
    assert datetime.datetime.fromisoformat(state["next_at"]) <= timezone.now()
