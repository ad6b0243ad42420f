"""map() stops at the first failing item; return errors as values to keep the rest."""

from multiprocessing import Pool


def parse(text):
    return int(text)


def safe_parse(text):
    try:
        return text, int(text), None
    except ValueError as e:
        return text, None, f"{type(e).__name__}: {e}"


if __name__ == "__main__":
    items = ["1", "x", "3", "4"]
    with Pool(2) as pool:
        try:
            pool.map(parse, items)
        except ValueError as e:
            print("map() raised:", e, "- the other results are lost")
        for text, value, error in pool.map(safe_parse, items):
            print(f"{text!r}: {value if error is None else error}")
