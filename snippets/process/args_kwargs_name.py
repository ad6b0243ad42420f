"""Pass positional and keyword arguments, and give the process a name."""

from multiprocessing import Process, current_process


def report(label, count, *, sep=", "):
    me = current_process().name
    print(f"{me}: {label}: {sep.join(str(i) for i in range(count))}")


if __name__ == "__main__":
    p = Process(
        target=report,
        args=("numbers", 4),
        kwargs={"sep": " | "},
        name="reporter",
    )
    p.start()
    p.join()
    unnamed = Process(target=report, args=("default name", 2))
    unnamed.start()
    unnamed.join()
