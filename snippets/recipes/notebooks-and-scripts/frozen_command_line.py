"""The command line of a spawned child: of a normal program, and of a frozen one."""

import shlex
import sys
from multiprocessing import spawn

if __name__ == "__main__":
    # What multiprocessing runs for a child under spawn (POSIX names its two descriptors):
    normal = spawn.get_command_line(tracker_fd=5, pipe_handle=7)
    print("normal:", shlex.join(["python", *normal[normal.index("-c") :]]))

    # What a freezer's bootloader sets: the program is frozen, and is its own executable.
    sys.frozen = True
    sys.executable = "/opt/myapp/myapp"
    print("frozen:", shlex.join(spawn.get_command_line(tracker_fd=5, pipe_handle=7)))
