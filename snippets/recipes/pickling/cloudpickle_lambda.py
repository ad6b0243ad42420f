"""cloudpickle pickles a closure by value; the standard pickle module can load it."""

import pickle

import cloudpickle


def make_scaler(factor):
    return lambda x: x * factor  # a closure: pickle can only name functions


if __name__ == "__main__":
    triple = make_scaler(3)
    try:
        pickle.dumps(triple)
    except (pickle.PicklingError, AttributeError):  # AttributeError before 3.14
        print("pickle.dumps(): refused")
    data = cloudpickle.dumps(triple)  # the code and the value of factor
    print("cloudpickle.dumps():", type(data).__name__)
    print("pickle.loads(...)(14):", pickle.loads(data)(14))
