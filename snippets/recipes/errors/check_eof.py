"""A child exits without sending; the parent has closed its copy of the sending end."""

from multiprocessing import Pipe, Process


def fail(conn):
    raise SystemExit(3)  # exits before sending anything


if __name__ == "__main__":
    receiver, sender = Pipe(duplex=False)
    process = Process(target=fail, args=(sender,))
    process.start()
    sender.close()
    try:
        print(receiver.recv())
    except EOFError:
        print("EOFError")
    process.join()
    print("exitcode:", process.exitcode)
