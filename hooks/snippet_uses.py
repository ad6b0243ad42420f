"""What each snippet uses of the API reference: `uses(path)`, a set of ids of its entries.

Read with `ast`, without running anything: one table of what each call returns, and one map
of what each name may hold, for the whole file, without scopes or order. A container holds
what its items hold, so after `procs.append(Process(...))`, `for p in procs: p.join()` and
`procs[-1].start()` are uses of `Process.join` and `Process.start`. Arguments flow into the
parameters of the file's own functions, of `Process(target=..., args=...)` and of
`Pool.apply()`. Passes repeat until nothing new is learnt. A use that this misses costs one
link in an entry's list; tests/test_reference.py holds uses it must find.
"""

from __future__ import annotations

import ast
from collections import defaultdict

# Instances are written <id>, with the id of their class's entry in the reference.
PROCESS = "<multiprocessing.Process>"
POOL = "<multiprocessing.pool.Pool>"
RESULT = "<multiprocessing.pool.AsyncResult>"
QUEUE = "<multiprocessing.queues.Queue>"
JOINABLE = "<multiprocessing.queues.JoinableQueue>"
# What calling a name returns, by its dotted path. A context offers the module's API.
RETURNS = {
    "multiprocessing.Process": PROCESS,
    "multiprocessing.Pool": POOL,
    "multiprocessing.Queue": QUEUE,
    "multiprocessing.JoinableQueue": JOINABLE,
    "multiprocessing.SimpleQueue": "<multiprocessing.queues.SimpleQueue>",
    "multiprocessing.Pipe": "<multiprocessing.connection.Connection>",
    "multiprocessing.current_process": PROCESS,
    "multiprocessing.parent_process": PROCESS,
    "multiprocessing.active_children": PROCESS,
    "multiprocessing.get_context": "multiprocessing",
    "concurrent.futures.ProcessPoolExecutor": "<concurrent.futures.ProcessPoolExecutor>",
}
METHOD_RETURNS = {
    f"{POOL}.{m}": RESULT for m in ("apply_async", "map_async", "starmap_async")
}
# The same objects under the paths they are defined at.
SAME = {
    "multiprocessing.context.Process": "multiprocessing.Process",
    "multiprocessing.process.current_process": "multiprocessing.current_process",
    "multiprocessing.process.parent_process": "multiprocessing.parent_process",
    "multiprocessing.process.active_children": "multiprocessing.active_children",
    "multiprocessing.connection.Pipe": "multiprocessing.Pipe",
    "multiprocessing.pool.Pool": "multiprocessing.Pool",
    "concurrent.futures.process.ProcessPoolExecutor": "concurrent.futures.ProcessPoolExecutor",
}
BASES = {JOINABLE: QUEUE}  # a JoinableQueue's get() is an example of Queue.get
TARGET_CALLS = {"multiprocessing.Process", "threading.Thread"}  # target=..., args=...
TASK_CALLS = {f"{POOL}.apply", f"{POOL}.apply_async"}  # (func, args)


class Snippet:
    """The facts of one file, learnt over repeated passes (`learn`)."""

    def __init__(self, tree: ast.Module):  # noqa: D107
        self.tree = tree
        self.holds: defaultdict[str, set[str]] = defaultdict(set)
        self.used: set[str] = set()
        self.functions = {
            n.name: [a.arg for a in n.args.args]
            for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
        }
        self.subclasses: dict[
            str, set[str]
        ] = {}  # the file's classes -> ids of their bases
        self.changed = False

    def bind(self, name: str, values: set[str]) -> None:
        """Let a name hold these values too (and note that something was learnt)."""
        if not values <= self.holds[name]:
            self.holds[name] |= values
            self.changed = True

    def assign(
        self, target: ast.expr, value: ast.expr | None, values: set[str]
    ) -> None:
        """Bind a target; `a, b = x, y` pairs them, `a, b = x` gives both what x holds."""
        if isinstance(target, (ast.Tuple, ast.List)):
            pairs = isinstance(value, (ast.Tuple, ast.List)) and len(value.elts) == len(
                target.elts
            )
            for k, part in enumerate(target.elts):
                item = value.elts[k] if pairs else None
                self.assign(part, item, self.values(item) if pairs else values)
        elif isinstance(target, ast.Name):
            self.bind(target.id, values)
        elif isinstance(target, (ast.Subscript, ast.Starred)):
            self.assign(target.value, None, values)  # procs[i] = Process(...)

    def values(self, node: ast.expr | None) -> set[str]:
        """What an expression may hold: dotted paths and <instances>."""
        if isinstance(node, ast.Name):
            return set(self.holds.get(node.id, ()))
        if isinstance(node, ast.Attribute):
            out = set()
            for base in self.values(node.value):
                path = f"{base}.{node.attr}"
                out.add(SAME.get(path, path))
            return out
        if isinstance(node, ast.Call):
            out = set()
            for func in self.values(node.func):
                out |= {v for v in (RETURNS.get(func), METHOD_RETURNS.get(func)) if v}
                out |= {f"<{c}>" for c in self.subclasses.get(func, ())}
            return out
        if isinstance(node, (ast.Subscript, ast.Starred, ast.NamedExpr)):
            return self.values(node.value)
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
            return self.values(node.elt)
        parts = (ast.Tuple, ast.List, ast.Set, ast.IfExp, ast.BoolOp)
        if isinstance(node, parts):
            children = [
                c for c in ast.iter_child_nodes(node) if isinstance(c, ast.expr)
            ]
            return set().union(*map(self.values, children))
        return set()

    def use(self, instance: str, member: str) -> None:
        """Record a use of a member, which is a use of its class (and of its bases)."""
        while instance:
            self.used |= {instance.strip("<>"), f"{instance.strip('<>')}.{member}"}
            instance = BASES.get(instance)

    def call_into(self, func: ast.expr | None, args: list[ast.expr]) -> None:
        """Give the parameters of one of the file's functions what a call passes."""
        if isinstance(func, ast.Name) and func.id in self.functions:
            for param, arg in zip(self.functions[func.id], args, strict=False):
                self.bind(param, self.values(arg))

    def learn(self) -> None:
        """One pass over the file: classes first, so their instances are known."""
        self.changed = False
        for node in ast.walk(self.tree):
            if isinstance(node, ast.ClassDef):
                made = set().union(
                    *(self.values(ast.Call(b, [], [])) for b in node.bases)
                )
                self.subclasses[node.name] = {m.strip("<>") for m in made}
                self.used |= self.subclasses[
                    node.name
                ]  # subclassing is using the class
                self.bind(node.name, {node.name})
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.args.args:
                        self.bind(item.args.args[0].arg, made)  # self
                        for instance in made if item.name == "run" else ():
                            self.use(instance, "run")  # what subclassing Process is for
        for node in ast.walk(self.tree):
            self.visit(node)

    def visit(self, node: ast.AST) -> None:
        """What one node binds or uses."""
        if isinstance(node, ast.Import):
            for alias in node.names:
                name = alias.asname or alias.name.split(".")[0]
                self.bind(name, {alias.name if alias.asname else name})
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                path = f"{node.module}.{alias.name}"
                self.bind(alias.asname or alias.name, {SAME.get(path, path)})
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.NamedExpr)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                self.assign(target, node.value, self.values(node.value))
        elif isinstance(node, (ast.For, ast.comprehension)):
            self.assign(node.target, None, self.values(node.iter))
            if isinstance(node.iter, (ast.Tuple, ast.List)):  # for how in ("kill", ...)
                names = {e.value for e in node.iter.elts if isinstance(e, ast.Constant)}
                self.assign(node.target, None, {f'"{n}"' for n in names})
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            self.assign(node.optional_vars, None, self.values(node.context_expr))
        elif isinstance(node, ast.Attribute):
            for instance in self.values(node.value):
                if instance.startswith("<"):
                    self.use(instance, node.attr)
        elif isinstance(node, ast.Call):
            self.visit_call(node)

    def visit_call(self, node: ast.Call) -> None:
        """A call: what it uses, and what flows into the parameters it calls."""
        funcs = self.values(node.func)
        keywords = {k.arg: k.value for k in node.keywords if k.arg}
        self.used |= {f for f in funcs if not f.startswith("<")}
        self.call_into(node.func, node.args)
        method = node.func.attr if isinstance(node.func, ast.Attribute) else None
        if (
            method in ("append", "add", "extend") and node.args
        ):  # procs.append(Process())
            self.assign(node.func.value, None, self.values(node.args[0]))
        for func in funcs:
            made = RETURNS.get(func, "")
            # A constructor (Process(), not current_process()) is a use of its class.
            if (
                made.startswith("<")
                and func.split(".")[-1] == made[1:-1].split(".")[-1]
            ):
                self.used.add(made.strip("<>"))
                for keyword in keywords:  # Process(daemon=True) sets .daemon
                    self.use(made, keyword)
            if func in TARGET_CALLS and "args" in keywords:
                self.call_into(
                    keywords.get("target"), getattr(keywords["args"], "elts", [])
                )
            if func in TASK_CALLS and len(node.args) > 1:
                self.call_into(node.args[0], getattr(node.args[1], "elts", []))
        if (
            isinstance(node.func, ast.Name)
            and node.func.id == "getattr"
            and node.args[1:]
        ):
            name = node.args[
                1
            ]  # getattr(p, "kill"), or getattr(p, how) over such strings
            names = (
                {f'"{name.value}"'}
                if isinstance(name, ast.Constant)
                else self.values(name)
            )
            for instance in self.values(node.args[0]):
                for member in names:
                    if instance.startswith("<") and member.startswith('"'):
                        self.use(instance, member.strip('"'))


def uses(path) -> set[str]:
    """The reference ids one snippet uses (some of them may have no entry)."""
    snippet = Snippet(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    for _ in range(10):
        snippet.learn()
        if not snippet.changed:
            break
    return snippet.used
