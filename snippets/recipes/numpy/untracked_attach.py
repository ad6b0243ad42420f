"""A process that multiprocessing did not start attaches to a block: track=True or False."""

import subprocess
import sys
from multiprocessing import shared_memory

ATTACH = """
import sys
from multiprocessing import shared_memory
shm = shared_memory.SharedMemory(name=sys.argv[1], track=sys.argv[2] == "True")
shm.buf[0] = 42
shm.close()
"""

if __name__ == "__main__":
    for track in (True, False):
        # The creator keeps the books itself (it unlinks below), so it opts out too.
        shm = shared_memory.SharedMemory(create=True, size=16, track=False)
        other = [sys.executable, "-c", ATTACH, shm.name, str(track)]
        stderr = subprocess.run(other, capture_output=True, text=True).stderr
        try:
            again = shared_memory.SharedMemory(name=shm.name, track=False)
            state = f"still there, first byte {again.buf[0]}"
            again.close()
            shm.unlink()
        except FileNotFoundError:
            state = "gone"
        warned = "leaked shared_memory" in stderr
        print(f"attached with track={track}: block {state}; leak warning: {warned}")
        shm.close()
