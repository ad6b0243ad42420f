"""The fork server (3.14+) serves only processes that know its secret key."""

import multiprocessing as mp
import socket
from multiprocessing import connection, forkserver

if __name__ == "__main__":
    ctx = mp.get_context("forkserver")
    p = ctx.Process(target=print, args=("a child of this program runs",))
    p.start()  # starts the fork server and hands it a new random key
    p.join()
    # Play another local process that found the server's socket (private attribute):
    address = forkserver._forkserver._forkserver_address
    with socket.socket(socket.AF_UNIX) as intruder:
        intruder.connect(address)
        conn = connection.Connection(intruder.detach())
        try:
            connection.answer_challenge(conn, b"a guessed key")
        except mp.AuthenticationError as e:
            print(f"without the key: {type(e).__name__}: {e}")
        conn.close()
