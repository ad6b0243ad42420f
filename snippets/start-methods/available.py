"""The start methods this platform offers, the default first; asking for it fixes it."""

import multiprocessing as mp

if __name__ == "__main__":
    print("available:", mp.get_all_start_methods())
    print("chosen yet:", mp.get_start_method(allow_none=True))
    print(
        "default:", mp.get_start_method()
    )  # this fixes the default for the program...
    try:
        mp.set_start_method("spawn")  # ...so this fails
    except RuntimeError as e:
        print("set_start_method('spawn'): RuntimeError:", e)
