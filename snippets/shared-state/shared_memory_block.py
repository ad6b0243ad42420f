"""SharedMemory: a named block of bytes that any process can attach to by name."""

from multiprocessing import Process, shared_memory


def child(name):
    shm = shared_memory.SharedMemory(name=name)  # attach, do not create
    shm.buf[:5] = b"hello"
    shm.close()  # this process is done with it; the block lives on


if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=16)
    try:
        p = Process(target=child, args=(shm.name,))
        p.start()
        p.join()
        print(bytes(shm.buf[:5]), "- size at least 16:", shm.size >= 16)
    finally:
        shm.close()
        shm.unlink()  # exactly one process, the creator, removes it
