"""Exercise: parent and child each send 1 MB, then read; the program never finishes."""

from multiprocessing import Pipe, Process

DATA = b"x" * 1_000_000


def child(conn):
    conn.send_bytes(DATA)  # the child's data for the parent
    received = conn.recv_bytes()
    conn.send(len(received))  # report how much it got


if __name__ == "__main__":
    parent_end, child_end = Pipe()
    p = Process(target=child, args=(child_end,))
    p.start()
    parent_end.send_bytes(DATA)
    got = parent_end.recv_bytes()
    print(f"parent got {len(got):,} bytes, child got {parent_end.recv():,} bytes")
    p.join()
