"""set_start_method() sets the program-wide default, once, before anything is started."""

import multiprocessing as mp


def hello():
    print("child started with", mp.get_start_method())


if __name__ == "__main__":
    mp.set_start_method("spawn")
    p = mp.Process(target=hello)
    p.start()
    p.join()
    try:
        mp.set_start_method("fork")  # a second call fails...
    except RuntimeError as e:
        print("second call: RuntimeError:", e)
    mp.set_start_method("fork", force=True)  # ...unless forced
    print("after force=True:", mp.get_start_method())
