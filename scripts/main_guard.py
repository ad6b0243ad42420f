"""Find code that starts processes outside `if __name__ == "__main__":`, without running it.

Under spawn and forkserver every child imports the main module again; a Process, Pool,
executor, Manager or queue made at the top level is made again in each child, which then
fails with CPython's "bootstrapping phase" RuntimeError, or starts children of its own.
The page checks run this on every snippet before anything runs, so the mistake costs one line
of output instead of minutes of tracebacks.
"""

from __future__ import annotations

import ast

# Calls that start processes or make objects that belong to one process tree.
STARTS = {
    "Process", "Pool", "ThreadPool", "ProcessPoolExecutor", "Manager", "SyncManager",
    "Queue", "JoinableQueue", "SimpleQueue", "Barrier", "set_start_method",
}  # fmt: skip
MODULES = ("multiprocessing", "concurrent.futures")
FIX = 'move it under `if __name__ == "__main__":` (functions and classes may stay above it)'


def is_main_guard(node: ast.AST) -> bool:
    """`if __name__ == "__main__":`, either way round."""
    if not isinstance(node, ast.If) or not isinstance(node.test, ast.Compare):
        return False
    sides = [node.test.left, *node.test.comparators]
    names = [s for s in sides if isinstance(s, ast.Name) and s.id == "__name__"]
    mains = [s for s in sides if isinstance(s, ast.Constant) and s.value == "__main__"]
    return bool(names and mains)


class ImportTime(ast.NodeVisitor):
    """Collect the calls a module makes when it is imported, except under the guard."""

    def __init__(self):
        self.calls: list[ast.Call] = []

    def visit_FunctionDef(
        self, node
    ):  # the body runs later; decorators and defaults now
        for child in [
            *node.decorator_list,
            *node.args.defaults,
            *node.args.kw_defaults,
        ]:
            if child is not None:
                self.visit(child)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Lambda(self, node):
        pass

    def visit_If(self, node):
        for child in (
            node.orelse
            if is_main_guard(node)
            else [node.test, *node.body, *node.orelse]
        ):
            self.visit(child)

    def visit_Call(self, node):
        self.calls.append(node)
        self.generic_visit(node)


def bound_names(tree: ast.Module) -> tuple[set[str], set[str]]:
    """Names bound to one of the STARTS calls, and names of modules or contexts offering them."""
    names, owners = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(MODULES):
            names.update(a.asname or a.name for a in node.names if a.name in STARTS)
        elif isinstance(node, ast.Import):
            owners.update(
                a.asname or a.name.split(".")[0]
                for a in node.names
                if a.name.startswith(MODULES)
            )
        elif (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and _name(node.value.func) == "get_context"
        ):
            owners.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names, owners


def problems(source: str, path: str) -> list[str]:
    """`path:line: ...` for each process-starting call made at import time."""
    tree = ast.parse(source, path)
    names, owners = bound_names(tree)
    visitor = ImportTime()
    visitor.visit(tree)
    found = []
    for call in visitor.calls:
        func = call.func
        starts = (isinstance(func, ast.Name) and func.id in names) or (
            isinstance(func, ast.Attribute)
            and func.attr in STARTS
            and _root(func.value) in owners
        )
        if starts:
            found.append(
                f"{path}:{call.lineno}: {ast.unparse(func)}() runs at import time, outside "
                f"the `__main__` guard; {FIX}"
            )
    return found


def _name(func: ast.AST) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def _root(node: ast.AST) -> str | None:
    """The name an attribute chain starts from: `mp` in `mp.get_context("spawn").Pool`."""
    while isinstance(node, (ast.Attribute, ast.Call)):
        node = node.value if isinstance(node, ast.Attribute) else node.func
    return node.id if isinstance(node, ast.Name) else None
