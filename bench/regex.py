# The regular-expression engine (_sre under CPython's re) over a few MB of
# log text: word scans, groups, a literal-prefix search, sub() with a
# function, split(), case-insensitive matching, a backtracking pattern and a
# non-ASCII copy of the text.  Prints checksums, so any engine difference shows.
import re

sorts = ["name", "price", "date", "rating"]
lines = []
for i in range(40000):
    lines.append('2026-11-%02d %02d:%02d:%02d host%d GET /api/v1/items/%d?user=u%d&sort=%s HTTP/1.1 %d %d "Mozilla/5.%d (X11)"'
                 % (i % 28 + 1, i % 24, i % 60, (i * 7) % 60, i % 13, i * 31 % 10007, i, sorts[i % 4],
                    200 if i % 17 else 404, (i * 131) % 65536, i % 10))
text = "\n".join(lines)

words = re.findall(r"\b\w+\b", text)
print("words", len(words))

stamp = re.compile(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)")
total = 0
for m in stamp.finditer(text):
    total += int(m.group(3)) + int(m.group(6))
print("stamps", total)

print("prefix", re.search(r"user=u39999&sort=(\w+)", text).group(1))
print("sub", len(re.sub(r"\d+", lambda m: str(len(m.group())), text)))
print("split", len(re.split(r"[ \n?&=/]+", text)))
print("ignorecase", len(re.findall(r"(?i)MOZILLA/(\d+)\.(\d+)", text)))
print("quoted", len(re.findall(r'"([^"]*)"', text)))
print("errors", len(re.findall(r"^.*? 404 .*$", text, re.M)))

accented = text.replace("items", "éléments")
print("unicode", len(re.findall(r"\w+ments/(\d+)", accented)), len(re.sub("é", "e", accented)))
