"""close() + join() let queued work finish; terminate() stops the workers at once."""

import time
from multiprocessing import Pool


def nap(x):
    time.sleep(0.2)
    return x


if __name__ == "__main__":
    pool = Pool(2)
    results = [pool.apply_async(nap, (x,)) for x in range(4)]
    pool.close()  # no new tasks; the queued ones still run
    pool.join()  # wait for the workers to finish them and exit
    print("after close()+join():", [r.get() for r in results])

    pool = Pool(2)
    results = [pool.apply_async(nap, (x,)) for x in range(4)]
    pool.terminate()  # stop now: unfinished tasks never complete
    pool.join()
    print("after terminate():", [r.ready() for r in results])
