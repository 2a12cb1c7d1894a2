#!/usr/bin/env python3
"""The instruments name threads and waits with CPython's threading.py in
place: thread tracks carry threading's names, and wait events say which
threading/queue API the thread blocked in ("Queue.get (Condition.wait)"), in
--trace, --stats-json and --trace-html alike.  The demo runs in seeded mode so
that every wait blocks.  usage: check_wait_names.py PYGLASS SCRIPT"""
import json, os, subprocess, sys, tempfile

WANT = {
    "consumer": ["Queue.get (Condition.wait)", "Event.wait (Condition.wait)", "Barrier.wait (Condition.wait)",
                 "Semaphore.acquire (Condition.wait)", "Condition.wait"],
    "MainThread": ["Thread.join"],
    "Thread-1": ["Timer.run (Condition.wait)"],
}


def main():
    interp, script = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        trace, stats, html = (os.path.join(tmp, n) for n in ("t.json", "s.json", "t.html"))
        r = subprocess.run([interp, "--seed", "1", "--trace", trace, "--stats-json", stats, "--trace-html", html,
                            script], capture_output=True, text=True, timeout=120)
        assert r.returncode == 0 and r.stdout == "ok\n", f"pyglass failed: {r.returncode} {r.stderr[-2000:]}"
        doc = json.load(open(trace, encoding="utf-8"))
        st = json.load(open(stats, encoding="utf-8"))
        page = open(html, encoding="utf-8").read()
    names = {e["tid"]: e["args"]["name"] for e in doc["traceEvents"] if e.get("name") == "thread_name"}
    waits = {}
    for e in doc["traceEvents"]:
        if e.get("cat") == "wait" and e["name"] in ("wait: lock", "wait: join"):
            waits.setdefault(names[e["tid"]], []).append(e["args"]["what"])
    for thread, sites in WANT.items():
        assert thread in names.values(), f"no track named {thread!r}: {sorted(names.values())}"
        for site in sites:
            assert any(w.startswith(site + ":") for w in waits.get(thread, [])), \
                f"{thread} never waits in {site}: {waits.get(thread)}"
    # The page merges spans closer than a pixel into "N waits": some site must show.
    assert any(site in page for sites in WANT.values() for site in sites), "the HTML page names no wait site"
    assert {"MainThread", "consumer", "Thread-1"} <= {t["name"] for t in st["threads"]}, st["threads"]
    print(f"{sum(map(len, waits.values()))} named waits on {len(names)} tracks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
