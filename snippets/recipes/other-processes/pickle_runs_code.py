"""recv() unpickles, and unpickling calls whatever function the sender's pickle names."""

from multiprocessing import Pipe, Process


class Payload:
    def __reduce__(
        self,
    ):  # "to rebuild me, call print(...)": the receiver makes the call
        return print, ("this line was printed by a call that the sender chose",)


def sender(conn):
    conn.send(Payload())


if __name__ == "__main__":
    receiver, child_end = Pipe(duplex=False)
    process = Process(target=sender, args=(child_end,))
    process.start()
    print("receiver: calling recv()")
    value = receiver.recv()
    print("receiver: recv() returned", value)
    process.join()
