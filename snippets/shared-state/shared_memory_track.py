"""Another program that attaches to a SharedMemory block removes it at exit, unless track=False."""

import re
import subprocess
import sys
from multiprocessing import shared_memory

READER = """
import sys
from multiprocessing import shared_memory
options = {"track": False} if sys.argv[2] == "track=False" else {}
shm = shared_memory.SharedMemory(name=sys.argv[1], **options)  # attach
shm.close()
"""  # started with subprocess, not multiprocessing: it has a resource tracker of its own


def attach_from_another_program(how):
    shm = shared_memory.SharedMemory(create=True, size=16)
    reader = subprocess.run(
        [sys.executable, "-c", READER, shm.name, how], capture_output=True, text=True
    )
    try:  # creating a block with the same name fails while the first one exists
        shared_memory.SharedMemory(name=shm.name, create=True, size=16).unlink()
        print(f"reader with {how}: the block is gone once the reader exits")
    except FileExistsError:
        print(f"reader with {how}: the block is still there")
        shm.unlink()
    for warning in re.findall(
        r"There appear .* leaked shared_memory objects", reader.stderr
    ):
        print("    the reader's resource tracker warned:", warning)
    shm.close()


if __name__ == "__main__":
    attach_from_another_program("track=True (the default)")
    if sys.version_info >= (3, 13):
        attach_from_another_program("track=False")
