"""Pipe() returns two Connection ends; by default both can send and receive."""

from multiprocessing import Pipe, Process


def child(conn):
    request = conn.recv()  # any picklable object
    conn.send({"echo": request, "length": len(request)})
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = Pipe()  # duplex=True
    p = Process(target=child, args=(child_end,))
    p.start()
    parent_end.send(["ping", 1, 2.5])
    print("parent got:", parent_end.recv())
    p.join()
