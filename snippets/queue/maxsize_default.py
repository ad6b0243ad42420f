"""maxsize=0 means SEM_VALUE_MAX, the most a semaphore can count, and no Queue can hold more."""

from multiprocessing import Queue
from multiprocessing.synchronize import SEM_VALUE_MAX

if __name__ == "__main__":
    print(f"SEM_VALUE_MAX on this platform: {SEM_VALUE_MAX:,}")
    Queue(maxsize=SEM_VALUE_MAX)  # the largest bound there is; maxsize=0 gives the same
    try:
        Queue(maxsize=SEM_VALUE_MAX + 1)
    except (OverflowError, OSError) as e:  # OSError on macOS, where the limit is 32,767
        print(f"Queue(maxsize=SEM_VALUE_MAX + 1): {type(e).__name__}: {e}")
