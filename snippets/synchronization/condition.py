"""Condition: wait_for() a shared state to become true, notify_all() when it changes."""

from multiprocessing import Condition, Process, Value


def consumer(cond, ready):
    with cond:
        cond.wait_for(lambda: ready.value >= 3, timeout=10)
        print("consumer: saw", ready.value, "items ready")


if __name__ == "__main__":
    cond, ready = Condition(), Value("i", 0, lock=False)  # cond's lock protects ready
    p = Process(target=consumer, args=(cond, ready))
    p.start()
    for _ in range(3):
        with cond:
            ready.value += 1
            cond.notify_all()
    p.join()
