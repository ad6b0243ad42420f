"""Pipe(duplex=False): the first end only receives, the second only sends."""

from multiprocessing import Pipe, Process


def child(writer):
    for n in range(3):
        writer.send(n)
    writer.close()


if __name__ == "__main__":
    reader, writer = Pipe(duplex=False)  # order: (receive end, send end)
    p = Process(target=child, args=(writer,))
    p.start()
    print("received:", [reader.recv() for _ in range(3)])
    p.join()
    for end, action in ((reader, "send"), (writer, "recv")):
        try:
            getattr(end, action)(*(["x"] if action == "send" else []))
        except OSError as e:
            print(f"{action}() on the wrong end: OSError: {e}")
