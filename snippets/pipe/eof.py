"""recv() raises EOFError once every copy of the other end is closed."""

from multiprocessing import Pipe, Process


def producer(writer):
    for word in ("one", "two", "three"):
        writer.send(word)
    writer.close()


if __name__ == "__main__":
    reader, writer = Pipe(duplex=False)
    p = Process(target=producer, args=(writer,))
    p.start()
    writer.close()  # the parent's copy: without this, recv() never sees EOF
    while True:
        try:
            print("got", reader.recv())
        except EOFError:
            print("EOFError: the writer is gone")
            break
    p.join()
