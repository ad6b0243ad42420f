"""Executor.map(..., buffersize=n) (3.14): at most n items submitted ahead of the results."""

from concurrent.futures import ProcessPoolExecutor

read = 0  # input items taken from numbers(), counted in this process


def numbers(n):
    global read
    for i in range(n):
        read += 1
        yield i


def square(x):
    return x * x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        results = executor.map(square, numbers(1_000_000), buffersize=4)
        print("map() returned; input items read:", read)
        for taken in range(1, 4):
            next(results)
            print(f"results taken: {taken}, input items read: {read}")
