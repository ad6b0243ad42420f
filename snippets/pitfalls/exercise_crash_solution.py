"""Solution: one result per record, each with a timeout; the crash costs one record."""

import os
from multiprocessing import Pool, TimeoutError


def parse(record):
    if record == "bad":
        os._exit(1)  # a crash in a C extension: no exception comes back
    return record.upper()


if __name__ == "__main__":
    records = ["a", "b", "bad", "c"]
    with Pool(2) as pool:
        pending = [pool.apply_async(parse, (record,)) for record in records]
        for record, result in zip(records, pending, strict=True):
            try:
                print(record, "->", result.get(timeout=2))
            except TimeoutError:
                print(record, "-> no result after 2 s: its worker died")
