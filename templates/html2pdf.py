"""HTML to PDF through WeasyPrint's Python API, fetching nothing but files inside the folders it
is given. legeplan runs it (generator/publish/weasyprint.cc) with the Python that WeasyPrint's
own launcher names, under the same time limit as Pandoc:

    html2pdf.py INPUT.html OUTPUT.pdf --allow FOLDER [--allow FOLDER ...]

A document names what it likes (an image on a web server, a file anywhere on the disk); the
command line would fetch it. Here a stylesheet, image or font is served only when it is a file
inside an allowed folder, or a data: URL; anything else is refused, and WeasyPrint goes on
without it, saying so on standard error.

Exit codes: 0 written, 2 bad usage, 3 WeasyPrint failed, 4 WeasyPrint cannot be imported.
"""
import argparse
import logging
import mimetypes
import os
import sys
from urllib.parse import unquote, urlsplit


def inside(path, folders):
    return any(path == f or path.startswith(f.rstrip(os.sep) + os.sep) for f in folders)


def make_fetcher(weasyprint, folders):
    def fetch(url, timeout=10, ssl_context=None):
        parts = urlsplit(url)
        if parts.scheme == "data":
            return weasyprint.default_url_fetcher(url, timeout=timeout, ssl_context=ssl_context)
        if parts.scheme == "file" and parts.netloc in ("", "localhost"):
            path = os.path.realpath(unquote(parts.path))
            if inside(path, folders) and os.path.isfile(path):
                with open(path, "rb") as f:
                    data = f.read()
                mime_type, _ = mimetypes.guess_type(path)
                return {"string": data, "mime_type": mime_type, "redirected_url": url}
        raise ValueError(f"legeplan fetches nothing outside the document's folders: {url}")

    return fetch


def main():
    parser = argparse.ArgumentParser(prog="html2pdf")
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--allow", action="append", default=[], metavar="FOLDER")
    args = parser.parse_args()
    try:
        import weasyprint
    except ImportError as e:
        print(f"html2pdf: cannot import weasyprint ({e})", file=sys.stderr)
        return 4
    # WeasyPrint reports what it could not load (refused URLs among them) as log warnings.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("html2pdf: %(message)s"))
    weasyprint.LOGGER.addHandler(handler)
    weasyprint.LOGGER.setLevel(logging.WARNING)
    folders = [os.path.realpath(f) for f in args.allow]
    try:
        document = weasyprint.HTML(filename=args.input, url_fetcher=make_fetcher(weasyprint, folders))
        document.write_pdf(args.output)
    except Exception as e:  # WeasyPrint's own errors have no common base class
        print(f"html2pdf: {type(e).__name__}: {e}", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
