"""Specs from a URL: the document and the files its relative `$ref`s reach, downloaded into
a local directory with the same layout, so that the rest of clientgen reads them as files.

Spec text is untrusted and so is the server: every download has a timeout and a size limit,
redirects are bounded (and never go from https to http), plain http is used only on the
loopback interface or when asked (`allow_http`), and a `$ref` may reach only files under the
root document's directory on the same server (as for local files, generator.load).
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import posixpath
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import unquote, urljoin, urlsplit

from generator.load import MAX_DOCUMENT_BYTES, parse_document
from generator.problems import SpecError

if TYPE_CHECKING:
    import urllib.request

DEFAULT_TIMEOUT = 30.0  # seconds, per request (connect, and each read)
MAX_REDIRECTS = 5
MAX_FILES = 500  # documents one spec may reach through $refs
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


class FetchError(Exception):
    """A spec could not be downloaded: one line saying which URL and why."""


@dataclass(frozen=True)
class Limits:
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = MAX_DOCUMENT_BYTES  # per document, and four times that in all
    max_redirects: int = MAX_REDIRECTS
    allow_http: bool = False

    @staticmethod
    def from_env(timeout: float | None, allow_http: bool) -> Limits:
        """The limits, with CLIENTGEN_FETCH_MAX_BYTES overriding the size limit."""
        raw = os.environ.get("CLIENTGEN_FETCH_MAX_BYTES", "")
        max_bytes = int(raw) if raw.isdigit() else MAX_DOCUMENT_BYTES
        return Limits(
            timeout=DEFAULT_TIMEOUT if timeout is None else timeout,
            max_bytes=max_bytes,
            allow_http=allow_http,
        )


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def _loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _check_scheme(url: str, limits: Limits, *, via: str | None = None) -> None:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "https":
        return
    if scheme == "http":
        if limits.allow_http or _loopback(parts.hostname):
            return
        what = f"redirect from {via} to {url}" if via else url
        raise FetchError(
            f"{what}: plain http is refused except on the loopback interface "
            "(the spec could be altered on the way); use https, or pass --allow-http"
        )
    raise FetchError(f"{url}: only http(s) URLs can be fetched, not {scheme or 'this'}")


def _redirect_handler(limits: Limits, start: str) -> urllib.request.BaseHandler:
    """A handler following at most `limits.max_redirects` redirects, each checked like
    the first URL. (urllib is imported here: most runs fetch nothing, and it costs a
    command's start ~25 ms.)"""
    import urllib.request
    from http.client import HTTPMessage

    class _Redirects(urllib.request.HTTPRedirectHandler):
        """Follows at most `limit` redirects, each checked like the first URL."""

        def __init__(self, limits: Limits, start: str) -> None:
            self.limits = limits
            self.count = 0
            self.start = start

        def redirect_request(
            self,
            req: urllib.request.Request,
            fp: IO[bytes],
            code: int,
            msg: str,
            headers: HTTPMessage,
            newurl: str,
        ) -> urllib.request.Request | None:
            self.count += 1
            if self.count > self.limits.max_redirects:
                raise FetchError(
                    f"{self.start}: more than {self.limits.max_redirects} redirects "
                    f"(the last to {newurl}); give the final URL"
                )
            old = req.full_url
            if urlsplit(old).scheme == "https" and urlsplit(newurl).scheme != "https":
                raise FetchError(
                    f"{self.start}: redirected from https to {newurl}; refused"
                )
            _check_scheme(newurl, self.limits, via=old)
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return _Redirects(limits, start)


def download(url: str, limits: Limits) -> tuple[bytes, str]:
    """The body at `url` and the URL it came from after redirects; FetchError if not."""
    import urllib.error
    import urllib.request

    _check_scheme(url, limits)
    handlers: list[Any] = [_redirect_handler(limits, url)]
    if _loopback(urlsplit(url).hostname):
        handlers.append(urllib.request.ProxyHandler({}))  # never through a proxy
    opener = urllib.request.build_opener(*handlers)
    request = urllib.request.Request(
        url,
        headers={
            "Accept": "application/yaml, application/json;q=0.9, */*;q=0.5",
            "User-Agent": "clientgen",
        },
    )
    try:
        with opener.open(request, timeout=limits.timeout) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > limits.max_bytes:
                raise _too_big(url, int(length), limits)
            body = response.read(limits.max_bytes + 1)
            if len(body) > limits.max_bytes:
                raise _too_big(url, None, limits)
            return body, response.geturl()
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(
            f"{url}: the server answered {exc.code} {exc.reason}".rstrip()
        ) from None
    except TimeoutError:
        raise FetchError(
            f"{url}: no answer within {limits.timeout:g} s (timeout); "
            "is the server up? (--fetch-timeout sets the limit)"
        ) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise FetchError(
                f"{url}: no answer within {limits.timeout:g} s (timeout); "
                "is the server up? (--fetch-timeout sets the limit)"
            ) from None
        text = getattr(reason, "strerror", None) or str(reason)
        raise FetchError(f"{url}: cannot connect: {text}") from None
    except (OSError, ValueError) as exc:
        raise FetchError(f"{url}: download failed: {exc}") from None


def _too_big(url: str, size: int | None, limits: Limits) -> FetchError:
    got = f"{size:,} bytes" if size is not None else "larger"
    return FetchError(
        f"{url}: the document is {got}, over the {limits.max_bytes:,}-byte limit; "
        "download it and generate from the file"
    )


def _local_name(url: str) -> str:
    """The file name of a URL's path (the last segment), safe on any file system."""
    name = posixpath.basename(unquote(urlsplit(url).path)) or "openapi"
    name = re.sub(r"[^A-Za-z0-9._-]", "_", name).lstrip(".") or "openapi"
    return name if "." in name else name + ".yaml"


@contextlib.contextmanager
def local_copy(url: str, limits: Limits) -> Iterator[Path]:
    """The spec at `url` and every file its relative `$ref`s reach, in a temporary
    directory laid out like the server's; the root document's local path."""
    body, final = download(url, limits)
    with tempfile.TemporaryDirectory(prefix="clientgen-url-") as tmp:
        root_dir = Path(tmp)
        base = urljoin(final, ".")  # the root document's directory: refs stay under it
        root = root_dir / _local_name(final)
        root.write_bytes(body)
        _fetch_refs(root, final, base, root_dir, limits, len(body))
        yield root


def _fetch_refs(
    root: Path, root_url: str, base: str, root_dir: Path, limits: Limits, total: int
) -> None:
    pending = [(root, root_url)]
    seen = {root_url.partition("#")[0]}
    while pending:
        path, url = pending.pop()
        try:
            refs = _refs(parse_document(path, url).data)
        except SpecError:
            continue  # unparsable: loading it again reports the problem with its location
        for ref in refs:
            file_part = ref.partition("#")[0]
            if not file_part or _SCHEME.match(file_part) or file_part.startswith("/"):
                continue  # local, or refused by generator.load with its location
            target = urljoin(url, file_part)
            if target in seen:
                continue
            seen.add(target)
            if not target.startswith(base):
                continue  # leaves the spec's directory: generator.load refuses it
            if len(seen) > MAX_FILES:
                raise FetchError(f"{root_url}: $refs reach more than {MAX_FILES} files")
            rel = unquote(target[len(base) :])
            local = (root_dir / rel).resolve()
            if not local.is_relative_to(root_dir.resolve()):
                continue
            body, _ = download(target, limits)
            total += len(body)
            if total > 4 * limits.max_bytes:
                raise _too_big(root_url, total, limits)
            local.parent.mkdir(parents=True, exist_ok=True)
            local.write_bytes(body)
            pending.append((local, target))


def _refs(data: Any) -> list[str]:
    """Every `$ref` string in a parsed document."""
    out: list[str] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                out.append(ref)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return out
