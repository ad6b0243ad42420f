"""How many CPUs the machine has, and how many this process may run on."""

import os
from multiprocessing import cpu_count

print("multiprocessing.cpu_count():", cpu_count())
print("os.cpu_count():", os.cpu_count())
# Linux can restrict a process to some CPUs (taskset, cpusets); elsewhere, all are usable.
if hasattr(os, "sched_getaffinity"):
    usable = len(os.sched_getaffinity(0))
else:
    usable = os.cpu_count()
print("usable by this process:", usable)
