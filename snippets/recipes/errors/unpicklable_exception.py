"""An exception class that pickle cannot rebuild, and the same class with a __reduce__()."""

import pickle
from concurrent.futures import ProcessPoolExecutor


class CodeError(Exception):
    def __init__(self, code, message):
        super().__init__(
            message
        )  # self.args is (message,): pickle calls CodeError(message)
        self.code = code


class FixedCodeError(CodeError):
    def __reduce__(self):
        return type(self), (
            self.code,
            *self.args,
        )  # rebuilt as FixedCodeError(code, message)


def fail(cls):
    raise cls(404, "not found")


if __name__ == "__main__":
    try:
        pickle.loads(pickle.dumps(CodeError(404, "not found")))
    except TypeError as exc:
        print("pickle round trip:", exc)
    for cls in (CodeError, FixedCodeError):
        with ProcessPoolExecutor(max_workers=1) as executor:
            try:
                executor.submit(fail, cls).result()
            except Exception as exc:
                print(f"{cls.__name__} from a worker: {type(exc).__name__}: {exc}")
