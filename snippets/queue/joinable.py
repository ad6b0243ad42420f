"""JoinableQueue: task_done() after each item, join() waits until every item is done."""

from multiprocessing import JoinableQueue, Process, Value


def worker(tasks, total):
    while True:
        n = tasks.get()
        with total.get_lock():
            total.value += n
        tasks.task_done()  # exactly once per get()


if __name__ == "__main__":
    tasks, total = JoinableQueue(), Value("i", 0)
    for _ in range(2):
        Process(target=worker, args=(tasks, total), daemon=True).start()
    for n in range(1, 101):
        tasks.put(n)
    tasks.join()  # returns when task_done() was called for all 100 items
    print("all tasks done, total =", total.value)
    try:
        tasks.task_done()  # one call too many
    except ValueError as e:
        print("extra task_done():", e)
