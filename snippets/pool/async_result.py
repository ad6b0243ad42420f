"""AsyncResult: ready(), wait(timeout), successful() and get(timeout)."""

from multiprocessing import Manager, Pool, TimeoutError


def wait_then_divide(go, a, b):
    go.wait()
    return a / b


if __name__ == "__main__":
    with Manager() as manager, Pool(2) as pool:
        go = manager.Event()  # a proxy: picklable, so it can go with a task
        ok = pool.apply_async(wait_then_divide, (go, 1, 4))
        bad = pool.apply_async(wait_then_divide, (go, 1, 0))
        print("ready:", ok.ready())
        ok.wait(timeout=0.1)  # returns None either way
        try:
            ok.get(timeout=0.1)
        except TimeoutError:
            print("get(timeout=0.1): TimeoutError")
        go.set()
        print("get():", ok.get(timeout=5), "successful:", ok.successful())
        bad.wait(5)
        print("bad ready:", bad.ready(), "successful:", bad.successful())
