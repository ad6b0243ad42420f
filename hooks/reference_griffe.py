"""Griffe extension for the API reference: module functions printed without `self`.

mkdocs.yml loads it into mkdocstrings (handler option `extensions`). `multiprocessing`'s
functions (`set_start_method`, `get_context`, ...) are bound methods of its default context,
so Griffe sees them as aliases of methods of `multiprocessing.context.*Context` and would
print `set_start_method(self, method, force=False)`. This drops that first parameter from the
methods the module exports; it runs once per build.
"""

import griffe


class BoundContextMethods(griffe.Extension):
    """Show `multiprocessing.set_start_method(method, force=False)` without `self`."""

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
            first = next(iter(target.parameters), None) if target.is_function else None
            if (
                first is not None
                and first.name == "self"
                and target.parent.is_class
                and target.path.startswith("multiprocessing.context.")
            ):
                target.parameters = griffe.Parameters(*list(target.parameters)[1:])
