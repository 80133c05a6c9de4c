"""Benchmark extraction: MB/s and facts/s on the seed corpus replicated to a target size, and peak memory.

Usage: python bench/extract.py [--mb 50] [--corpus ../shared/seeds]
Each replica is a separate file, as a folder of gazettes would be; extraction streams per file and per
document, so peak memory should stay flat as the corpus grows (compare --mb 10 with --mb 50).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract.load import iter_paths  # noqa: E402
from extract.pipeline import extract_path  # noqa: E402


def replicate(corpus: Path, target_mb: float, into: Path) -> int:
    """Copy the corpus files into `into` until their total size reaches target_mb; return bytes."""
    files = [p for p in sorted(corpus.iterdir()) if p.is_file()]
    total, i = 0, 0
    while total < target_mb * 1024 * 1024:
        src = files[i % len(files)]
        dst = into / f"{i:05d}_{src.name}"
        shutil.copyfile(src, dst)
        total += dst.stat().st_size
        i += 1
    return total


def main() -> None:
    """Run the benchmark and print its numbers."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        size = replicate(Path(args.corpus), args.mb, Path(tmp))
        t0 = time.perf_counter()
        facts = 0
        files = 0
        for path in iter_paths([tmp]):
            files += 1
            for _ in extract_path(path):
                facts += 1
        dt = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mb = size / 1024 / 1024
    print(f"files={files} size={mb:.1f}MB time={dt:.1f}s throughput={mb / dt:.2f}MB/s "
          f"facts={facts} facts_per_s={facts / dt:.0f} peak_rss={peak:.0f}MB")


if __name__ == "__main__":
    main()
