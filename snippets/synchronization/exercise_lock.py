"""Exercise: two workers add 100 // n to a total, skipping bad input; the program hangs."""

from multiprocessing import Lock, Process, Value


def worker(numbers, lock, total):
    for n in numbers:
        try:
            lock.acquire()
            total.value += 100 // n  # ZeroDivisionError for n == 0
            lock.release()
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
