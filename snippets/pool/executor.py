"""ProcessPoolExecutor: map(), and submit() with as_completed()."""

from concurrent.futures import ProcessPoolExecutor, as_completed


def square(x):
    return x * x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        print("map:", list(executor.map(square, range(5))))
        futures = {executor.submit(square, x): x for x in range(5)}
        done = {
            futures[f]: f.result() for f in as_completed(futures)
        }  # finishing order
        print("as_completed, sorted:", sorted(done.items()))
    # leaving the block calls shutdown(wait=True): pending work is finished, not cut off
