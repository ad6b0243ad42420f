"""Send a child's exception and its traceback to the parent, and raise it there."""

import traceback
from multiprocessing import Pipe, Process


class RemoteTraceback(Exception):
    """The child's traceback, as text; raised as the cause of the child's exception."""

    def __str__(self):
        return f'\n"""\n{self.args[0]}"""'


def parse(text):
    return int(text)


def call(conn, func, *args):
    try:
        conn.send((True, func(*args)))
    except BaseException as exc:
        conn.send((False, (exc, traceback.format_exc())))


def run(func, *args):
    receiver, sender = Pipe(duplex=False)
    process = Process(target=call, args=(sender, func, *args))
    process.start()
    sender.close()
    ok, value = receiver.recv()  # EOFError if the child died before sending
    process.join()
    if ok:
        return value
    exc, child_traceback = value
    raise exc from RemoteTraceback(child_traceback)


if __name__ == "__main__":
    print("run(parse, '42'):", run(parse, "42"))
    try:
        run(parse, "forty-two")
    except ValueError:  # caught as if parse() had run here
        traceback.print_exc()
