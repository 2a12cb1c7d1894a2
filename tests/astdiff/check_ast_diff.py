"""Differential test of ast.parse: pyglass's trees against python3's.

Usage: check_ast_diff.py PYGLASS SOURCE_DIR

The corpus: every .py under /work/shared/labs/lang (when present) and
tests/scripts, and a fixed list of CPython 3.11 library files.  Both
interpreters run dump_tree.py over the same list; the dumps (positions
included) must be equal byte for byte.  On a mismatch, prints a short diff of
the first differing files and exits 1.
"""
import difflib
import glob
import os
import subprocess
import sys
import tempfile

LIB = "/usr/lib/python3.11"
LIB_FILES = [
    "ast.py", "dataclasses.py", "typing.py", "re/_parser.py", "re/_compiler.py", "functools.py",
    "collections/__init__.py", "contextlib.py", "inspect.py", "enum.py", "string.py", "textwrap.py",
    "pprint.py", "copy.py", "abc.py", "types.py", "operator.py", "heapq.py", "bisect.py", "random.py",
    "threading.py", "queue.py", "weakref.py", "_weakrefset.py", "keyword.py", "linecache.py",
    "tokenize.py", "traceback.py", "warnings.py", "fnmatch.py", "posixpath.py", "json/decoder.py",
    "json/encoder.py", "asyncio/base_events.py", "asyncio/events.py", "asyncio/futures.py",
    "asyncio/tasks.py", "asyncio/locks.py", "asyncio/queues.py", "asyncio/streams.py",
    "unittest/case.py", "argparse.py", "statistics.py", "fractions.py",
    # typing2: PEP 646 star-expressions in subscripts (tuple[*Ts], C[int, *Ts]) all over
    "test/test_typing.py",
]


def corpus(source_dir):
    files = []
    for root in ("/work/shared/labs/lang", os.path.join(source_dir, "tests", "scripts")):
        files += sorted(glob.glob(os.path.join(root, "**", "*.py"), recursive=True))
    files += [os.path.join(LIB, f) for f in LIB_FILES if os.path.exists(os.path.join(LIB, f))]
    return files


def split(out):
    parts, name = {}, None
    for line in out.splitlines(keepends=True):
        if line.startswith("=== "):
            name = line[4:].rstrip("\n")
            parts[name] = []
        elif name is not None:
            parts[name].append(line)
    return parts


def main():
    pyglass, source_dir = sys.argv[1], sys.argv[2]
    dumper = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dump_tree.py")
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(corpus(source_dir)) + "\n")
        listing = f.name
    try:
        want = subprocess.run([sys.executable, dumper, listing], capture_output=True, text=True, timeout=600)
        got = subprocess.run([pyglass, dumper, listing], capture_output=True, text=True, timeout=600)
    finally:
        os.unlink(listing)
    if got.returncode != 0:
        print("pyglass failed:", got.stderr[-3000:])
        return 1
    w, g = split(want.stdout), split(got.stdout)
    bad = [name for name in w if w[name] != g.get(name)]
    print(f"{len(w) - len(bad)}/{len(w)} files parse to the same tree")
    for name in bad[:5]:
        diff = list(difflib.unified_diff(w[name], g.get(name, []), "python3 " + name, "pyglass " + name, n=2))
        sys.stdout.writelines(diff[:30])
    if bad:
        print("mismatches:", *bad[:40], sep="\n  ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
