"""Value and Array: typed C data in shared memory, visible to parent and child."""

from multiprocessing import Array, Process, Value


def fill(total, squares):
    for i in range(len(squares)):
        squares[i] = i * i
    total.value = sum(squares)  # one writer at a time here, so no lock is needed


if __name__ == "__main__":
    total = Value("q", 0)  # "q": C long long; see the array module for the codes
    squares = Array("i", 5)  # five C ints, zeroed
    raw = Array("d", [0.5, 1.5], lock=False)  # no lock: a plain ctypes array
    p = Process(target=fill, args=(total, squares))
    p.start()
    p.join()
    print("squares:", squares[:], "total:", total.value)
    print("with lock:", type(squares).__name__, "- without:", type(raw).__name__)
