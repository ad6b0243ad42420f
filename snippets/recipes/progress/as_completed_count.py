"""Count futures as they finish with as_completed(), and report every 5th."""

from concurrent.futures import ProcessPoolExecutor, as_completed


def square(x):
    return x * x


if __name__ == "__main__":
    items = range(20)
    results = {}
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = {executor.submit(square, x): x for x in items}
        for done, future in enumerate(as_completed(futures), start=1):
            results[futures[future]] = future.result()  # which item it was
            if done % 5 == 0:
                print(f"{done}/{len(futures)} done")
    print("in input order:", [results[x] for x in items][:5], "...")
