"""Solution: the child reads the parent's message before it sends its own."""

from multiprocessing import Pipe, Process

DATA = b"x" * 1_000_000


def child(conn):
    received = conn.recv_bytes()  # read first: the parent's send can finish
    conn.send_bytes(DATA)
    conn.send(len(received))


if __name__ == "__main__":
    parent_end, child_end = Pipe()
    p = Process(target=child, args=(child_end,))
    p.start()
    parent_end.send_bytes(DATA)
    got = parent_end.recv_bytes()
    print(f"parent got {len(got):,} bytes, child got {parent_end.recv():,} bytes")
    p.join()
