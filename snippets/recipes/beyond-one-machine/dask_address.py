"""The same Dask code, pointed at a scheduler's address: how a Client uses a real cluster."""

from dask.distributed import Client, LocalCluster


def count_primes(bounds):
    lo, hi = bounds
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(lo, hi))


if __name__ == "__main__":
    chunks = [(i, i + 25_000) for i in range(2, 200_002, 25_000)]
    # Here a local cluster stands in for one started with `dask scheduler` and `dask worker`.
    options = dict(n_workers=2, threads_per_worker=1, dashboard_address="127.0.0.1:0")
    with LocalCluster(host="127.0.0.1", silence_logs="CRITICAL", **options) as cluster:
        address = cluster.scheduler_address
        with Client(address) as client:  # only the address: any cluster, anywhere
            workers = len(client.scheduler_info()["workers"])
            counts = client.gather(client.map(count_primes, chunks))
    print("scheduler:", address)
    print("workers:", workers)
    print("primes below 200,002:", sum(counts))
