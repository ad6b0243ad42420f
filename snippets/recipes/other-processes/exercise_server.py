"""A server that unpickles what an unauthenticated client sends: the client's call runs."""

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
            print("server received:", conn.recv())
        process.join()
