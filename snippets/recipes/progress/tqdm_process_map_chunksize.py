"""tqdm 4.70's process_map(chunksize=5) counts chunks; tqdm over imap_unordered counts items."""

import io
from multiprocessing import Pool

import tqdm
from tqdm.contrib.concurrent import process_map

SAME_EVERY_RUN = dict(
    mininterval=0, ascii=False, bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt}"
)


def square(x):
    return x * x


def show(label, screen):
    print(f"{label:30}", screen.getvalue().rstrip("\n").split("\r")[-1])  # last frame


if __name__ == "__main__":
    print("tqdm", tqdm.__version__)
    screen = io.StringIO()
    process_map(
        square, range(20), chunksize=5, max_workers=2, file=screen, **SAME_EVERY_RUN
    )
    show("process_map(chunksize=5):", screen)
    screen = io.StringIO()
    with Pool(2) as pool:
        results = pool.imap_unordered(square, range(20), chunksize=5)
        for _ in tqdm.tqdm(results, total=20, file=screen, **SAME_EVERY_RUN):
            pass
    show("imap_unordered(chunksize=5):", screen)
