"""map_async() and starmap_async(): the whole list as one AsyncResult, with a callback."""

from multiprocessing import Pool


def square(x):
    return x * x


def report(results):  # called once, with the complete list
    print("callback got", results)


if __name__ == "__main__":
    with Pool(2) as pool:
        r1 = pool.map_async(square, range(5), callback=report)
        r2 = pool.starmap_async(divmod, [(7, 2), (9, 4)])
        r1.wait(timeout=5)
        print("map_async:", r1.get(timeout=5))
        print("starmap_async:", r2.get(timeout=5))
