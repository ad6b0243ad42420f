"""Exercise: one record kills its worker, and map() waits for it forever."""

import os
from multiprocessing import Pool


def parse(record):
    if record == "bad":
        os._exit(1)  # a crash in a C extension: no exception comes back
    return record.upper()


if __name__ == "__main__":
    records = ["a", "b", "bad", "c"]
    with Pool(2) as pool:
        print(pool.map(parse, records))
