#!/usr/bin/env python3
"""Run one script test under pyglass and compare with its expectations.

A script states what it must print in comments:
  # expect: TEXT                 the next line of stdout (in order)
  # expect stderr: REGEX         a line of stderr must match (re.search)
  # expect exit: N               the exit status (default 0)
  # args: A B                    extra arguments for pyglass before the script
  # stdin: TEXT                  a line given on standard input
Every run also sets PYGLASS_CHECK_LEAKS=1: the interpreter then checks at exit
that only immortal objects remain on the refchain and fails (exit 70) if not.
"""
import os, re, subprocess, sys

def main():
    interp, script = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    want_out, want_err, want_exit, args, stdin = [], [], 0, [], []
    with open(script, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.search(r"#\s*expect:\s?(.*)$", line)
            if m:
                want_out.append(m.group(1).rstrip("\n"))
                continue
            m = re.search(r"#\s*expect stderr:\s?(.*)$", line)
            if m:
                want_err.append(m.group(1).strip())
                continue
            m = re.search(r"#\s*expect exit:\s*(\d+)", line)
            if m:
                want_exit = int(m.group(1))
            m = re.search(r"#\s*args:\s*(.*)$", line)
            if m:
                args += m.group(1).split()
            m = re.search(r"#\s*stdin:\s?(.*)$", line)
            if m:
                stdin.append(m.group(1))
    env = dict(os.environ, PYGLASS_CHECK_LEAKS="1")
    p = subprocess.run([interp] + args + [os.path.basename(script)], cwd=os.path.dirname(script) or ".",
                       input="".join(s + "\n" for s in stdin), capture_output=True, text=True,
                       errors="replace", timeout=100, env=env)
    got = p.stdout.splitlines()
    bad = []
    if got != want_out:
        for i in range(max(len(got), len(want_out))):
            g = got[i] if i < len(got) else "<missing>"
            w = want_out[i] if i < len(want_out) else "<nothing>"
            if g != w:
                bad.append(f"stdout line {i + 1}: got {g!r}, expected {w!r}")
                break
    for rx in want_err:
        if not re.search(rx, p.stderr, re.M):
            bad.append(f"stderr lacks /{rx}/")
    if p.returncode != want_exit:
        bad.append(f"exit status {p.returncode}, expected {want_exit}")
    if bad:
        print("\n".join(bad))
        print("--- stdout ---\n" + p.stdout[-3000:])
        print("--- stderr ---\n" + p.stderr[-3000:])
        sys.exit(1)
    print(f"ok ({len(want_out)} lines)")

if __name__ == "__main__":
    main()
