#!/bin/sh
# Ctrl-C during a long _sre match: KeyboardInterrupt is raised in the middle
# of the match, the script catches it and goes on matching.  The signal is
# sent only after the script says it started the match.
pyglass=$1
dir=$2
out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
# A background job of a non-interactive shell starts with SIGINT ignored, and pyglass (as CPython)
# then leaves it ignored: sigdfl.py restores the default first.
python3 "$dir/sigdfl.py" "$pyglass" "$dir/sre_sigint_target.py" >"$out" 2>"$err" &
pid=$!
i=0
while [ "$(wc -l <"$out")" -lt 1 ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i + 1)); done
sleep 0.3
kill -INT $pid
wait $pid
status=$?
expected="matching
interrupted match
<re.Match object; span=(0, 11), match='aaaaaaaaaac'>"
if [ "$(cat "$out")" != "$expected" ]; then echo "stdout:"; cat "$out"; echo "stderr:"; cat "$err"; exit 1; fi
[ "$status" = 0 ] || { echo "exit status $status, expected 0"; cat "$err"; exit 1; }
echo ok
