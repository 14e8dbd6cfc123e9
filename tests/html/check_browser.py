#!/usr/bin/env python3
"""The HTML report in a real browser: headless Chromium renders a week and a 100-day report.

    tests/html/check_browser.py build/vitk                      # check (run by .ci/run)
    tests/html/check_browser.py build/vitk --picture doc/report.png   # check, and make README's picture again

For each page it checks that Chromium loads it without an error and without fetching anything, that the chart
of the days has one bar group per day (in the DOM Chromium dumps), and that the screenshot is not blank (the PNG
decoded here with zlib: many colours, and the chart's blue of K2 among them).
"""
import argparse
import datetime
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                  "--disable-extensions", "--disable-background-networking", "--enable-logging=stderr", "--v=0"]
# What the page itself logs (console messages, script errors, refused or failed loads); Chromium's own warnings
# in a container without a session bus or GPU are not the page's.
PAGE_ERROR = re.compile(r":CONSOLE|Uncaught|Refused to|net::ERR_|Not allowed to load")
K2_BLUE = (0x2F, 0x6D, 0xB5)


def fail(message):
    print(f"check_browser: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def meal_log(days, first=datetime.date(2026, 1, 5)):
    """A log of `days` days: most with two to four items, every ninth without any, now and then a natto day."""
    foods = ["kale 1 cup", "gouda 30 g", "egg", "spinach 1 cup", "broccoli 1 cup", "munster 40 g", "milk 1 cup",
             "apple", "chicken 150 g"]
    lines = []
    for i in range(days):
        lines.append((first + datetime.timedelta(days=i)).isoformat())
        if i % 9 == 4:
            continue  # a day without items
        items = [foods[(i * 7 + k * 3) % len(foods)] for k in range(2 + i % 3)]
        if i % 11 == 2:
            items.append("natto 15 g")
        lines.append("; ".join(items))
    return "\n".join(lines) + "\n"


def run_chromium(chromium, args, timeout=120):
    result = subprocess.run([chromium, *CHROMIUM_FLAGS, *args], capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        fail(f"chromium {' '.join(args)} exited {result.returncode}: {result.stderr[-2000:]}")
    errors = [line for line in result.stderr.splitlines() if PAGE_ERROR.search(line)]
    if errors:
        fail("the page has errors:\n" + "\n".join(errors))
    return result.stdout


def png_pixels(path):
    """(width, height, rows of RGB tuples) of an 8-bit RGB or RGBA, non-interlaced PNG."""
    with open(path, "rb") as file:
        data = file.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{path} is not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace != 0:
        fail(f"{path}: PNG of depth {depth}, colour type {colour}, interlace {interlace}: not decoded here")
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            corner = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[x] = (line[x] + predictor) & 0xFF
        rows.append([tuple(line[i:i + 3]) for i in range(0, stride, channels)])
        previous = line
    return width, height, rows


def check_not_blank(path):
    width, height, rows = png_pixels(path)
    counts = {}
    for row in rows[::2]:
        for pixel in row[::2]:
            counts[pixel] = counts.get(pixel, 0) + 1
    total = sum(counts.values())
    background = max(counts.values())
    near_blue = sum(n for (r, g, b), n in counts.items()
                    if abs(r - K2_BLUE[0]) + abs(g - K2_BLUE[1]) + abs(b - K2_BLUE[2]) < 30)
    if len(counts) < 50 or background > total * 0.97 or near_blue < 50:
        fail(f"{path} ({width}x{height}) looks blank: {len(counts)} colours, background {background} of {total} "
             f"pixels, {near_blue} of the K2 bars' blue")
    return width, height, len(counts)


def check_page(vitk, chromium, work, name, days, picture=None):
    log = os.path.join(work, f"{name}.txt")
    page = os.path.join(work, f"{name}.html")
    with open(log, "w") as file:
        file.write(meal_log(days))
    subprocess.run([vitk, "-f", log, "--sex", "female", "--age", "52", "--format", "html", "-o", page], check=True,
                   env={**os.environ, "NO_COLOR": "1", "HOME": work})
    html = open(page, encoding="utf-8").read()
    if re.search(r"<script|<link|<img|<iframe|url\(|@import|\bsrc=|href=\"?https?:", html, re.I):
        fail(f"{name}: the page refers to something outside itself")
    dom = run_chromium(chromium, ["--dump-dom", f"file://{page}"])
    bars = len(re.findall(r'<g class="day">', dom))
    sections = len(re.findall(r'<section class="day">', dom))
    if bars != days or sections != days:
        fail(f"{name}: {days} days, but {bars} bar groups in the chart and {sections} day sections in the DOM")
    png = os.path.join(work, f"{name}.png")
    run_chromium(chromium, [f"--screenshot={png}", "--window-size=1000,1400", f"file://{page}"])
    width, height, colours = check_not_blank(png)
    print(f"check_browser: {name}: {days} days, {bars} bars, {len(html)} bytes of HTML, {width}x{height} PNG, "
          f"{colours} colours: ok")
    if picture:
        shutil.copyfile(png, picture)
        print(f"check_browser: wrote {picture}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vitk")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--picture", help="also write the week's screenshot here (README's doc/report.png)")
    options = parser.parse_args()
    if not os.path.exists(options.chromium):
        fail(f"no chromium at {options.chromium} (Debian package chromium)")
    with tempfile.TemporaryDirectory(prefix="vitk-browser-") as work:
        check_page(os.path.abspath(options.vitk), options.chromium, work, "week", 7, options.picture)
        check_page(os.path.abspath(options.vitk), options.chromium, work, "hundred-days", 100)


if __name__ == "__main__":
    main()
