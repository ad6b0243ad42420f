"""Forget to close the parent's copy of the write end, and no EOFError ever comes."""

from multiprocessing import Pipe, Process


def producer(writer):
    writer.send("only message")
    writer.close()


if __name__ == "__main__":
    reader, writer = Pipe(duplex=False)
    p = Process(target=producer, args=(writer,))
    p.start()
    p.join()  # the child has exited and closed its copy
    print("got", reader.recv())
    # The parent's own `writer` is still open, so the pipe is not at EOF:
    # a plain recv() here would block forever. poll() with a timeout shows it.
    print("more data or EOF within 0.5 s?", reader.poll(0.5))
    writer.close()
    print("after writer.close(), poll():", reader.poll(0.5))
    try:
        reader.recv()
    except EOFError:
        print("EOFError")
