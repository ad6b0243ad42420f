"""An exception in a plain Process: the child prints it, the parent gets only exitcode 1."""

from multiprocessing import Process


def parse(text):
    return int(text)


if __name__ == "__main__":
    process = Process(target=parse, args=("forty-two",))
    process.start()
    process.join()
    print("parent: exitcode", process.exitcode)
