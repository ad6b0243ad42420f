"""The fix: workers ignore SIGINT; the parent keeps what finished and stops the pool."""

import signal
import sys
from multiprocessing import Pool

from ctrl_c_plain import press_ctrl_c, task  # the previous snippet


def ignore_sigint():
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent alone


def job():
    done = []
    pool = Pool(2, initializer=ignore_sigint)
    try:
        for result in pool.imap_unordered(task, range(4)):  # results as they finish
            done.append(result)
            print("got", result, flush=True)
    except KeyboardInterrupt:
        pool.terminate()  # stop the workers now, without waiting for their tasks
        print("kept:", sorted(done))
    else:
        pool.close()
    pool.join()


if __name__ == "__main__":
    if sys.argv[1:] == ["job"]:
        job()
    else:
        press_ctrl_c(__file__, lines=6)  # 4 x "task N started" and 2 x "got N"
