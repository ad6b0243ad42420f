"""copyreg.pickle(): teach pickle a class you cannot edit, here one that holds a lock."""

import copyreg
import threading
from multiprocessing import Pool


class Account:  # think of it as a library's class: its code is not yours to change
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self._lock = threading.Lock()


def reduce_account(account):
    return Account, (
        account.owner,
        account.balance,
    )  # rebuilt as Account(owner, balance)


copyreg.pickle(Account, reduce_account)  # at import time: spawned workers run it too


def deposit(account):
    account.balance += 10
    return account


if __name__ == "__main__":
    with Pool(2) as pool:
        accounts = pool.map(deposit, [Account("ana", 5), Account("bo", 7)])
    print([(account.owner, account.balance) for account in accounts])
