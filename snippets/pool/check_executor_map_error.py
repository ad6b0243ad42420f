"""Check yourself: predict what this program prints."""

from concurrent.futures import ProcessPoolExecutor


def inverse(x):
    return 1 / x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        results = executor.map(inverse, [4, 2, 0, 1])
        print("map() returned")
        try:
            for r in results:
                print(r)
        except ZeroDivisionError:
            print("ZeroDivisionError")
