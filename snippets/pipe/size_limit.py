"""recv_bytes(maxlength) refuses a message longer than the receiver allows."""

from multiprocessing import Pipe

if __name__ == "__main__":
    a, b = Pipe()
    a.send_bytes(b"y" * 100)
    print("100 bytes with maxlength=100:", len(b.recv_bytes(maxlength=100)))
    a.send_bytes(b"x" * 1000)
    try:
        b.recv_bytes(maxlength=100)
    except OSError as e:
        print("1000 bytes with maxlength=100: OSError:", e)
    try:
        b.recv_bytes()  # the rest of the message is still in the pipe
    except OSError as e:
        print("the next recv_bytes(): OSError:", e)
