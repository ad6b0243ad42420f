"""Report whether this Python has the subinterpreter tools of PEP 734 (3.14)."""

import concurrent.futures
import importlib.util
import platform

print(f"{platform.python_implementation()} {platform.python_version()}")
module = importlib.util.find_spec("concurrent.interpreters") is not None
executor = hasattr(concurrent.futures, "InterpreterPoolExecutor")
print(f"concurrent.interpreters module: {module}")
print(f"concurrent.futures.InterpreterPoolExecutor: {executor}")
