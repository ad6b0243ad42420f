"""Which CPython build is this, and is the GIL on right now? Works on 3.10+."""

import platform
import sys
import sysconfig

# 1 on a free-threaded ("t") build; 0 on a default 3.13+ build; None before 3.13.
free_threaded_build = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))

# sys._is_gil_enabled() exists from 3.13 on. Before that, CPython always has a GIL.
has_check = hasattr(sys, "_is_gil_enabled")
gil_now = sys._is_gil_enabled() if has_check else True

print(f"{platform.python_implementation()} {platform.python_version()}")
print(f"free-threaded build (Py_GIL_DISABLED): {free_threaded_build}")
print(f"sys._is_gil_enabled() exists: {has_check}")
print(f"GIL enabled right now: {gil_now}")
