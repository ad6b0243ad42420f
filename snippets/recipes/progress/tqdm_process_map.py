"""tqdm.contrib.concurrent.process_map(): map() over a ProcessPoolExecutor, with a bar."""

import io

from tqdm.contrib.concurrent import process_map

SAME_EVERY_RUN = dict(
    miniters=5,
    mininterval=0,
    ascii=False,
    bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt}",
)


def square(x):
    return x * x


if __name__ == "__main__":
    screen = io.StringIO()
    results = process_map(
        square, range(20), max_workers=2, file=screen, **SAME_EVERY_RUN
    )
    print(*screen.getvalue().rstrip("\n").split("\r")[1:], sep="\n")
    print("results in input order:", results[:5], "...")
