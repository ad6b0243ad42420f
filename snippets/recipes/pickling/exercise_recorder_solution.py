"""A Recorder pickles its path, not its open file, and reopens the file when unpickled."""

import tempfile
from multiprocessing import Pool
from pathlib import Path


class Recorder:
    def __init__(self, path):
        self.path = path
        self.file = open(path, "a")  # noqa: SIM115 (kept open while the object lives)

    def __getstate__(self):
        return {"path": self.path}  # everything but the open file

    def __setstate__(self, state):
        self.__init__(state["path"])  # opens the file again, in the worker

    def record(self, x):
        self.file.write(f"{x}\n")
        self.file.flush()
        return x * x


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        recorder = Recorder(Path(tmp, "log.txt"))
        try:
            with Pool(2) as pool:
                print(pool.map(recorder.record, range(4)))
        except TypeError as exc:
            print("map() failed:", type(exc).__name__)
        recorder.file.close()
        print("logged:", sorted(Path(tmp, "log.txt").read_text().split()))
