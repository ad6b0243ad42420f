"""interrupt() (3.14+) sends SIGINT, so the child's finally block runs; terminate() does not."""

import time
from multiprocessing import Event, Process


def work(ready):
    try:
        ready.set()
        time.sleep(60)  # stands for a long task
    except KeyboardInterrupt:  # what SIGINT raises in the child
        print("  child: KeyboardInterrupt", flush=True)
    finally:
        print("  child: finally block runs", flush=True)


if __name__ == "__main__":
    for how in ("interrupt", "terminate"):
        print(f"{how}():", flush=True)
        ready = Event()
        p = Process(target=work, args=(ready,))
        p.start()
        ready.wait()  # the child is inside its try block
        getattr(p, how)()
        p.join()
        print(f"  exitcode {p.exitcode}")
