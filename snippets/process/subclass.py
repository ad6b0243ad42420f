"""Subclass Process and override run(); the object is pickled for spawn and forkserver."""

from multiprocessing import Process


class Countdown(Process):
    def __init__(self, start_at):
        super().__init__(name=f"countdown-{start_at}")
        self.start_at = start_at  # travels to the child with the object

    def run(self):  # runs in the child; start() calls it there
        print(self.name, list(range(self.start_at, 0, -1)))


if __name__ == "__main__":
    c = Countdown(3)
    c.start()
    c.join()
    print("exitcode:", c.exitcode)
