"""The admin's import page, end to end: paste or upload, preview, keep some, save."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.models import Article, Claim

pytestmark = pytest.mark.django_db

IMPORT = "admin:claims_article_import"
BODY = (
    "Stadt investiert in Wassernetz\n"
    "Laut den Stadtwerken flossen 2025 rund 1,2 Mio. Euro in neue Leitungen.\n"
    "Bürgermeister Jonas Reuter sagte, die Arbeiten seien im März abgeschlossen worden.\n"
    "Das ist eine gute Nachricht.\n"
)


def preview(client, **data):
    payload = {"language": "auto", "preview": "1", **data}
    return client.post(reverse(IMPORT), payload)


def test_paste_preview_and_save_chosen_candidates(client, editor):
    client.force_login(editor)
    response = preview(client, text=BODY)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Jonas Reuter" in page
    indexes = re.findall(r'name="keep" value="(\d+)"', page)
    assert len(indexes) == 2
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    assert Article.objects.count() == 0, "the preview stores nothing"

    response = client.post(reverse(IMPORT), {"save": "1", "token": token, "keep": indexes[:1]})
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.body == BODY
    assert article.title == "Stadt investiert in Wassernetz"
    assert Claim.objects.count() == 1
    claim = Claim.objects.get()
    assert claim.status == "new" and article.body[claim.start : claim.end] == claim.text


def test_upload_html_file(client, editor):
    client.force_login(editor)
    html = (
        b"<html><head><script>alert(1)</script></head><body><article><h1>Stadt investiert</h1>"
        b"<p>Laut den Stadtwerken flossen 2025 rund 1,2 Mio. Euro in neue Leitungen.</p>"
        b"</article></body></html>"
    )
    upload = SimpleUploadedFile("a.html", html, content_type="text/html")
    response = preview(client, file=upload)
    assert response.status_code == 200
    assert "1,2 Mio. Euro" in response.content.decode()
    assert "alert(1)" not in response.content.decode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "   "}, "empty"),
        ({"text": BODY, "language": "fr"}, "valid choice"),
        (
            {"file": SimpleUploadedFile("x.bin", b"\x00\x01\x02\x03" * 50)},
            "binary",
        ),
    ],
    ids=["empty", "language", "binary"],
)
def test_bad_input_shows_form_error_and_stores_nothing(client, editor, data, message):
    client.force_login(editor)
    response = preview(client, **data)
    assert response.status_code == 200
    errors = " ".join(str(e) for e in response.context["form"].errors.values()).lower()
    assert message in errors
    assert Article.objects.count() == 0


def test_text_and_file_together_are_refused(client, editor):
    client.force_login(editor)
    upload = SimpleUploadedFile("a.txt", BODY.encode())
    response = preview(client, text=BODY, file=upload)
    assert "not both" in response.content.decode()


def test_expired_preview_token_stores_nothing(client, editor):
    client.force_login(editor)
    response = client.post(reverse(IMPORT), {"save": "1", "token": "forged", "keep": ["0"]})
    assert response.status_code == 302
    assert Article.objects.count() == 0


def test_reviewer_cannot_open_import_page(client, reviewer):
    reviewer.is_staff = True
    reviewer.save()
    client.force_login(reviewer)
    assert client.get(reverse(IMPORT)).status_code == 403
