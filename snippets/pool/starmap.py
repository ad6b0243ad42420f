"""starmap(): each item is a tuple of arguments, unpacked into the call."""

from multiprocessing import Pool

if __name__ == "__main__":
    pairs = [(2, 3), (3, 2), (10, 2)]
    with Pool(2) as pool:
        print(pool.starmap(pow, pairs))  # pow(2, 3), pow(3, 2), pow(10, 2)
