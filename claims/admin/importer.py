"""The admin's "Import article" page: paste or upload, preview the candidates, keep some, save."""

import secrets

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from claims.errors import WorkflowError
from claims.extraction import ExtractionInputError, decode_document
from claims.extraction.decoding import MAX_DOCUMENT_BYTES
from claims.fetching import FetchError, check_url
from claims.importing import analyse, find_matches, import_article, reason_labels
from claims.ingest import start_import
from claims.models import Status

SESSION_PREFIX = "article-import:"
MAX_FETCH_URLS = 50


class ImportForm(forms.Form):
    text = forms.CharField(
        label=_("Article text"),
        required=False,
        strip=False,  # the body is stored exactly as given
        widget=forms.Textarea(attrs={"rows": 14, "cols": 100}),
        help_text=_("Paste the article; its first line is the headline unless you give a title."),
    )
    file = forms.FileField(
        label=_("…or a file"),
        required=False,
        help_text=_("Text, Markdown or HTML, at most 2 MB."),
    )
    fetch = forms.CharField(
        label=_("…or fetch from the web"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 100}),
        help_text=_(
            "Addresses of articles, one per line (at most %(count)d): each page is fetched "
            "and imported in the background."
        )
        % {"count": MAX_FETCH_URLS},
    )
    title = forms.CharField(label=_("Title"), required=False, max_length=300)
    url = forms.URLField(label=_("URL"), required=False, max_length=500, assume_scheme="https")
    outlet = forms.CharField(label=_("Outlet"), required=False, max_length=200)
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("auto", _("detect")), ("de", _("German")), ("en", _("English"))],
        initial="auto",
    )
    published_at = forms.DateTimeField(label=_("Published"), required=False)

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        text, upload = cleaned.get("text", ""), cleaned.get("file")
        if cleaned.get("fetch", "").strip():
            if text.strip() or upload:
                raise forms.ValidationError(
                    _("Paste a text, upload a file or give addresses to fetch, one of them."),
                    code="both",
                )
            cleaned["urls"] = self._fetch_urls(cleaned["fetch"])
            return cleaned
        if text.strip() and upload:
            raise forms.ValidationError(
                _("Paste the text or upload a file, not both."), code="both"
            )
        if upload:
            if upload.size > MAX_DOCUMENT_BYTES:
                self.add_error("file", _("The file is larger than 2 MB."))
                return cleaned
            try:
                cleaned["body"] = decode_document(upload.read(), upload.name)
            except ExtractionInputError as exc:
                self.add_error("file", exc.message)
                return cleaned
        else:
            # Browsers send pasted text with CRLF line ends; the stored body uses LF.
            cleaned["body"] = text.replace("\r\n", "\n")
        try:
            language, title, extraction = analyse(
                cleaned["body"], title=cleaned.get("title") or None, language=cleaned["language"]
            )
        except WorkflowError as exc:
            self.add_error("file" if upload else "text", exc.message)
            return cleaned
        cleaned.update(language=language, title=title, extraction=extraction)
        return cleaned

    def _fetch_urls(self, value: str) -> list[str]:
        urls = list(dict.fromkeys(line.strip() for line in value.splitlines() if line.strip()))
        if len(urls) > MAX_FETCH_URLS:
            self.add_error(
                "fetch", _("At most %(count)d addresses at once.") % {"count": MAX_FETCH_URLS}
            )
            return []
        field = forms.URLField(max_length=500, assume_scheme="https")
        cleaned = []
        for url in urls:
            try:
                url = field.clean(url)
                check_url(url)
            except forms.ValidationError as exc:
                self.add_error("fetch", f"{url}: {' '.join(exc.messages)}")
                continue
            except FetchError as exc:
                self.add_error("fetch", f"{url}: {exc.message}")
                continue
            cleaned.append(url)
        return cleaned


def import_view(model_admin, request: HttpRequest):
    """Two steps: the form (and preview) → saving the chosen candidates."""
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": _("Import article"),
    }
    if request.method == "POST" and "save" in request.POST:
        return _save(model_admin, request, context)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid() and form.cleaned_data.get("urls"):
        job = start_import(request.user, form.cleaned_data["urls"])
        return HttpResponseRedirect(job.get_absolute_url())
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        extraction = data["extraction"]
        token = secrets.token_urlsafe(12)
        request.session[SESSION_PREFIX + token] = {
            "body": data["body"],
            "title": data["title"],
            "url": data["url"],
            "outlet": data["outlet"],
            "language": data["language"],
            "published_at": data["published_at"].isoformat() if data["published_at"] else None,
        }
        context.update(token=token, preview=data, **_preview_rows(extraction, data["language"]))
        return TemplateResponse(request, "admin/claims/article/import_preview.html", context)
    context["form"] = form
    return TemplateResponse(request, "admin/claims/article/import.html", context)


def _preview_rows(extraction, language: str) -> dict:
    """Every sentence, the detector's candidates ticked, with earlier look-alikes linked.

    Candidates are kept by candidate index (`keep`), other sentences by sentence index
    (`keep_sentence`), as `import_article` takes them.
    """
    candidate_index = {(c.start, c.end): i for i, c in enumerate(extraction.candidates)}
    matches = find_matches([s.text for s in extraction.sentences], language)
    rows = [
        {
            "index": i,
            "candidate_index": candidate_index.get((s.start, s.end)),
            "sentence": s,
            "reasons": reason_labels(list(s.reasons)),
            "matches": [
                {**vars(match), "status_label": Status(match.status).label}
                for match in matches.get(i, [])
            ],
        }
        for i, s in enumerate(extraction.sentences)
    ]
    return {"rows": rows, "candidates": extraction.candidates}


def _save(model_admin, request: HttpRequest, context: dict):
    token = request.POST.get("token", "")
    stored = request.session.pop(SESSION_PREFIX + token, None)
    if stored is None:
        messages.error(request, _("This preview has expired. Please import the article again."))
        return HttpResponseRedirect(reverse("admin:claims_article_import"))
    keep = {int(value) for value in request.POST.getlist("keep") if value.isdigit()}
    extra = {int(value) for value in request.POST.getlist("keep_sentence") if value.isdigit()}
    try:
        result = import_article(
            request.user,
            body=stored["body"],
            title=stored["title"],
            url=stored["url"],
            outlet=stored["outlet"],
            language=stored["language"],
            published_at=stored["published_at"],
            keep=keep,
            keep_sentences=extra,
        )
    except WorkflowError as exc:
        messages.error(request, exc.message)
        return HttpResponseRedirect(reverse("admin:claims_article_import"))
    if result.created:
        messages.success(
            request,
            _("Imported “%(title)s” with %(count)d new claims.")
            % {"title": result.article.title, "count": len(result.claims)},
        )
    elif result.reanchored or result.lost:
        messages.success(
            request,
            _("New version stored: %(moved)d claims moved, %(lost)d no longer in the text.")
            % {"moved": result.reanchored, "lost": result.lost},
        )
    else:
        messages.info(request, _("This text was imported before; nothing changed."))
    # Next comes the triage of what was found: every sentence, decisions per claim.
    return HttpResponseRedirect(reverse("article-triage", args=[result.article.pk]))
