"""Count primes with joblib: Parallel and delayed, on worker processes (the loky backend)."""

from joblib import Parallel, delayed


def count_primes(bounds):
    lo, hi = bounds
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(lo, hi))


if __name__ == "__main__":
    chunks = [(i, i + 25_000) for i in range(2, 200_002, 25_000)]
    counts = Parallel(n_jobs=2, backend="loky")(
        delayed(count_primes)(c) for c in chunks
    )
    print("primes below 200,002:", sum(counts))
    print("per chunk:", counts)
