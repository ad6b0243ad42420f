"""Check yourself: two send_bytes() calls, then one recv_bytes() and a poll()."""

from multiprocessing import Pipe

if __name__ == "__main__":
    a, b = Pipe()
    a.send_bytes(b"ab")
    a.send_bytes(b"cd")
    print(b.recv_bytes(), b.poll())
