"""What pickle.loads() returns for an object whose __reduce__() names a function."""

import pickle


class Sneaky:
    def __reduce__(self):
        return len, ("abc",)


if __name__ == "__main__":
    print(pickle.loads(pickle.dumps(Sneaky())))
