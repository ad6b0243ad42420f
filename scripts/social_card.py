"""Draw docs/assets/social.png, the 1200x630 card that link previews show (og:image).

Run `.venv/bin/python scripts/social_card.py` after changing it, and commit the PNG. Plain
Python (zlib and struct), no imaging library and no font files: the text uses the 5x9 pixel
font below, so the same script draws the same bytes on every machine.
"""

import struct
import zlib

from scripts import ROOT

WIDTH, HEIGHT = 1200, 630
OUT = ROOT / "docs" / "assets" / "social.png"

INDIGO = (63, 81, 181)  # Material's "indigo", the site's primary colour
DARK = (40, 53, 147)
WHITE = (255, 255, 255)
PALE = (197, 202, 233)
YELLOW = (255, 212, 59)

# 5 columns x 9 rows: rows 0-6 above the baseline, 7-8 for descenders.
GLYPHS = {
    "a": ".....|.....|.###.|....#|.####|#...#|.####",
    "c": ".....|.....|.####|#....|#....|#....|.####",
    "d": "....#|....#|.####|#...#|#...#|#...#|.####",
    "e": ".....|.....|.###.|#...#|#####|#....|.####",
    "f": "..##.|.#...|####.|.#...|.#...|.#...|.#...",
    "g": ".....|.....|.####|#...#|#...#|#...#|.####|....#|.###.",
    "h": "#....|#....|####.|#...#|#...#|#...#|#...#",
    "i": "..#..|.....|.##..|..#..|..#..|..#..|.###.",
    "k": "#....|#....|#..#.|#.#..|##...|#.#..|#..#.",
    "l": ".##..|..#..|..#..|..#..|..#..|..#..|.###.",
    "m": ".....|.....|##.#.|#.#.#|#.#.#|#.#.#|#.#.#",
    "n": ".....|.....|####.|#...#|#...#|#...#|#...#",
    "o": ".....|.....|.###.|#...#|#...#|#...#|.###.",
    "p": ".....|.....|####.|#...#|#...#|#...#|####.|#....|#....",
    "r": ".....|.....|#.##.|##..#|#....|#....|#....",
    "s": ".....|.....|.####|#....|.###.|....#|####.",
    "t": ".#...|.#...|####.|.#...|.#...|.#..#|..##.",
    "u": ".....|.....|#...#|#...#|#...#|#..##|.##.#",
    "v": ".....|.....|#...#|#...#|#...#|.#.#.|..#..",
    "w": ".....|.....|#...#|#...#|#.#.#|#.#.#|.#.#.",
    "x": ".....|.....|#...#|.#.#.|..#..|.#.#.|#...#",
    "y": ".....|.....|#...#|#...#|#...#|#...#|.####|....#|.###.",
    "P": "####.|#...#|#...#|####.|#....|#....|#....",
    ",": ".....|.....|.....|.....|.....|.##..|.##..|..#..|.#...",
    ".": ".....|.....|.....|.....|.....|.##..|.##..",
    ":": ".....|.##..|.##..|.....|.....|.##..|.##..",
    " ": "",
}

pixels = [[INDIGO] * WIDTH for _ in range(HEIGHT)]


def blend(x, y, colour, alpha):
    """Lay `colour` over one pixel with opacity `alpha` (0 to 1)."""
    if 0 <= x < WIDTH and 0 <= y < HEIGHT and alpha > 0:
        old = pixels[y][x]
        pixels[y][x] = tuple(
            round(o + (c - o) * min(alpha, 1)) for o, c in zip(old, colour, strict=True)
        )


def rect(x0, y0, x1, y1, colour):
    """Fill a rectangle, x0 and y0 included, x1 and y1 not."""
    for y in range(y0, y1):
        for x in range(x0, x1):
            pixels[y][x] = colour


def text(x, y, words, scale, colour):
    """Draw `words` with the top of the capitals at y; return the x where the text ends."""
    for char in words:
        for row, line in enumerate(GLYPHS[char].split("|") if GLYPHS[char] else []):
            for col, bit in enumerate(line):
                if bit == "#":
                    rect(
                        x + col * scale,
                        y + row * scale,
                        x + (col + 1) * scale,
                        y + (row + 1) * scale,
                        colour,
                    )
        x += 6 * scale
    return x - scale


def disc(cx, cy, r, colour):
    """A filled circle, its edge smoothed over one pixel."""
    for y in range(int(cy - r) - 1, int(cy + r) + 2):
        for x in range(int(cx - r) - 1, int(cx + r) + 2):
            d = ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2) ** 0.5
            blend(x, y, colour, r + 0.5 - d)


def line(x0, y0, x1, y1, width, colour):
    """A straight stroke, its edges smoothed over one pixel."""
    dx, dy = x1 - x0, y1 - y0
    length2 = dx * dx + dy * dy
    for y in range(int(min(y0, y1) - width), int(max(y0, y1) + width) + 1):
        for x in range(int(min(x0, x1) - width), int(max(x0, x1) + width) + 1):
            px, py = x + 0.5, y + 0.5
            t = max(0, min(1, ((px - x0) * dx + (py - y0) * dy) / length2))
            d = ((px - x0 - t * dx) ** 2 + (py - y0 - t * dy) ** 2) ** 0.5
            blend(x, y, colour, width / 2 + 0.5 - d)


def pill(x, y, label, scale):
    """A framed label; return the x where the frame ends."""
    pad, border = 3 * scale, 4
    w = len(label) * 6 * scale - scale + 2 * pad
    h = 7 * scale + 2 * pad
    rect(x, y, x + w, y + h, WHITE)
    rect(x + border, y + border, x + w - border, y + h - border, DARK)
    text(x + pad, y + pad, label, scale, WHITE)
    return x + w


def png(rows):
    """The bytes of an 8-bit RGB PNG file of `rows`: signature, IHDR, IDAT, IEND."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + bytes(c for pixel in row for c in pixel) for row in rows)
    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def main():
    """Draw the card: the title, the three start methods, a parent and three children."""
    rect(0, 380, WIDTH, HEIGHT, DARK)
    text(80, 70, "Python", 8, PALE)
    text(80, 150, "multiprocessing,", 9, WHITE)
    text(80, 240, "tested", 9, YELLOW)
    # The three start methods every example runs under.
    x = 80
    for method in ("fork", "spawn", "forkserver"):
        x = pill(x, 430, method, 5) + 28
    text(80, 540, "every example runs under each start method", 3, PALE)
    # One parent process and its three children.
    parent, children = (1030, 130), [(930, 300), (1030, 300), (1130, 300)]
    for child in children:
        line(*parent, *child, 8, WHITE)
    disc(*parent, 42, WHITE)
    for child in children:
        disc(*child, 32, YELLOW)
    OUT.write_bytes(png(pixels))
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
