"""send_bytes() returns once the message is in the pipe: a large one waits for the reader."""

import threading
from multiprocessing import Pipe

if __name__ == "__main__":
    reader, writer = Pipe(duplex=False)
    for size in (1_000, 1_000_000):  # fits in the pipe's buffer; does not
        sender = threading.Thread(target=writer.send_bytes, args=(b"x" * size,))
        sender.start()
        sender.join(timeout=1)
        print(f"{size:>9,} bytes: send returned unread: {not sender.is_alive()}")
        reader.recv_bytes()  # read it, so that the second send can finish
        sender.join()
