"""Solution: `with lock:` releases the lock on every way out, exceptions included."""

from multiprocessing import Lock, Process, Value


def worker(numbers, lock, total):
    for n in numbers:
        try:
            with lock:  # released even when the line below raises
                total.value += 100 // n  # ZeroDivisionError for n == 0
        except ZeroDivisionError:
            pass  # skip the bad number


if __name__ == "__main__":
    lock, total = Lock(), Value("i", 0, lock=False)  # `lock` guards `total`
    workers = [
        Process(target=worker, args=(numbers, lock, total))
        for numbers in ([5, 0, 4], [2, 1, 10])
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("total:", total.value)
