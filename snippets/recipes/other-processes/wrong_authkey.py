"""A client with the wrong key: both ends raise AuthenticationError, and nothing is sent."""

from multiprocessing import AuthenticationError, Process, SimpleQueue
from multiprocessing.connection import Client, Listener


def client(address, authkey, report):
    try:
        with Client(address, authkey=authkey) as conn:
            conn.send("hello")
    except AuthenticationError as exc:
        report.put(f"client: AuthenticationError: {exc}")


if __name__ == "__main__":
    report = SimpleQueue()
    with Listener(("127.0.0.1", 0), authkey=b"the right key") as listener:
        process = Process(target=client, args=(listener.address, b"a guess", report))
        process.start()
        try:
            listener.accept()
        except AuthenticationError as exc:
            print(f"server: AuthenticationError: {exc}")
        print(report.get())
        process.join()
