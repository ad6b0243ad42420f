"""MkDocs hook: rank exact matches of a search term above longer words that start with it.

Material's search appends `*` to every term a reader types, so `map` also matches `map_async`
and `imap` also matches `imap_unordered`. Lunr then weighs each matched word by how rare it is,
and the rarer, longer word wins: `Pool.map` listed the `map_async()` section above the `map()`
one. This hook puts a small worker in front of Material's search worker that sends each plain
term twice, once exact with a boost (`map^10`, to which Material adds no `*`) and once as typed.
Of a dotted name only the last part is boosted: in `Pool.map` it is `map` that tells the
sections apart, not `Pool`. Prefix matches still work while the reader is typing (`imap_un`
finds `imap_unordered`).

If Material's pages no longer name their search worker the way this hook expects, it logs an
error naming the page, which fails the strict build, so an upgrade cannot silently switch the
tuning off; tests/test_browser.py checks the ranking itself.
"""

import logging
import re
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.search_exact")

WORKER = re.compile(r'("search": "[^"]*workers/)(search\.[0-9a-f]+\.min\.js)"')
FRONT = "search-exact-first.js"
BOOST = 10

SCRIPT = """\
// Written by hooks/search_exact.py: exact terms first, then Material's prefix search.
const listen = self.addEventListener.bind(self);
self.addEventListener = (type, handler, options) =>
  listen(type, type !== "message" ? handler : (event) => {
    let message = event.data;
    if (typeof message.data === "string") {  // a query; set-up messages carry an object
      const typed = message.data.trim();
      const exact = /[+\\-~^*:"]/.test(typed) ? [] : typed.split(/\\s+/)
        .filter((term) => /^[\\w.]+$/.test(term))
        .map((term) => `${term.split(".").pop()}^%(boost)d`);
      message = { ...message, data: [...exact, typed].join(" ") };
    }
    return handler({ data: message });
  }, options);
importScripts("%(worker)s");
"""

_workers = set()


def on_post_page(output, page, config):
    """Point the page's search configuration at the front worker."""
    match = WORKER.search(output)
    if match is None:
        log.error(
            f"docs/{page.file.src_uri}: its page has no Material search worker in its "
            "__config; update WORKER in hooks/search_exact.py for this Material version"
        )
        return output
    _workers.add(match[2])
    return WORKER.sub(rf'\g<1>{FRONT}"', output, count=1)


def on_post_build(config):
    """Write the front worker next to Material's."""
    if len(_workers) != 1:
        log.error(f"hooks/search_exact.py: expected one search worker, saw {_workers}")
        return
    (worker,) = _workers
    folder = Path(config["site_dir"], "assets", "javascripts", "workers")
    if not (folder / worker).is_file():
        log.error(f"hooks/search_exact.py: {folder / worker} was not built")
        return
    (folder / FRONT).write_text(SCRIPT % {"boost": BOOST, "worker": worker})
