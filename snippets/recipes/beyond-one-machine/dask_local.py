"""Count primes with Dask: a LocalCluster of 2 worker processes on this machine, and a Client."""

from dask.distributed import Client, LocalCluster


def count_primes(bounds):
    lo, hi = bounds
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(lo, hi))


if __name__ == "__main__":
    chunks = [(i, i + 25_000) for i in range(2, 200_002, 25_000)]
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,  # each worker is a process of its own
            host="127.0.0.1",  # loopback only
            dashboard_address="127.0.0.1:0",  # its web server: loopback, a free port
            silence_logs="CRITICAL",  # no log messages from the cluster
        ) as cluster,
        Client(cluster) as client,
    ):
        futures = client.map(count_primes, chunks)
        counts = client.gather(futures)
    print("primes below 200,002:", sum(counts))
    print("per chunk:", counts)
