#!/usr/bin/env python3
"""--trace writes valid Chrome Trace Event JSON: every event has the fields
its phase needs, every thread track is named, and the GC and counter tracks
are there.  usage: check_trace.py PYGLASS SCRIPT"""
import json, os, subprocess, sys, tempfile


def main():
    interp, script = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "trace.json")
        r = subprocess.run([interp, "--trace", out, script], capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, f"pyglass failed: {r.returncode} {r.stderr[-2000:]}"
        doc = json.load(open(out, encoding="utf-8"))
    events = doc["traceEvents"]
    assert isinstance(events, list) and events
    named, used = set(), set()
    for e in events:
        ph = e["ph"]
        assert ph in ("M", "X", "i", "C"), e
        assert e["pid"] == 1
        if ph == "M":
            if e["name"] == "thread_name":
                assert e["args"]["name"], e
                named.add(e["tid"])
            continue
        assert isinstance(e["ts"], (int, float)) and e["ts"] >= 0, e
        if ph == "X":
            assert e["dur"] >= 0, e
            used.add(e["tid"])
        if ph == "i":
            used.add(e["tid"])
        if ph == "C":
            assert all(isinstance(v, int) for v in e["args"].values()), e
    assert used <= named, f"unnamed tracks: {used - named}"
    names = {e["name"] for e in events}
    assert "gc counts" in names and "live objects" in names, "counter tracks missing"
    assert any(n.startswith("gc gen ") for n in names), "no GC pauses"
    assert doc["pyglassStats"]["version"] == 1
    print(f"{len(events)} events, {len(named)} named tracks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
