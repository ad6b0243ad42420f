"""MkDocs hook: the names in objects.inv are the objects' own, and Python's documentation's too.

mkdocstrings lists in the site's Sphinx inventory (objects.inv) every object of a reference page
under every path it can be reached by: also each module that merely imports it
(`multiprocessing.pool.wait`, `multiprocessing.spawn.set_start_method`) and private bases
(`_ConnectionBase`). This hook keeps the path where each object is defined, and adds the names
Python's own documentation uses (`multiprocessing.Queue.put`, `multiprocessing.Pool.map`) as
secondary names, for intersphinx and for autorefs links.
"""

import importlib
import inspect

REFERENCE = "reference/"
# Ours -> the name in Python's documentation, for the object and its members.
PYTHON_DOCS_NAMES = {
    "multiprocessing.queues.Queue": "multiprocessing.Queue",
    "multiprocessing.queues.JoinableQueue": "multiprocessing.JoinableQueue",
    "multiprocessing.queues.SimpleQueue": "multiprocessing.SimpleQueue",
    "multiprocessing.Process": "multiprocessing.process.BaseProcess",
    "multiprocessing.pool.Pool": "multiprocessing.Pool",
}


def defined_there(name: str) -> bool:
    """Whether `name` is where the object is defined, not a module that imports it.

    `multiprocessing.process.BaseProcess.start` and
    `multiprocessing.context.DefaultContext.set_start_method` are kept.
    """
    parts = name.split(".")
    if any(part.startswith("_") for part in parts):
        return False
    for i in range(len(parts) - 1, 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            continue
        module, rest = ".".join(parts[:i]), parts[i:]
        break
    else:
        return True
    try:
        for part in rest:
            obj = inspect.getattr_static(obj, part)
    except AttributeError:
        return True
    func = getattr(obj, "fget", None) or getattr(obj, "__func__", None) or obj
    owner = getattr(func, "__qualname__", "").rpartition(".")[0]
    return getattr(func, "__module__", module) == module and owner == ".".join(
        rest[:-1]
    )


def on_page_content(html, page, config, **kwargs):
    """Clean this page's entries in objects.inv and add the names Python's documentation uses."""
    if not page.file.src_uri.startswith(REFERENCE):
        return html
    inventory = config.plugins["mkdocstrings"].handlers.inventory
    autorefs = config.plugins["autorefs"]
    for name, item in list(inventory.items()):
        if (
            item.uri.startswith(page.url)
            and item.priority == 2
            and not defined_there(name)
        ):
            del inventory[name]
    for name, item in list(inventory.items()):
        if item.priority != 1 or not item.uri.startswith(page.url):
            continue
        for ours, theirs in PYTHON_DOCS_NAMES.items():
            if name == ours or name.startswith(ours + "."):
                alias = theirs + name[len(ours) :]
                if alias not in inventory:
                    inventory.register(
                        name=alias,
                        domain=item.domain,
                        role=item.role,
                        uri=item.uri,
                        priority=2,
                    )
                    autorefs.register_anchor(page, alias, name, primary=False)
    return html
