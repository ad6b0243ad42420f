"""apply() runs one call and waits; apply_async() returns an AsyncResult at once."""

from multiprocessing import Pool


def describe(name, *, greeting="hello"):
    return f"{greeting}, {name}"


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.apply(describe, ("world",)))
        r = pool.apply_async(describe, ("async",), {"greeting": "hi"})
        print(type(r).__name__, "->", r.get(timeout=5))
