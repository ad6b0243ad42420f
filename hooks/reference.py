"""MkDocs hook for the API reference in docs/reference/: version banner, headings, examples.

The reference pages hold `::: identifier` blocks that mkdocstrings renders from the standard
library of the Python running the build. For each page under reference/ this hook

1. inserts, after the page title, which Python generated the page (`platform.python_version()`
   of the interpreter running MkDocs), so the statement can never be out of date;
2. gives each method or property entry the heading `Class.member` (mkdocstrings would print
   only `member`) one level below its class, unless the block sets `heading:` itself;
3. appends to each entry an "Examples in this guide" box: the tutorial sections whose snippets
   use that object. The uses are found by reading every file in snippets/ with `ast` and
   following which names hold a Process, a Pool, a queue, a Connection, an AsyncResult or a
   ProcessPoolExecutor; the sections are those that include the snippet (`--8<--`). The build
   fails when an entry has no example, unless its text says `<!-- examples: none -->`, and when
   an entry that says so has one, so the lists can neither go stale nor hide a typo;
4. registers the names Python's own documentation uses (`multiprocessing.Queue.put`, ...) as
   secondary names in objects.inv and for autorefs, next to the module paths mkdocstrings uses.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import platform
import re
import sys
from collections import defaultdict

import griffe
import markdown as md

from scripts import page_blocks as pages

REFERENCE = "reference/"
NONE_MARK = "<!-- examples: none -->"
AUTODOC = re.compile(r"^::: *([\w.]+) *$")
HEADING = pages.HEADING

# --- A Griffe extension, loaded by mkdocstrings (mkdocs.yml: handler option `extensions`) ---


class BoundContextMethods(griffe.Extension):
    """Show `multiprocessing.set_start_method(method, force=False)` without `self`.

    The module's functions are bound methods of its default context, so Griffe sees them as
    aliases of methods of `multiprocessing.context.*Context` and would print `self` first. This
    drops that parameter from the methods the module exports; it runs once per build.
    """

    def on_package(self, *, pkg, loader, **kwargs):  # noqa: D102
        if pkg.path != "multiprocessing":
            return
        for member in pkg.members.values():
            if not member.is_alias:
                continue
            try:
                target = member.final_target
            except griffe.AliasResolutionError:
                continue
            if (
                target.is_function
                and target.parent.is_class
                and target.path.startswith("multiprocessing.context.")
                and next(iter(target.parameters), None) is not None
                and next(iter(target.parameters)).name == "self"
            ):
                target.parameters = griffe.Parameters(*list(target.parameters)[1:])


# --- What the snippets use ------------------------------------------------------------------

# What a call returns, by the canonical name of what is called: ("inst", kind) for an object
# whose entries are in CLASS_ID, ("list", value), ("tuple", [values]), ("dict", value), or a
# dotted path string for a module (a context offers the module's API, so it is one too).
PROCESS, POOL, RESULT = ("inst", "Process"), ("inst", "Pool"), ("inst", "AsyncResult")
CONNECTION = ("inst", "Connection")
RETURNS = {
    "multiprocessing.Process": PROCESS,
    "multiprocessing.Pool": POOL,
    "multiprocessing.pool.Pool": POOL,
    "multiprocessing.Queue": ("inst", "Queue"),
    "multiprocessing.queues.Queue": ("inst", "Queue"),
    "multiprocessing.JoinableQueue": ("inst", "JoinableQueue"),
    "multiprocessing.queues.JoinableQueue": ("inst", "JoinableQueue"),
    "multiprocessing.SimpleQueue": ("inst", "SimpleQueue"),
    "multiprocessing.queues.SimpleQueue": ("inst", "SimpleQueue"),
    "multiprocessing.Pipe": ("tuple", [CONNECTION, CONNECTION]),
    "multiprocessing.current_process": PROCESS,
    "multiprocessing.parent_process": PROCESS,
    "multiprocessing.active_children": ("list", PROCESS),
    "multiprocessing.get_context": "multiprocessing",
    "concurrent.futures.ProcessPoolExecutor": ("inst", "ProcessPoolExecutor"),
}
METHOD_RETURNS = {
    ("Pool", "apply_async"): RESULT,
    ("Pool", "map_async"): RESULT,
    ("Pool", "starmap_async"): RESULT,
}
# Where each kind of object has its entries in the reference (the ids in objects.inv).
CLASS_ID = {
    "Process": "multiprocessing.Process",
    "Pool": "multiprocessing.pool.Pool",
    "AsyncResult": "multiprocessing.pool.AsyncResult",
    "Queue": "multiprocessing.queues.Queue",
    "JoinableQueue": "multiprocessing.queues.JoinableQueue",
    "SimpleQueue": "multiprocessing.queues.SimpleQueue",
    "Connection": "multiprocessing.connection.Connection",
    "ProcessPoolExecutor": "concurrent.futures.ProcessPoolExecutor",
}
BASE = {"JoinableQueue": "Queue"}  # a JoinableQueue's get() is an example of Queue.get
# Other spellings of the same objects.
CANONICAL = {
    "multiprocessing.context.Process": "multiprocessing.Process",
    "multiprocessing.process.current_process": "multiprocessing.current_process",
    "multiprocessing.process.parent_process": "multiprocessing.parent_process",
    "multiprocessing.process.active_children": "multiprocessing.active_children",
    "multiprocessing.connection.Pipe": "multiprocessing.Pipe",
    "concurrent.futures.process.ProcessPoolExecutor": "concurrent.futures.ProcessPoolExecutor",
}
# Calls that pass their arguments on to a function, whose parameters then get their types.
TARGET_CALLS = {"multiprocessing.Process", "threading.Thread"}
TASK_METHODS = {("Pool", "apply"), ("Pool", "apply_async")}


def is_inst(value):
    """Whether a value is an object with entries in the reference."""
    return isinstance(value, tuple) and value[0] == "inst"


def interesting(value):
    """Whether a value says more than "unknown" or "some other module's object"."""
    if value is None:
        return False
    if isinstance(value, str):
        return value.startswith(("multiprocessing", "concurrent.futures"))
    return True


def element(value):
    """What iterating over, or indexing, a value gives."""
    if isinstance(value, tuple) and value[0] in ("list", "dict"):
        return value[1]
    if isinstance(value, tuple) and value[0] == "tuple" and value[1]:
        first = value[1][0]
        return first if all(v == first for v in value[1]) else None
    return None


class Uses(ast.NodeVisitor):
    """Collect the reference ids that one snippet uses, following what its names hold.

    Deliberately small: names bound by assignment, `with`, `for` and comprehensions; the
    parameters of functions started with Process(target=..., args=...) or Pool.apply();
    subclasses of Process. What it cannot follow it leaves out: a missed use costs one link
    in a list, never a wrong one.
    """

    def __init__(self, params):
        """`params`: function name -> {parameter: value}, filled in by earlier passes."""
        self.params = params
        self.ids = set()
        self.scopes = [{}]
        self.functions = {}  # name -> FunctionDef
        self.classes = {}  # name of a user class -> ("inst", kind) of its instances
        self.constants = {}  # loop variable -> the string constants it runs over

    def lookup(self, name):
        """The value a name holds, innermost scope first."""
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return None

    def bind(self, target, value):
        """Assign a value to a target: a name, a tuple of targets, or `container[key]`."""
        if isinstance(target, ast.Name):
            self.scopes[-1][target.id] = value
        elif isinstance(target, (ast.Tuple, ast.List)):
            if isinstance(value, tuple) and value[0] == "tuple":
                items = list(value[1])
            else:
                items = [element(value)] * len(target.elts)
            items += [None] * len(target.elts)
            for t, v in zip(target.elts, items, strict=False):
                self.bind(t, v)
        elif isinstance(target, ast.Subscript):
            self.eval(target.slice)
            if isinstance(target.value, ast.Name) and value is not None:
                self.scopes[-1][target.value.id] = ("dict", value)
        else:
            self.eval(target)

    def use(self, kind, attr):
        """Record that a member of an object of this kind is used."""
        while kind:
            self.ids.add(CLASS_ID[kind])  # using a member is using the class
            self.ids.add(f"{CLASS_ID[kind]}.{attr}")
            kind = BASE.get(kind)

    def eval(self, node):
        """What an expression holds, recording every use inside it on the way."""
        if node is None:
            return None
        if isinstance(node, ast.Name):
            return self.lookup(node.id)
        if isinstance(node, ast.Attribute):
            base = self.eval(node.value)
            if isinstance(base, str):
                path = f"{base}.{node.attr}"
                return CANONICAL.get(path, path)
            if is_inst(base):
                self.use(base[1], node.attr)
            return ("attr", base, node.attr)
        if isinstance(node, ast.Call):
            return self.call(node)
        if isinstance(node, (ast.Tuple, ast.List)):
            return ("tuple", [self.eval(e) for e in node.elts])
        if isinstance(node, ast.Subscript):
            container = self.eval(node.value)
            self.eval(node.slice)
            return element(container)
        if isinstance(
            node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)
        ):
            return self.comprehension(node)
        if isinstance(node, (ast.IfExp, ast.BoolOp)):  # either side may be the one used
            values = [self.eval(child) for child in ast.iter_child_nodes(node)]
            return next((v for v in values if interesting(v)), None)
        if isinstance(node, ast.NamedExpr):
            value = self.eval(node.value)
            self.bind(node.target, value)
            return value
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                self.eval(child)
        return None

    def comprehension(self, node):
        """A list (or set, generator, dict) of what its element expression holds."""
        self.scopes.append({})
        for comp in node.generators:
            self.bind(comp.target, element(self.eval(comp.iter)))
            for condition in comp.ifs:
                self.eval(condition)
        if isinstance(node, ast.DictComp):
            self.eval(node.key)
            value = self.eval(node.value)
        else:
            value = self.eval(node.elt)
        self.scopes.pop()
        return ("list", value)

    def call(self, node):
        """What a call returns; records the function or method it calls."""
        func = self.eval(node.func)
        args = [self.eval(a) for a in node.args]
        kwargs = {k.arg: self.eval(k.value) for k in node.keywords}
        if isinstance(node.func, ast.Name) and node.func.id == "getattr":
            self.dynamic_getattr(node, args)
        if isinstance(node.func, ast.Name) and node.func.id in self.functions:
            self.propagate(node.func, ("tuple", args))
        if isinstance(func, str):
            if func in self.classes:
                return self.classes[func]
            self.ids.add(func)
            value = RETURNS.get(func)
            if is_inst(value):
                self.ids.add(CLASS_ID[value[1]])
                # Process(daemon=True, name=...) sets .daemon and .name: uses of them too.
                for keyword in filter(None, kwargs):
                    self.use(value[1], keyword)
            if func in TARGET_CALLS:
                target = next(
                    (k.value for k in node.keywords if k.arg == "target"), None
                )
                self.propagate(target, kwargs.get("args"))
            return value
        if isinstance(func, tuple) and func[0] == "attr":
            _, base, method = func
            if is_inst(base):
                if (base[1], method) in TASK_METHODS and node.args:
                    self.propagate(node.args[0], args[1] if len(args) > 1 else None)
                return METHOD_RETURNS.get((base[1], method))
            if (
                isinstance(base, tuple)
                and base[0] == "dict"
                and method in ("pop", "get")
            ):
                return base[1]
        return None

    def dynamic_getattr(self, node, args):
        """`getattr(p, "kill")`, or `getattr(p, how)` with `how` looping over strings."""
        if len(node.args) < 2 or not is_inst(args[0]):
            return
        name = node.args[1]
        if isinstance(name, ast.Constant) and isinstance(name.value, str):
            self.use(args[0][1], name.value)
        elif isinstance(name, ast.Name):
            for value in self.constants.get(name.id, ()):
                self.use(args[0][1], value)

    def propagate(self, target, args):
        """Give the parameters of the function `target` what the call passes to them."""
        if not isinstance(target, ast.Name) or target.id not in self.functions:
            return
        if not (isinstance(args, tuple) and args[0] == "tuple"):
            return
        params = [a.arg for a in self.functions[target.id].args.args]
        known = self.params.setdefault(target.id, {})
        for param, value in zip(params, args[1], strict=False):
            if interesting(value) or param not in known:  # keep what may be used
                known[param] = value

    def visit_Import(self, node):  # noqa: D102
        for alias in node.names:
            if alias.asname:
                self.scopes[-1][alias.asname] = alias.name
            else:
                top = alias.name.split(".")[0]
                self.scopes[-1][top] = top

    def visit_ImportFrom(self, node):  # noqa: D102
        for alias in node.names:
            path = f"{node.module}.{alias.name}"
            self.scopes[-1][alias.asname or alias.name] = CANONICAL.get(path, path)

    def visit_Assign(self, node):  # noqa: D102
        value = self.eval(node.value)
        for target in node.targets:
            self.bind(target, value)

    def visit_AnnAssign(self, node):  # noqa: D102
        self.bind(node.target, self.eval(node.value))

    def visit_With(self, node):  # noqa: D102
        for item in node.items:
            value = self.eval(item.context_expr)  # __enter__ returns the object itself
            if item.optional_vars is not None:
                self.bind(item.optional_vars, value)
        for stmt in node.body:
            self.visit(stmt)

    def visit_For(self, node):  # noqa: D102
        self.bind(node.target, element(self.eval(node.iter)))
        if isinstance(node.target, ast.Name) and isinstance(
            node.iter, (ast.Tuple, ast.List)
        ):
            self.constants[node.target.id] = [
                e.value
                for e in node.iter.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
            ]
        for stmt in node.body + node.orelse:
            self.visit(stmt)

    def visit_FunctionDef(self, node):  # noqa: D102
        self.functions[node.name] = node
        for default in node.args.defaults + node.args.kw_defaults:
            self.eval(default)
        scope = dict(self.params.get(node.name, {}))
        owner = self.scopes[-1].get("__instances__")
        if owner and node.args.args:
            scope[node.args.args[0].arg] = owner  # self
            if (
                node.name == "run"
            ):  # overriding run() is what subclassing Process is for
                self.use(owner[1], "run")
        self.scopes.append(scope)
        for stmt in node.body:
            self.visit(stmt)
        self.scopes.pop()

    def visit_ClassDef(self, node):  # noqa: D102
        instances = None
        for base in node.bases:
            value = (
                RETURNS.get(self.eval(base))
                if isinstance(self.eval(base), str)
                else None
            )
            if is_inst(value):
                instances = value
        if instances:
            self.classes[node.name] = instances
            self.scopes[-1][node.name] = node.name
            self.ids.add(CLASS_ID[instances[1]])
        self.scopes.append({"__instances__": instances})
        for stmt in node.body:
            self.visit(stmt)
        self.scopes.pop()

    def generic_visit(self, node):
        """Evaluate the expressions of any other statement, and visit its statements."""
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                self.eval(child)
            elif isinstance(child, (ast.stmt, ast.excepthandler, ast.match_case)):
                self.visit(child)


def snippet_uses(path):
    """The ids a snippet uses. Three passes, so parameters learn what is passed to them."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    params = {}
    for _ in range(3):
        visitor = Uses(params)
        visitor.visit(tree)
    return visitor.ids


# --- Where the snippets are shown -----------------------------------------------------------


def nav_titles(nav):
    """{"pool.md": "Pool", ...} from the `nav:` of mkdocs.yml."""
    titles = {}
    for item in nav or []:
        if isinstance(item, dict):
            for title, value in item.items():
                if isinstance(value, str):
                    titles[value] = title
                else:
                    titles.update(nav_titles(value))
    return titles


def fenced_lines(text):
    """The numbers of the lines inside fenced blocks (their `#` lines are not headings)."""
    inside = set()
    for fence in pages.fences(text):
        inside.update(range(fence.start, fence.end + 1))
    return inside


def headings(page):
    """(line, title, anchor) of each heading of a page; anchors as the toc extension makes them."""
    text = page.read_text(encoding="utf-8")
    skip = fenced_lines(text)
    found = [
        (number, line, m.group(2))
        for number, line in enumerate(text.splitlines(), 1)
        if number not in skip and (m := HEADING.match(line))
    ]
    converter = md.Markdown(extensions=["toc", "attr_list"])
    converter.convert("\n\n".join(line for _, line, _ in found))

    def flat(tokens):
        for token in tokens:
            yield token["id"]
            yield from flat(token["children"])

    anchors = list(flat(converter.toc_tokens))
    if len(anchors) != len(found):
        raise ValueError(f"reference hook: cannot read the headings of {page}")
    return [
        (number, title, anchor)
        for (number, _, title), anchor in zip(found, anchors, strict=True)
    ]


def sections(config):
    """For each snippet, [(page, page title, line, section title, anchor)] where it is shown."""
    titles = nav_titles(config.get("nav"))
    shown = defaultdict(list)
    for page in pages.all_pages():
        src = page.relative_to(pages.DOCS).as_posix()
        if src.startswith(REFERENCE):
            continue
        marks = headings(page)
        for line, path in pages.includes(page):
            before = [h for h in marks if h[0] < line]
            if before:
                number, title, anchor = before[-1]
                page_title = titles.get(src) or marks[0][1]
                shown[path].append((src, page_title, number, title, anchor))
    return shown


# --- The hook ----------------------------------------------------------------------------

STATE = {}


def on_pre_build(config, **kwargs):
    """Read every snippet once per build (the dev server rebuilds when a snippet changes)."""
    STATE["uses"] = {
        path: snippet_uses(pages.ROOT / path) for path in pages.all_snippets()
    }
    STATE["shown"] = sections(config)


def examples_for(ident, order):
    """[(src, page title, section title, anchor, [snippets])] whose snippets use `ident`."""
    grouped = {}
    for path in sorted(STATE["uses"]):
        if ident in STATE["uses"][path]:
            for place in STATE["shown"].get(path, []):
                grouped.setdefault(place, []).append(path)
    ranked = sorted(
        grouped, key=lambda place: (order.get(place[0], len(order)), place[2])
    )
    return [
        (src, page, title, anchor, grouped[(src, page, n, title, anchor)])
        for src, page, n, title, anchor in ranked
    ]


def examples_box(found, page_src):
    """The collapsible "Examples in this guide" box of one entry, as Markdown lines."""
    up = "../" * page_src.count("/")
    items = [
        f"    - [{page} › {_plain(title)}]({up}{src}#{anchor}): "
        + ", ".join(f"`{f}`" for f in files)
        for src, page, title, anchor, files in found
    ]
    count = len({f for *_, files in found for f in files})
    opener = "???+" if len(found) <= 3 else "???"  # open when short
    label = f"Examples in this guide: {count} snippet{'s' if count != 1 else ''}"
    return [f'{opener} example "{label}"', "", *items, ""]


def _plain(title):
    """A heading as link text: without backticks and without a `{ #id }` attribute list."""
    return re.sub(r"\s*\{[^}]*\}\s*$", "", title).replace("`", "")


def heading_options(ident, block):
    """Options to add to a `:::` block of a member: heading `Class.member`, one level down."""
    parts = ident.split(".")
    if len(parts) < 3 or not parts[-2][:1].isupper():
        return []
    text = "\n".join(block)
    extra = []
    if "heading:" not in text:
        extra.append(f"heading: {parts[-2]}.{parts[-1]}")
    if "heading_level:" not in text:
        extra.append("heading_level: 3")
    return extra


def banner():
    """Which Python generated the page, from the interpreter running the build."""
    version = platform.python_version()
    implementation = platform.python_implementation()
    system = platform.system() or sys.platform
    return [
        f'!!! info "Generated from {implementation} {version} on {system}"',
        "",
        f"    The signatures and docstrings below are read from the standard library of the"
        f" Python that built this site, {implementation} {version}, by"
        " [mkdocstrings](https://mkdocstrings.github.io/python/). The notes under each entry"
        " are ours; where a behaviour differs between Python versions, they say so.",
        "",
    ]


def on_page_markdown(markdown, page, config, files, **kwargs):
    """Banner, member headings and examples for the pages under reference/."""
    src = page.file.src_uri
    if not src.startswith(REFERENCE):
        return markdown
    order = {path: i for i, path in enumerate(nav_titles(config.get("nav")))}

    lines = markdown.splitlines()
    out = []
    entry = None  # (identifier, lines of its text so far)
    problems = []

    def close_entry():
        if entry is None:
            return
        ident, body = entry
        found = examples_for(ident, order)
        marked = any(NONE_MARK in line for line in body)
        if found and marked:
            problems.append(f"{ident}: marked {NONE_MARK} but snippets use it")
        elif not found and not marked:
            problems.append(
                f"{ident}: no snippet uses it; fix the name, write a snippet, "
                f"or say {NONE_MARK} in its text"
            )
        if found:
            while out and not out[-1].strip():
                out.pop()
            out.extend(["", *examples_box(found, src)])

    titled = False
    i = 0
    while i < len(lines):
        line = lines[i]
        m = AUTODOC.match(line)
        h = HEADING.match(line)
        if m or (h and titled):
            close_entry()
            entry = None
        if h and not titled:
            out.extend([line, "", *banner()])
            titled = True
            i += 1
            continue
        if m:
            ident = m.group(1)
            block = []
            j = i + 1
            while j < len(lines) and lines[j].startswith("    "):
                block.append(lines[j])
                j += 1
            extra = heading_options(ident, block)
            if extra and not any(b.strip() == "options:" for b in block):
                block = ["    options:", *block]
            if extra:
                at = next(k for k, b in enumerate(block) if b.strip() == "options:") + 1
                block[at:at] = [f"      {e}" for e in extra]
            out.extend([line, *block])
            entry = (ident, [])
            i = j
            continue
        out.append(line)
        if entry is not None:
            entry[1].append(line)
        i += 1
    close_entry()
    if not titled:
        problems.append("no `# title` line to put the banner under")
    if problems:
        raise ValueError(f"reference hook, {src}:\n  " + "\n  ".join(problems))
    return "\n".join(out) + "\n"


# Names Python's documentation gives these objects, registered as secondary names of ours.
PYTHON_DOCS_NAMES = {
    "multiprocessing.queues.Queue": "multiprocessing.Queue",
    "multiprocessing.queues.JoinableQueue": "multiprocessing.JoinableQueue",
    "multiprocessing.queues.SimpleQueue": "multiprocessing.SimpleQueue",
    "multiprocessing.Process": "multiprocessing.process.BaseProcess",
    "multiprocessing.pool.Pool": "multiprocessing.Pool",
}


def defined_there(name):
    """Whether `name` is where the object is defined, not a module that imports it.

    mkdocstrings also lists every module that imports an object (`multiprocessing.pool.wait`,
    `multiprocessing.spawn.set_start_method`) and private bases (`_ConnectionBase`): noise in
    objects.inv. `multiprocessing.process.BaseProcess.start` or
    `multiprocessing.context.DefaultContext.set_start_method` are kept.
    """
    if any(part.startswith("_") for part in name.split(".")):
        return False
    parts = name.split(".")
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
