#!/usr/bin/env python3
"""Screenshot test of --trace-html: render the page in headless Chromium and
check that the PNG exists, has the window's size and is not blank.

usage: check_screenshot.py PYGLASS SCRIPT
Exits 77 (CTest's skip code) when chromium is not installed.
"""
import os, shutil, struct, subprocess, sys, tempfile, zlib

SKIP = 77
W, H = 1200, 800


def read_png(path):
    """Decode an 8-bit RGB/RGBA PNG into (width, height, rows of bytes, channels)."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, w = 8, b"", None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and ctype in (2, 6), f"unsupported PNG depth {depth} type {ctype}"
            ch = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    raw = zlib.decompress(idat)
    stride = w * ch
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(h):
        f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - ch] if x >= ch else 0
            b = prev[x]
            c = prev[x - ch] if x >= ch else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, rows, ch


def main():
    interp, script = sys.argv[1], sys.argv[2]
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("chromium not installed: skipping")
        return SKIP
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "timeline.html")
        png = os.path.join(tmp, "shot.png")
        r = subprocess.run([interp, "--trace-html", page, script], capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, f"pyglass failed: {r.returncode} {r.stderr[-2000:]}"
        html = open(page, encoding="utf-8").read()
        assert "<svg" in html and "http://" not in html.replace("http://www.w3.org/2000/svg", ""), "page not self-contained"
        assert "<script src" not in html and "<link" not in html
        profile = os.path.join(tmp, "profile")
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--user-data-dir=" + profile, "--screenshot=" + png, f"--window-size={W},{H}",
                        "file://" + page], capture_output=True, timeout=120)
        assert os.path.exists(png), "no screenshot written"
        w, h, rows, ch = read_png(png)
        assert (w, h) == (W, H), f"screenshot is {w}x{h}, not {W}x{H}"
        # Not blank: many pixels differ from the page background, in many colours,
        # and the timeline's green (GIL held) shows somewhere.
        bg = rows[5][:3]
        colours, differ, green = set(), 0, 0
        for y in range(0, h, 2):
            row = rows[y]
            for x in range(0, w * ch, 2 * ch):
                px = row[x:x + 3]
                colours.add(px)
                if px != bg:
                    differ += 1
                r_, g_, b_ = px
                if g_ > 120 and g_ > r_ + 40 and g_ > b_ + 40:
                    green += 1
        total = (h // 2) * (w // 2)
        print(f"screenshot {w}x{h}: {len(colours)} colours, {differ * 100 // total}% non-background, {green} green samples")
        assert len(colours) > 20, "screenshot has almost no colours"
        assert differ > total // 50, "screenshot is blank"
        assert green > 0, "no GIL spans drawn"
    return 0


if __name__ == "__main__":
    sys.exit(main())
