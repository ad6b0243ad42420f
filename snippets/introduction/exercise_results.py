"""Exercise: four workers square their numbers, but the parent's list stays empty."""

from multiprocessing import Process

results = []


def square(n):
    results.append(n * n)


if __name__ == "__main__":
    workers = [Process(target=square, args=(n,)) for n in range(1, 5)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("results:", sorted(results))
