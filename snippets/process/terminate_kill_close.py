"""terminate() sends SIGTERM, kill() sends SIGKILL, close() frees what is left."""

import signal
import time
from multiprocessing import Process

if __name__ == "__main__":
    for how in ("terminate", "kill"):
        p = Process(target=time.sleep, args=(60,))
        p.start()
        getattr(p, how)()
        p.join()
        print(f"{how}(): exitcode {p.exitcode} ({signal.Signals(-p.exitcode).name})")

    p = Process(target=time.sleep, args=(60,))
    p.start()
    try:
        p.close()  # only a finished process can be closed
    except ValueError as e:
        print("close() while running:", e)
    p.kill()
    p.join()
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print("is_alive() after close():", e)
