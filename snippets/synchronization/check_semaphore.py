"""Check yourself: three acquire() calls with a timeout on a Semaphore(2)."""

from multiprocessing import Semaphore

if __name__ == "__main__":
    sem = Semaphore(2)
    print([sem.acquire(timeout=0.1) for _ in range(3)])
