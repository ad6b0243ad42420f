"""The server reads bytes and parses them as JSON: the client's pickle is only rejected."""

import json
from multiprocessing import Process
from multiprocessing.connection import Client, Listener


class Payload:
    def __reduce__(self):
        return print, ("the client's call ran in the server",)


def client(address):
    with Client(address) as conn:
        conn.send(Payload())


if __name__ == "__main__":
    with Listener(("127.0.0.1", 0)) as listener:
        process = Process(target=client, args=(listener.address,))
        process.start()
        with listener.accept() as conn:
            try:
                print("server received:", json.loads(conn.recv_bytes(maxlength=10_000)))
            except ValueError as exc:
                print("server rejected the message:", type(exc).__name__)
        process.join()
