"""An untrusted peer: read bytes with a size limit, parse them as JSON, check the request."""

import json
from multiprocessing import Process
from multiprocessing.connection import Client, Listener


class Payload:
    def __reduce__(self):
        return print, ("the sender's call ran",)


def untrusted_client(address):
    with Client(address) as conn:
        conn.send_bytes(json.dumps({"op": "add", "args": [2, 3]}).encode())
        conn.send(Payload())  # a pickle that would call print() if it were unpickled
        conn.send_bytes(b"x" * 20_000)  # more than the server accepts


def read_request(conn):
    request = json.loads(conn.recv_bytes(maxlength=10_000))  # never unpickles
    if not (isinstance(request, dict) and request.get("op") == "add"):
        raise ValueError("not a request")
    return request


if __name__ == "__main__":
    with Listener(("127.0.0.1", 0)) as listener:
        process = Process(target=untrusted_client, args=(listener.address,))
        process.start()
        with listener.accept() as conn:
            for _ in range(3):
                try:
                    print("server: request", read_request(conn))
                except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError too
                    print("server: rejected:", type(exc).__name__)
                except OSError as exc:  # too long: the rest of the message is unread
                    print("server: rejected:", exc, "- closing")
                    break
        process.join()
