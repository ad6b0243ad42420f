"""The reference entries of the Markdown copies, from what mkdocstrings collected.

On reference pages each `::: identifier` becomes its heading and a placeholder while the page is
converted; once mkdocstrings has collected the object, its signature and docstring replace the
placeholder, before the notes and examples that hooks/reference.py added.
"""

from __future__ import annotations

import re

import yaml

ENTRY = "\x00entry {}\x00"
ENTRY_MARK = re.compile("\x00entry ([\\w.]+)\x00")


def autodoc(ident: str, block: list[str], entries) -> list[str]:
    """A `::: identifier` block: its heading now, its signature and docstring later."""
    text = "\n".join(block).strip()
    options = (yaml.safe_load(text) or {}).get("options", {}) if text else {}
    entries[ident] = options
    level = int(options.get("heading_level", 2))
    title = options.get("heading", ident)
    return ["#" * level + f" {title}", "", ENTRY.format(ident), ""]


def entry_markdown(obj) -> str:
    """An object's signature (a code block) and docstring, as mkdocstrings collected them."""
    target = obj.final_target if obj.is_alias else obj
    init = None
    if target.is_class:
        init = target.all_members.get("__init__")
        init = init.final_target if init is not None and init.is_alias else init
        signature = (
            init.signature(name=target.name, return_type=False)
            if init is not None and init.is_function
            else f"{target.name}()"
        )
    elif target.is_function:
        signature = target.signature(name=target.name)
    else:
        signature = target.name
    parts = [f"```python\n{signature}\n```"]
    docstring = obj.docstring or target.docstring
    if docstring is None and target.is_class and init is not None:
        docstring = init.docstring  # merge_init_into_class, as mkdocs.yml asks
    if docstring is not None and docstring.value.strip():
        parts += [_section(section) for section in docstring.parsed]
    return "\n\n".join(part for part in parts if part)


def _section(section) -> str:
    """One section of a parsed docstring, as mkdocstrings lists it (docstring_section_style)."""
    kind = section.kind.value
    if kind == "text":
        return section.value.strip()
    if kind == "admonition":
        return f"**{section.title or ''}**\n\n{section.value.description}".strip()
    if not isinstance(section.value, list):
        return f"{kind.capitalize()}:\n\n{section.value}"
    items = []
    for item in section.value:
        name = getattr(item, "name", "") or ""
        label = (
            f"**`{name}`**"
            if name
            else (f"`{item.annotation}`" if item.annotation else "")
        )
        text = " ".join(str(item.description).split())
        items.append(f"- {label} – {text}" if label else f"- {text}")
    return f"{kind.capitalize()}:\n\n" + "\n".join(items)
