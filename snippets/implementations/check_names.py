"""Predict: the two names CPython gives itself."""

import platform
import sys

print(sys.implementation.name, platform.python_implementation())
