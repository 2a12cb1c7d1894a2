"""Run one module of CPython's test suite and report every test's outcome.

    INTERP tests/cpython/runtests.py test.test_list [--exclusions FILE] [--out FILE]

Runs under the interpreter being measured (pyglass, or python3.11 for the
reference figures).  Loads the module through unittest (honouring its
load_tests), marks the tests listed in the exclusions file as skipped or as
expected failures with their reason, runs them, and writes one line per test
as it finishes (to --out, else stdout), flushed, so that a crash or a hang
still leaves what ran, whatever the tests themselves print:

    RESULT <ok|fail|error|skip|xfail|xpass> <test id>
    SUMMARY run=N ok=N fail=N error=N skip=N xfail=N xpass=N

The exclusions file has one test per line: `<test id> <skip|xfail> <reason>`
('#' starts a comment).  Only CPython implementation details qualify
(tests/cpython/README.md).
"""
import sys
import unittest


def read_exclusions(path):
    table = {}
    if not path:
        return table
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            test_id, kind, reason = line.split(None, 2)
            if kind not in ("skip", "xfail"):
                raise SystemExit(f"{path}: unknown kind {kind!r} for {test_id}")
            table[test_id] = (kind, reason)
    return table


def apply_exclusions(suite, table):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            apply_exclusions(test, table)
            continue
        entry = table.get(test.id())
        if entry is None:
            continue
        kind, reason = entry
        name = test._testMethodName
        method = getattr(test, name)
        if kind == "skip":
            wrapped = unittest.skip("pyglass: " + reason)(method)
        else:
            wrapped = unittest.expectedFailure(method)
        setattr(test, name, wrapped)


class LineResult(unittest.TestResult):
    def __init__(self, out):
        super().__init__()
        self.out = out
        self.counts = dict(ok=0, fail=0, error=0, skip=0, xfail=0, xpass=0)

    def line(self, *words):
        print(*words, file=self.out, flush=True)

    def _report(self, kind, test):
        self.counts[kind] += 1
        self.line("RESULT", kind, test.id())

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report("ok", test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report("fail", test)
        print(self.failures[-1][1], file=sys.stderr, flush=True)

    def addError(self, test, err):
        super().addError(test, err)
        # Errors in setUpClass/tearDownModule arrive as _ErrorHolder objects.
        self._report("error", test)
        print(self.errors[-1][1], file=sys.stderr, flush=True)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report("skip", test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report("xfail", test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report("xpass", test)

    def addSubTest(self, test, subtest, err):
        # A failing subtest fails its test once; the test's own outcome follows.
        super().addSubTest(test, subtest, err)
        if err is not None:
            self.line("SUBTEST", "fail" if issubclass(err[0], test.failureException) else "error", subtest.id())


def main(argv):
    if not argv or argv[0].startswith("-"):
        raise SystemExit(__doc__)
    name = argv[0]
    exclusions = None
    if "--exclusions" in argv:
        exclusions = argv[argv.index("--exclusions") + 1]
    out = open(argv[argv.index("--out") + 1], "a", encoding="utf-8") if "--out" in argv else sys.stdout
    table = read_exclusions(exclusions)
    suite = unittest.defaultTestLoader.loadTestsFromName(name)
    apply_exclusions(suite, table)
    result = LineResult(out)
    suite.run(result)
    c = result.counts
    result.line("SUMMARY run=%d %s" % (sum(c.values()), " ".join("%s=%d" % kv for kv in c.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
