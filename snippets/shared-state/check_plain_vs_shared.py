"""Check yourself: what the parent sees of a plain list and a shared Array a child changed."""

from multiprocessing import Array, Process


def change(plain, shared):
    plain[0] = 1
    shared[0] = 1


if __name__ == "__main__":
    plain, shared = [0], Array("i", [0])
    p = Process(target=change, args=(plain, shared))
    p.start()
    p.join()
    print(plain, shared[:])
