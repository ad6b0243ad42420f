"""Is the worker that runs a task daemonic? In a Pool, and in a ProcessPoolExecutor."""

from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, current_process


def is_daemon(_):
    return current_process().daemon


if __name__ == "__main__":
    with Pool(1) as pool:
        print("Pool:", pool.map(is_daemon, [0])[0])
    with ProcessPoolExecutor(max_workers=1) as executor:
        print("ProcessPoolExecutor:", executor.submit(is_daemon, 0).result())
