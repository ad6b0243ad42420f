"""A Listener on localhost and a Client in another process, authenticated by a shared key."""

import secrets
from multiprocessing import Process
from multiprocessing.connection import Client, Listener


def client(address, authkey):
    with Client(address, authkey=authkey) as conn:
        conn.send({"op": "add", "args": [2, 3]})
        print("client got:", conn.recv())


if __name__ == "__main__":
    authkey = secrets.token_bytes(32)  # the shared secret: both ends must know it
    with Listener(
        ("127.0.0.1", 0), authkey=authkey
    ) as listener:  # port 0: any free one
        host, port = listener.address  # the port the system chose
        process = Process(target=client, args=((host, port), authkey))
        process.start()
        with listener.accept() as conn:  # checks the key before it returns
            request = conn.recv()
            print("server got:", request)
            conn.send(sum(request["args"]))
        process.join()
