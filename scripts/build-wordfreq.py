#!/usr/bin/env python3
"""
Writes lexicon/data/{fr,de,en}-common-words.txt from the wordfreq word frequencies (Robyn Speer et al.): lower-case
words with a Zipf frequency of 3 or more (at least once per million words), the same cut LiNT-II uses for Dutch.
Pruned like the Dutch list (scripts/build-lexicon-data.ts): only words of letters, apostrophes and hyphens.
A word not in the list counts as uncommon. Development tool: run by hand when the source data changes, never at run
time. Data licence: CC BY-SA 4.0 (see lexicon/SOURCES.md and lexicon/data/WORDFREQ-LICENSE.md).

    pip install wordfreq && python3 scripts/build-wordfreq.py
    python3 scripts/build-wordfreq.py --data DIR --version 3.2.0   # DIR: wordfreq's small_<lang>.msgpack.gz files
"""

import argparse
import gzip
from pathlib import Path

LANGUAGES = {"fr": "French", "de": "German", "en": "English"}
MIN_ZIPF = 3.0
TARGET = Path(__file__).resolve().parent.parent / "lexicon" / "data"
# The attribution travels inside each file (the loader skips lines that start with "#").
HEADER = """\
# Common {name} words (Zipf >= 3), derived from wordfreq {version} by Robyn Speer (https://github.com/rspeer/wordfreq,
# https://doi.org/10.5281/zenodo.7199437), lower-cased and pruned to words of letters, apostrophes and hyphens.
# Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this list is shared under the same licence.
# wordfreq's sources: Wikipedia; OPUS OpenSubtitles 2018 (opensubtitles.org); SUBTLEX word lists by Marc Brysbaert
# et al. (freely available data); NewsCrawl 2014 and GlobalVoices; Google Books Ngrams 2012; OSCAR web text; Twitter;
# Reddit. See lexicon/data/WORDFREQ-LICENSE.md and lexicon/SOURCES.md.
"""


def read_cbpack(path: Path) -> list[list[str]]:
    """wordfreq's "cBpack" file: a gzipped msgpack list, a header and then one word list per centibel of frequency."""
    import msgpack

    with gzip.open(path, "rb") as f:
        data = msgpack.load(f, raw=False)
    if not isinstance(data[0], dict) or data[0].get("format") != "cB" or data[0].get("version") != 1:
        raise ValueError(f"{path}: not a cBpack file")
    return data[1:]


def frequency_buckets(lang: str, data_dir: Path | None) -> list[list[str]]:
    if data_dir:
        return read_cbpack(data_dir / f"small_{lang}.msgpack.gz")
    from wordfreq import get_frequency_list

    return get_frequency_list(lang, "small")


def is_word(word: str) -> bool:
    return bool(word) and all(ch.isalpha() or ch in "'-" for ch in word) and any(ch.isalpha() for ch in word)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, help="folder with wordfreq's small_<lang>.msgpack.gz files")
    parser.add_argument("--version", default=None, help="wordfreq version of the --data files, for the header")
    args = parser.parse_args()
    version = args.version
    if version is None:
        from importlib.metadata import version as package_version

        version = package_version("wordfreq")
    TARGET.mkdir(parents=True, exist_ok=True)
    for lang, name in LANGUAGES.items():
        common: set[str] = set()
        # Bucket i holds the words with a frequency of 10^(-i/100) per word, i.e. a Zipf value of 9 - i/100.
        for i, bucket in enumerate(frequency_buckets(lang, args.data)):
            if 9 - i / 100 < MIN_ZIPF:
                break
            common.update(w.lower() for w in bucket if is_word(w.lower()))
        out = TARGET / f"{lang}-common-words.txt"
        words = "".join(f"{w}\n" for w in sorted(common))
        out.write_text(HEADER.format(name=name, version=version) + words, encoding="utf-8")
        print(f"{lang}: {len(common)} common words -> {out.relative_to(TARGET.parent.parent)}")


if __name__ == "__main__":
    main()
