"""BaseManager: serve a queue on 127.0.0.1 with an authkey; a client connects by address."""

import queue
from multiprocessing import Process
from multiprocessing.managers import BaseManager

jobs = queue.Queue()


def get_jobs():
    return jobs


class JobManager(BaseManager):
    pass


JobManager.register("get_jobs", callable=get_jobs)


def client(address, authkey):
    m = JobManager(address=address, authkey=authkey)
    m.connect()  # any process, on any machine that can reach the address
    m.get_jobs().put("job from the client")


if __name__ == "__main__":
    server = JobManager(address=("127.0.0.1", 0), authkey=b"secret")  # 0: any free port
    server.start()
    p = Process(target=client, args=(server.address, b"secret"))
    p.start()
    p.join()
    print("server got:", server.get_jobs().get(timeout=5))
    server.shutdown()
