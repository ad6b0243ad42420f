"""A tqdm progress bar over imap_unordered(): total= gives the bar its length."""

import io
from multiprocessing import Pool

from tqdm import tqdm

# Redraw at every 5th result and show no timings, so that the frames are the same on
# every run. A program of yours leaves these out (and file=): tqdm then draws on stderr.
SAME_EVERY_RUN = dict(
    miniters=5,
    mininterval=0,
    ascii=False,
    bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt}",
)


def square(x):
    return x * x


if __name__ == "__main__":
    items = range(20)
    screen = (
        io.StringIO()
    )  # stands in for the terminal, so that every frame can be shown
    total = 0
    with Pool(2) as pool:
        results = pool.imap_unordered(square, items)
        for result in tqdm(results, total=len(items), file=screen, **SAME_EVERY_RUN):
            total += result
    frames = screen.getvalue().rstrip("\n").split("\r")[1:]  # each frame starts with \r
    print(*frames, sep="\n")
    print("sum of squares:", total)
