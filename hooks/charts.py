"""MkDocs hook: draw the scaling chart of docs/performance.md from its output block.

The page holds a marker, `<!-- chart: snippets/performance/scaling.py -->`. At build time this
hook finds the output block that the snippet printed on the same page (the numbers that
`make outputs` recorded), and replaces the marker with an inline SVG: measured speedup against
the ideal, per number of workers. Nothing is drawn by hand and nothing is fetched. A marker
whose data cannot be read is logged with its page and line, which fails the strict build.
"""

import logging
import re

log = logging.getLogger("mkdocs.hooks.charts")

MARKER = re.compile(r"<!-- chart: (snippets/\S+\.py) -->")
ROW = re.compile(r"^\s*(\d+)\s+[\d.]+\s+([\d.]+)x\s+(\d+)x\s*$")
W, H, PAD = 480, 260, 40


def rows_for(markdown, snippet):
    """(workers, speedup, ideal) rows of the snippet's output block on this page."""
    header = f"$ python {snippet}\n"
    if header not in markdown:
        raise LookupError(f"no output block for {snippet} on this page")
    block = markdown.split(header, 1)[1].split("```", 1)[0]
    rows = [
        (int(m[1]), float(m[2]), int(m[3]))
        for m in map(ROW.match, block.splitlines())
        if m
    ]
    if not rows:
        raise LookupError(f"no 'workers seconds speedup ideal' rows for {snippet}")
    return rows


def svg(rows):
    """An inline bar chart; currentColor keeps it readable in light and dark mode."""
    top = max(max(s, i) for _, s, i in rows)
    step = (W - 2 * PAD) / len(rows)
    bar = step * 0.35

    def y(v):
        return H - PAD - v / top * (H - 2 * PAD)

    parts = [
        f'<svg role="img" viewBox="0 0 {W} {H}" width="{W}" class="chart" '
        'aria-label="Measured speedup against ideal speedup per number of workers" '
        'fill="currentColor" font-size="12">',
        f'<line x1="{PAD}" y1="{H - PAD}" x2="{W - PAD}" y2="{H - PAD}" stroke="currentColor"/>',
    ]
    for k, (workers, speedup, ideal) in enumerate(rows):
        x = PAD + k * step + step * 0.15
        parts += [
            f'<rect x="{x:.1f}" y="{y(ideal):.1f}" width="{bar:.1f}" '
            f'height="{H - PAD - y(ideal):.1f}" fill-opacity="0.25"/>',
            f'<rect x="{x + bar:.1f}" y="{y(speedup):.1f}" width="{bar:.1f}" '
            f'height="{H - PAD - y(speedup):.1f}"/>',
            f'<text x="{x + bar:.1f}" y="{H - PAD + 16}" text-anchor="middle">'
            f"{workers} worker{'s' if workers > 1 else ''}</text>",
            f'<text x="{x + 1.5 * bar:.1f}" y="{y(speedup) - 4:.1f}" '
            f'text-anchor="middle">{speedup:.2f}x</text>',
        ]
    parts.append(
        f'<text x="{PAD}" y="16">light: ideal speedup; solid: measured</text></svg>'
    )
    return "".join(parts)


def on_page_markdown(markdown, page, **kwargs):
    """Replace each chart marker with its chart; log a marker without data, keep it as is."""

    def chart(match):
        try:
            return svg(rows_for(markdown, match[1]))
        except LookupError as problem:
            line = markdown.count("\n", 0, match.start()) + 1
            log.error(f"docs/{page.file.src_uri}:{line}: chart: {problem}")
            return match[0]

    return MARKER.sub(chart, markdown)
