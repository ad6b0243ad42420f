"""poll(timeout) tells whether recv() would return without blocking."""

from multiprocessing import Event, Pipe, Process


def child(conn, go):
    go.wait()
    conn.send("ready")


if __name__ == "__main__":
    a, b = Pipe()
    go = Event()
    p = Process(target=child, args=(b, go))
    p.start()
    print("poll() before the child sends:", a.poll())  # timeout 0: just look
    print("poll(0.2):", a.poll(0.2))  # wait up to 0.2 s
    go.set()
    print("poll(None) after go:", a.poll(None))  # None: wait as long as it takes
    print("recv():", a.recv())
    p.join()
