"""send_bytes(), recv_bytes() and recv_bytes_into(): raw bytes, no pickling."""

from multiprocessing import BufferTooShort, Pipe, Process


def child(conn):
    conn.send_bytes(b"hello")
    conn.send_bytes(b"0123456789", 2, 5)  # offset 2, size 5: sends b"23456"
    conn.send_bytes(b"into a buffer")
    conn.send_bytes(b"too long for 4 bytes")
    conn.close()


if __name__ == "__main__":
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print(a.recv_bytes())
    print(a.recv_bytes())
    buf = bytearray(20)
    n = a.recv_bytes_into(buf, 4)  # write at offset 4; returns the length
    print(n, bytes(buf))
    try:
        a.recv_bytes_into(bytearray(4))
    except BufferTooShort as e:  # the whole message is in e.args[0]
        print("BufferTooShort:", e.args[0])
    p.join()
