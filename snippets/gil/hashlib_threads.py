"""hashlib releases the GIL for big updates: 2 threads hash in parallel."""

import hashlib
import os
import platform
import time
from concurrent.futures import ThreadPoolExecutor

DATA = os.urandom(1 << 20) * 32  # 32 MiB, hashed ROUNDS times per task
ROUNDS = 10


def sha256(chunk):
    h, view = hashlib.sha256(), memoryview(DATA)
    for _ in range(ROUNDS):
        for i in range(0, len(DATA), chunk):
            h.update(view[i : i + chunk])
    return h.hexdigest()


def seconds(run, chunk):
    start = time.perf_counter()
    digests = run(chunk)
    return time.perf_counter() - start, digests


def serially(chunk):
    return [sha256(chunk), sha256(chunk)]


def in_threads(chunk):
    with ThreadPoolExecutor(2) as pool:
        return list(pool.map(sha256, [chunk, chunk]))


if __name__ == "__main__":
    impl = f"{platform.python_implementation()} {platform.python_version()}"
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {impl}")
    print("2 tasks, each SHA-256 of 320 MiB, fed in chunks of:")
    for label, chunk in [("32 MiB", len(DATA)), ("1 KiB", 1024)]:
        serial, d1 = seconds(serially, chunk)
        threads, d2 = seconds(in_threads, chunk)
        speedup = serial / threads
        print(
            f"{label:>7}: serial {serial:.2f} s, 2 threads {threads:.2f} s, "
            f"speedup {speedup:.1f}x, same digests: {d1 == d2}"
        )
