"""Count the words in each folder's files, with a pool per folder inside a pool of folders."""

from multiprocessing import Pool

FOLDERS = {
    "letters": ["dear sir", "yours truly", "see you soon"],
    "notes": ["buy milk", "call the bank"],
    "poems": ["the sea", "the sky is grey tonight"],
}


def count_words(text):
    return len(text.split())


def count_folder(name):
    with Pool(2) as pool:
        return name, sum(pool.map(count_words, FOLDERS[name]))


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            print(dict(pool.map(count_folder, sorted(FOLDERS))))
        except Exception as exc:
            print(f"failed: {type(exc).__name__}: {exc}")
        pool.close()
        pool.join()
