"""Measure what pickling alone costs for payloads of different sizes and kinds."""

import os
import pickle
import platform
import time

PAYLOADS = {
    "bytes, 1 MB": b"x" * 1_000_000,
    "list of 100k ints": list(range(100_000)),
    "dict of 10k str": {str(i): i for i in range(10_000)},
}


def round_trip_ms(obj, repeat=20):
    start = time.perf_counter()
    for _ in range(repeat):
        pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
    return (time.perf_counter() - start) / repeat * 1000


if __name__ == "__main__":
    print(
        f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    for name, obj in PAYLOADS.items():
        size = len(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
        print(f"{name:>18}: {size:>9,} bytes, {round_trip_ms(obj):7.3f} ms dumps+loads")
