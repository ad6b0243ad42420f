"""Start a process that runs a function, then wait for it with join()."""

from multiprocessing import Process


def greet(who):
    print(f"hello, {who}, from the child")


if __name__ == "__main__":
    p = Process(target=greet, args=("world",))
    print("before start:", p.is_alive(), p.exitcode)
    p.start()
    p.join()  # block until the child has finished
    print("after join:", p.is_alive(), p.exitcode)
