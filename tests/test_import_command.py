"""`import_article` on the command line: output, idempotence and bad input."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article, Claim

pytestmark = pytest.mark.django_db

GOLD = Path(__file__).resolve().parent.parent / "bench" / "gold"


def run_json(capsys, *args) -> dict:
    call_command("import_article", *args, format="json")
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("path", sorted(GOLD.glob("*.txt")), ids=lambda p: p.name)
def test_json_output_spans_are_exact(capsys, path):
    body = path.read_text(encoding="utf-8")
    result = run_json(capsys, str(path), "--dry-run")
    assert result["article"]["language"] in ("de", "en")
    assert result["claims"], "every test article has check-worthy claims"
    for claim in result["claims"]:
        assert body[claim["start"] : claim["end"]] == claim["text"]
        assert 0 <= claim["checkworthiness"] <= 1
        assert isinstance(claim["reasons"], list) and claim["reasons"]
    assert Article.objects.count() == 0


def test_import_stores_claims_as_new(capsys):
    path = GOLD / "factory-orders.en.txt"
    result = run_json(capsys, str(path), "--outlet", "Wire")
    article = Article.objects.get()
    assert article.body == path.read_text(encoding="utf-8")
    assert article.title == result["article"]["title"]
    assert article.outlet == "Wire"
    assert article.claims.count() == len(result["claims"])
    assert set(article.claims.values_list("status", flat=True)) == {"new"}


def test_reimporting_same_text_changes_nothing(capsys):
    path = str(GOLD / "factory-orders.en.txt")
    call_command("import_article", path)
    before = list(Claim.objects.values_list("id", "start", "end", "version"))
    call_command("import_article", path)
    assert list(Claim.objects.values_list("id", "start", "end", "version")) == before
    assert Article.objects.count() == 1


def test_title_option_overrides_first_line(capsys):
    result = run_json(capsys, str(GOLD / "factory-orders.en.txt"), "--title", "Orders fall")
    assert result["article"]["title"] == "Orders fall"


def test_language_is_detected(capsys):
    assert run_json(capsys, str(GOLD / "hitze-krankenhaus.de.txt"))["article"]["language"] == "de"


def test_several_paths_import_in_one_run():
    call_command(
        "import_article",
        str(GOLD / "factory-orders.en.txt"),
        str(GOLD / "hitze-krankenhaus.de.txt"),
    )
    assert Article.objects.count() == 2


def test_one_bad_file_among_several_stores_nothing(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(CommandError):
        call_command("import_article", str(GOLD / "factory-orders.en.txt"), str(bad))
    assert Article.objects.count() == 0 and Claim.objects.count() == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"   \n\t ", "no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary"),
        (b"x" * (2 * 1024 * 1024 + 1), "2 MB"),
    ],
    ids=["empty", "binary", "too-large"],
)
def test_bad_file_is_refused_with_exit_status_2(tmp_path, content, message):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError) as info:
        call_command("import_article", str(path))
    assert info.value.returncode == 2
    assert message.lower() in str(info.value).lower()
    assert Article.objects.count() == 0


def test_missing_path_is_refused(tmp_path):
    with pytest.raises(CommandError) as info:
        call_command("import_article", str(tmp_path / "nope.txt"))
    assert info.value.returncode == 2


def test_unknown_language_is_refused():
    with pytest.raises(CommandError) as info:
        call_command("import_article", str(GOLD / "factory-orders.en.txt"), language="fr")
    assert info.value.returncode == 2 and "language" in str(info.value).lower()
    assert Article.objects.count() == 0


def test_cp1252_file_is_read(tmp_path, capsys):
    text = "Preise steigen\nLaut dem Statistikamt stiegen die Preise im Mai um 2,4 Prozent.\n"
    path = tmp_path / "cp.txt"
    path.write_bytes(text.encode("cp1252"))
    result = run_json(capsys, str(path), "--dry-run")
    assert result["article"]["title"] == "Preise steigen"


def test_command_line_exit_status_and_single_line_message(tmp_path):
    """The real process: stderr holds one line, the exit status is 2."""
    missing = tmp_path / "missing.txt"
    process = subprocess.run(
        [sys.executable, "manage.py", "import_article", str(missing)],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "DEBUG": "true"},
        check=False,
    )
    assert process.returncode == 2
    assert len(process.stderr.strip().splitlines()) == 1
    assert "missing.txt" in process.stderr
