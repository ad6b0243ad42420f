"""Count the words in each folder's files, with one pool over every file of every folder."""

from collections import Counter
from multiprocessing import Pool

FOLDERS = {
    "letters": ["dear sir", "yours truly", "see you soon"],
    "notes": ["buy milk", "call the bank"],
    "poems": ["the sea", "the sky is grey tonight"],
}


def count_words(name, text):
    return name, len(text.split())


if __name__ == "__main__":
    files = [(name, text) for name in sorted(FOLDERS) for text in FOLDERS[name]]
    with Pool(2) as pool:
        counts = Counter()
        for name, words in pool.starmap(count_words, files):
            counts[name] += words
    print(dict(counts))
