"""Turn uploaded bytes into the plain-text body that claim offsets refer to.

The string returned by :func:`decode_document` is the canonical body: every
sentence offset produced later is an index into exactly this string, so all
normalisation (HTML/Markdown reduction) has to happen here and nowhere else.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

MAX_DOCUMENT_BYTES = 2 * 1024 * 1024

# A few control characters are normal in text files (tab, newline, carriage
# return, form feed); anything else in quantity means we were handed a binary.
_ALLOWED_CONTROL = {"\t", "\n", "\r", "\f"}
_CONTROL_RATIO_LIMIT = 0.05


class ExtractionInputError(ValueError):
    """Raised when an input cannot be turned into an article body.

    ``code`` is stable and machine-readable ("binary", "too_large",
    "encoding", "empty"); ``message`` is a one-line sentence telling the user
    what to do, suitable for showing in a form error.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def validate_body(text: str) -> str:
    """Check pasted text; return it unchanged (offsets must stay valid)."""
    if len(text.encode("utf-8", errors="surrogatepass")) > MAX_DOCUMENT_BYTES:
        raise ExtractionInputError(
            "too_large",
            "The text is larger than 2 MB; please split it into smaller articles.",
        )
    if not text.strip():
        raise ExtractionInputError("empty", "The text is empty; please paste or upload an article.")
    return text


def decode_document(data: bytes, filename: str = "") -> str:
    """Decode an uploaded file into the article body.

    Raises :class:`ExtractionInputError` for binaries, oversized files,
    undecodable bytes and empty documents.
    """
    if len(data) > MAX_DOCUMENT_BYTES:
        raise ExtractionInputError(
            "too_large",
            "The file is larger than 2 MB; please upload a smaller article.",
        )
    if b"\x00" in data:
        raise _binary_error()
    text = _decode_bytes(data)
    if _looks_binary(text):
        raise _binary_error()

    name = filename.lower()
    if name.endswith((".html", ".htm")) or _looks_like_html(text):
        text = html_to_text(text)
    elif name.endswith((".md", ".markdown")):
        text = markdown_to_text(text)

    if not text.strip():
        raise ExtractionInputError(
            "empty", "The document contains no text; please upload an article."
        )
    return text


def _binary_error() -> ExtractionInputError:
    return ExtractionInputError(
        "binary",
        "This looks like a binary file; please upload plain text, Markdown or HTML.",
    )


def _decode_bytes(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Windows-1252 is what older newsroom tools and Word exports produce when
    # they are not UTF-8; it leaves only five byte values undefined.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise ExtractionInputError(
            "encoding",
            "The file encoding could not be read; please save it as UTF-8 and retry.",
        ) from None


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:8192]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in _ALLOWED_CONTROL)
    return control / len(sample) > _CONTROL_RATIO_LIMIT


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith("<!doctype") or head.startswith("<html")


_DROP_TAGS = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript")
_BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td")
_SPACES = re.compile(r"\s+")


def html_to_text(html: str) -> str:
    """Reduce an HTML page to its article: title line, then one paragraph per line."""
    soup = BeautifulSoup(html, "html.parser")
    title_tag = soup.find("h1") or soup.find("title")
    title = _SPACES.sub(" ", title_tag.get_text(" ")).strip() if title_tag else ""

    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup

    lines: list[str] = []
    if title:
        lines.append(title)
    blocks = root.find_all(_BLOCK_TAGS)
    for block in blocks:
        # Nested blocks (a <p> inside <li>) would otherwise be emitted twice.
        if block.find_parent(_BLOCK_TAGS) is not None:
            continue
        line = _SPACES.sub(" ", block.get_text(" ")).strip()
        if line and line != title:
            lines.append(line)
    if not blocks:
        for raw in root.get_text("\n").splitlines():
            line = _SPACES.sub(" ", raw).strip()
            if line and line != title:
                lines.append(line)
    if title and len(lines) > 1:
        # Keep the blank line after the headline that plain-text articles use.
        return lines[0] + "\n\n" + "\n".join(lines[1:])
    return "\n".join(lines)


# The patterns below must stay linear in the line's length: an open bracket
# or emphasis marker without its partner used to make each one scan to the end
# of the line (five minutes for 300 kB of "*a "), so the text inside a link or
# an emphasis may not contain its own delimiters.
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*)$")
_MD_CLOSING_HASHES = re.compile(r"(?:^|\s)#+$")
_MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()\[\]]*\)")
_MD_EMPHASIS = re.compile(
    r"(\*\*|\*)(?=[^\s*])([^*]+?)(?<=[^\s*])\1|(__|_)(?=[^\s_])([^_]+?)(?<=[^\s_])\3"
)
_MD_EMPHASIS_DEPTH = 3  # ***bold italic*** needs two passes
_MD_LIST = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+")
_MD_QUOTE = re.compile(r"^\s*>\s?")


def markdown_to_text(text: str) -> str:
    """Strip the Markdown syntax journalists use, one paragraph per line.

    Soft-wrapped lines inside a paragraph are joined, because a newline is a
    hard sentence boundary for the splitter.
    """
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for raw in text.splitlines():
        if not raw.strip():
            flush()
            continue
        heading = _MD_HEADING.match(raw)
        if heading:
            flush()
            title = _MD_CLOSING_HASHES.sub("", heading.group(1).strip()).strip()
            paragraphs.append(_inline_markdown(title))
            continue
        line = _MD_QUOTE.sub("", raw)
        if _MD_LIST.match(line):
            flush()
            line = _MD_LIST.sub("", line)
        current.append(_inline_markdown(line.strip()))
    flush()
    return "\n".join(p for p in paragraphs if p.strip())


def _inline_markdown(line: str) -> str:
    line = _MD_LINK.sub(r"\1", line)
    # Emphasis markers can nest (***bold italic***); a few passes strip them.
    for _ in range(_MD_EMPHASIS_DEPTH):
        stripped = _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(4), line)
        if stripped == line:
            break
        line = stripped
    return line.replace("`", "")
