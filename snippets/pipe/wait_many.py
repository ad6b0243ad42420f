"""multiprocessing.connection.wait() waits on many connections at once."""

from multiprocessing import Pipe, Process
from multiprocessing.connection import wait


def worker(name, conn, go):
    go.recv()  # wait for the parent's signal, so the order is the parent's choice
    conn.send(f"result from {name}")


if __name__ == "__main__":
    readers, go_ends, procs = {}, {}, []
    for name in ("a", "b", "c"):
        r, w = Pipe(duplex=False)
        go_r, go_w = Pipe(duplex=False)
        procs.append(Process(target=worker, args=(name, w, go_r)))
        procs[-1].start()
        w.close()  # keep only the child's copy of the write end
        readers[r], go_ends[name] = name, go_w
    for name in ("c", "a", "b"):
        go_ends[name].send("go")
        done = False
        while not done:
            for conn in wait(list(readers)):  # blocks until one is ready
                try:
                    print(conn.recv())
                    done = True
                except EOFError:  # a finished worker: stop watching its end
                    del readers[conn]
    for p in procs:
        p.join()
    print("all workers joined")
