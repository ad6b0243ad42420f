"""active_children() lists the children still running, and joins those that finished."""

from multiprocessing import Event, Process, active_children


def wait_for(event):
    event.wait()


if __name__ == "__main__":
    release = Event()
    workers = [
        Process(target=wait_for, args=(release,), name=f"w{i}") for i in range(3)
    ]
    for w in workers:
        w.start()
    print("running:", sorted(p.name for p in active_children()))
    release.set()
    for w in workers:
        w.join()
    print("after join:", active_children())
