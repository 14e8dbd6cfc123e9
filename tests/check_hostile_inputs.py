#!/usr/bin/env python3
"""Inputs too big or too strange to commit as golden cases, made on the spot: each must be answered with the
documented exit code, errors naming their place on standard error, no partial report on standard output, and
at most 64 MB of memory (--memory-limit) and 1 s per MB of input, at least 1 s (--time-limit). The test suite
checks the memory; bench/run checks the time too, for timing belongs to the benchmarks.

    check_hostile_inputs.py path/to/vitk scratch/dir [--memory-limit] [--time-limit]
"""
import array
import datetime
import os
import re
import resource
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time

MB = 1024 * 1024
MAX_RSS_KB = 64 * 1024
# The peak memory that wait4 reports for a child counts the memory of this script when it started the child
# (with vfork, the most this script ever held). So the child is forked, not vforked, and the big inputs are
# written piece by piece: this script stays at about 10 to 20 MB, which the figures printed include.
if hasattr(subprocess, "_USE_VFORK"):
    subprocess._USE_VFORK = False

vitk, scratch = sys.argv[1], sys.argv[2]
memory_limit = "--memory-limit" in sys.argv[3:]


def formats(names):
    """The formats a big input is read in: every one in an optimized build, where memory is held to the limit;
    under sanitizers and coverage the ones whose paths differ most (json keeps the items, html charts them, tsv
    reads in parallel)."""
    if memory_limit:
        return names
    kept = [name for name in names if name in ("json", "html", "tsv")]
    return kept or names[:1]


# Under sanitizers and coverage a million lines take two minutes, and two dozen of them took most of CI's time.
# There the big inputs are a tenth as long: the same shapes and paths, read to their end. The inputs that exist
# to pass the memory limit are read only where the limit is checked (--memory-limit, the optimized builds); the
# unit tests of the meal log and the Cronometer reader check that refusal with a small limit in every build.
SCALE = 1 if memory_limit else 10
LINES = 1_000_000 // SCALE
DAYS = 500_000 // SCALE
MILLION = "a million" if SCALE == 1 else f"{LINES:,}"

time_limit = "--time-limit" in sys.argv[3:]
shutil.rmtree(scratch, ignore_errors=True)
os.makedirs(scratch)
failures = []


def path(name):
    return os.path.join(scratch, name)


def write(name, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path(name), mode) as f:
        f.write(data)
    return path(name)


def run(args, stdin=None, preexec=None, program=None):
    """Runs vitk; returns (status, stdout, stderr, seconds, peak resident KB of that process)."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": scratch, "LC_ALL": "C.UTF-8", "TERM": "dumb"}
    # A coverage build (tests/coverage.sh) writes its profile where it is told; a run as another user or with a
    # file size limit could not write it there, so its profile is dropped.
    if "LLVM_PROFILE_FILE" in os.environ:
        env["LLVM_PROFILE_FILE"] = "/dev/null" if preexec else os.environ["LLVM_PROFILE_FILE"]
    start = time.monotonic()
    # Standard output goes to a file, of which only the start is read back: this script must stay small, for the
    # peak memory the kernel reports for a child counts what its parent held when it started it.
    out_file = open(path("stdout"), "wb")
    proc = subprocess.Popen([program or vitk] + args, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=out_file, stderr=subprocess.PIPE, env=env, preexec_fn=preexec)
    out_file.close()
    chunks = {"err": []}
    readers = [threading.Thread(target=lambda: chunks["err"].append(proc.stderr.read(1 << 20)))]
    for reader in readers:
        reader.start()
    if stdin is not None:
        proc.stdin.write(stdin)
        proc.stdin.close()
    # wait4 gives the resource use of this one process.
    _, wait_status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - start
    for reader in readers:
        reader.join()
    proc.returncode = os.waitstatus_to_exitcode(wait_status)
    with open(path("stdout"), "rb") as f:
        out = f.read(1 << 16)
    return proc.returncode, out, b"".join(chunks["err"]).decode("utf-8", "replace"), seconds, usage.ru_maxrss


def check(name, args, status, stderr_pattern=None, stdout_empty=True, input_mb=0.0, stdin=None, preexec=None,
          stdout_pattern=None, program=None):
    got, out, err, seconds, peak_kb = run(args, stdin, preexec, program)
    problems = []
    if got != status:
        problems.append(f"exit {got}, expected {status}")
    if stdout_empty and out:
        problems.append(f"stdout not empty ({len(out)} bytes)")
    if stdout_pattern and not re.search(stdout_pattern, out.decode("utf-8", "replace")):
        problems.append(f"stdout does not match {stdout_pattern!r}")
    if stderr_pattern is not None:
        lines = err.splitlines()
        if not lines or not all(re.fullmatch(stderr_pattern, line) for line in lines):
            problems.append(f"stderr does not match {stderr_pattern!r}: {err[:300]!r}")
    allowed = max(1.0, input_mb)
    if time_limit and seconds > allowed:
        problems.append(f"took {seconds:.2f} s (limit {allowed:.1f} s)")
    if memory_limit:
        if peak_kb > MAX_RSS_KB:
            problems.append(f"used {peak_kb / 1024:.1f} MB (limit 64 MB)")
    verdict = "ok" if not problems else "FAIL " + "; ".join(problems)
    print(f"{name}: {verdict} ({seconds:.2f} s, {peak_kb / 1024:.1f} MB)")
    if problems:
        failures.append(name)


place = r"[^:]+:\d+:\d+: error: .+"

# Lines far over the limit: one error each, read in bounded memory.
with open(path("long-line.txt"), "w") as f:
    f.write("kale ")
    for _ in range(10):
        f.write("x" * MB)
    f.write("\nnatto 50 g\n")
meal = path("long-line.txt")
check("meal list with a 10 MB line", ["-f", meal], 3, r".*long-line.txt:1:1: error: line is longer than 16384 bytes",
      input_mb=10)
with open(path("long-line.toml"), "w") as f:
    f.write("[[food]]\nid = \"a\"\nname = \"")
    for _ in range(10):
        f.write("x" * MB)
    f.write("\"\nsource = \"s\"\n")
table = path("long-line.toml")
check("food table with a 10 MB line", ["--foods", table, "kale 1 cup"], 3,
      r".*long-line.toml: error: file is larger than 2 MiB", input_mb=10)
with open(path("long-line-2.toml"), "w") as f:
    f.write("[[food]]\nid = \"a\"\nname = \"")
    for _ in range(2047):
        f.write("x" * 1024)
    f.write("\"\nsource = \"s\"\n")
table = path("long-line-2.toml")
check("food table with a 2 MB line", ["--foods", table, "kale 1 cup"], 3,
      r".*long-line-2.toml:3:1: error: line is longer than 4096 bytes", input_mb=2)

# Binary garbage: every line reported at its place, nothing printed.
import random
random.seed(6)
garbage = write("garbage.bin", random.randbytes(MB))
check("meal list of binary garbage", ["-f", garbage], 3, place, input_mb=1)
check("food table of binary garbage", ["--foods", garbage, "kale 1 cup"], 3, place, input_mb=1)
check("configuration of binary garbage", ["--config", garbage, "kale 1 cup"], 3, place, input_mb=1)

# A million lines (a tenth under sanitizers), the last one bad: one error, no report.
# (Files are written line by line: the peak memory a child reports includes what this script held when it
# started the child.)
foods = ["kale 1 cup", "natto 50 g", "gouda 30 g", "egg", "spinach 1 cup", "broccoli 100 g", "milk 1 cup"]


def write_million(name, last=""):
    with open(path(name), "w") as f:
        for i in range(LINES):
            f.write((f"2026-{1 + (i // 10 // 28) % 12:02}-{1 + (i // 10) % 28:02}" if i % 10 == 0 else foods[i % 7]) + "\n")
        f.write(last)
    return path(name)


million = write_million("million.txt")
million_mb = os.path.getsize(million) / MB
bad_end = write_million("million-bad-end.txt", "kael 100 g\n")
for fmt in formats(["text", "json", "csv", "tsv"]):
    check(f"{MILLION} lines and a bad last one, --format {fmt}", ["-f", bad_end, "--format", fmt], 3,
          rf".*million-bad-end.txt:{LINES + 1}:1: error: unknown food 'kael' \(did you mean .*\)", input_mb=million_mb)
# ... and all good: every format answers within the limits.
for fmt in formats(["text", "json", "ndjson", "markdown", "html", "csv", "tsv"]):
    check(f"{MILLION} lines, --format {fmt}", ["-f", million, "--format", fmt], 0, None, stdout_empty=False,
          input_mb=million_mb)

# A million lines that are half dates, each date a new day: 500,000 days of one item, the most days a million
# lines can hold. Every format still answers within the limits.
def write_million_days(name):
    day = datetime.date(1000, 1, 1)
    with open(path(name), "w") as f:
        for i in range(DAYS):
            f.write(f"{day.isoformat()}\n{foods[i % 7]}\n")
            day += datetime.timedelta(days=1)
    return path(name)


million_days = write_million_days("million-days.txt")
for fmt in formats(["text", "json", "ndjson", "markdown", "html", "csv", "tsv"]):
    check(f"{MILLION} lines of {DAYS:,} days, --format {fmt}", ["-f", million_days, "--format", fmt], 0, None,
          stdout_empty=False, input_mb=os.path.getsize(million_days) / MB)
# ... summarized by day and in the steady mode too, where each day is a period and a line of its own.
for fmt in formats(["text", "markdown", "html", "json", "ndjson"]):
    check(f"{MILLION} lines of {DAYS:,} days, --format {fmt} --period day --steady",
          ["-f", million_days, "--format", fmt, "--period", "day", "--steady"], 0, None, stdout_empty=False,
          input_mb=os.path.getsize(million_days) / MB)
# ... and by week, where the HTML chart of the periods walks them twice to chart the last 365 of 71,429 weeks.
check(f"{MILLION} lines of {DAYS:,} days, --format html --period week --steady",
      ["-f", million_days, "--format", "html", "--period", "week", "--steady"], 0, None, stdout_empty=False,
      input_mb=os.path.getsize(million_days) / MB)

# The same days in random order cost an index of the dates too: too much for the reports that keep each item as
# it was written (json, csv), which are refused at the line that passes the limit; the others still fit.
def write_shuffled_days(name, items=True):
    # Day numbers in a compact array: a list of dates would grow this script by 60 MB, which every vitk started
    # after it would count in its peak memory.
    days = array.array("i", range(DAYS if items else LINES))
    random.Random(7).shuffle(days)
    first = datetime.date(1000, 1, 1)
    with open(path(name), "w") as f:
        for i, number in enumerate(days):
            day = first + datetime.timedelta(days=number)
            f.write(f"{day.isoformat()}\n{foods[i % 7]}\n" if items else f"{day.isoformat()}\n")
    return path(name)


too_long = (r".*{}:\d+:1: error: the days and items read up to this line{} take more than 54 MiB, the most one "
            r"report may keep \(expected a shorter log: split it{}\)")
tsv_advice = r", or use --format tsv, which keeps only the days"
shuffled = write_shuffled_days("million-days-shuffled.txt")
if memory_limit:
    for fmt in ["json", "csv"]:
        check(f"{MILLION} lines of {DAYS:,} days in random order, --format {fmt}", ["-f", shuffled, "--format", fmt],
              3, too_long.format("million-days-shuffled.txt", "", tsv_advice), input_mb=os.path.getsize(shuffled) / MB)
for fmt in formats(["text", "html", "tsv"]):
    check(f"{MILLION} lines of {DAYS:,} days in random order, --format {fmt}", ["-f", shuffled, "--format", fmt], 0,
          None, stdout_empty=False, input_mb=os.path.getsize(shuffled) / MB)
# A million dates in random order, each a day: too many days even for tsv.
if memory_limit:
    shuffled_dates = write_shuffled_days("million-dates-shuffled.txt", items=False)
    check("a million dates in random order and an item, --format tsv",
          ["-f", shuffled_dates, "-f", million, "--format", "tsv"], 3,
          too_long.format("million-dates-shuffled.txt", "", ""),
          input_mb=(os.path.getsize(shuffled_dates) + os.path.getsize(million)) / MB)

# The food tables of a run may be 2 MiB in all: a bigger table is refused before it is read, a big one within
# the limit loads, and a second table is read with what the first left.
def write_table(name, count, prefix="f"):
    with open(path(name), "w") as f:
        for i in range(count):
            f.write(f"[[food]]\nid = \"{prefix}{i}\"\nname = \"Food {prefix}{i}\"\nsource = \"generated\"\n"
                    f"k1 = {i % 900}.5\nk2 = {{ mk7 = 1 }}\n")
    return path(name)


huge = write_table("huge.toml", 450_000)
check("a food table of 40 MB", ["--foods", huge, "f1 100 g"], 3, r".*huge.toml: error: file is larger than 2 MiB",
      input_mb=os.path.getsize(huge) / MB)
over = write_table("over.toml", 24_000)
check("a food table just over 2 MiB", ["--foods", over, "f1 100 g"], 3,
      r".*over.toml: error: file is larger than 2 MiB", input_mb=os.path.getsize(over) / MB)
large = write_table("large.toml", 22_000)
check("a food table of 22,000 foods (2 MB)", ["--no-builtin", "--foods", large, "f21999 100 g"], 0, None,
      stdout_empty=False, input_mb=os.path.getsize(large) / MB, stdout_pattern=r"Food f21999")
half = write_table("half.toml", 12_000, "g")
check("two food tables of 1.1 MB", ["--foods", half, "--foods", large, "f1 100 g"], 3,
      r".*large.toml: error: the food tables read in one run may hold 2 MiB in all, and this one passes that "
      r"\(expected fewer or smaller tables\)", input_mb=(os.path.getsize(half) + os.path.getsize(large)) / MB)


def write_shaped(name, food, limit=2 * MB - 4096):
    """Foods made by food(i) up to about `limit` bytes: the shapes that cost the most memory per byte."""
    with open(path(name), "w") as f:
        size, i = 0, 0
        while True:
            text = food(i)
            if size + len(text) > limit:
                break
            f.write(text)
            size += len(text)
            i += 1
    return path(name)


def write_lines(name, head, line, count, tail=""):
    with open(path(name), "w") as f:
        f.write(head)
        for i in range(count):
            f.write(line(i))
        f.write(tail)
    return path(name)


letters = "abcdefghijklmnopqrstuvwxyz"
shapes = {
    # Many short aliases, each with a singular form to index as well.
    "plural-aliases.toml": lambda i: (f'[[food]]\nid="f{i}"\nname="F{i}s"\nsource="x"\naliases=['
                                      + ",".join(f'"{c}{i}s"' for c in letters) + "]\n"),
    # Many portions.
    "portions.toml": lambda i: (f'[[food]]\nid="f{i}"\nname="F{i}"\nsource="x"\nk1=1\nportions={{'
                                + ",".join(f"x{c}=1" for c in letters) + "}\n"),
    # The smallest foods.
    "tiny-foods.toml": lambda i: f'[[food]]\nid="f{i}"\nname="{i}"\nsource="x"\n',
}
for name, food in shapes.items():
    table = write_shaped(name, food)
    check(f"a 2 MiB table of {name[:-5]}", ["--no-builtin", "--foods", table, "f1 1 g"], 0, None, stdout_empty=False,
          input_mb=os.path.getsize(table) / MB)
    if memory_limit:
        check(f"a 2 MiB table of {name[:-5]} and a million lines, --format json",
              ["--foods", table, "-f", million, "--format", "json"], 3,
              too_long.format("million.txt", " and the food tables", tsv_advice),
              input_mb=(os.path.getsize(table) + os.path.getsize(million)) / MB)

# A table over 256 KiB is read by toml++ only in the part where vitk's own reader stops: its error names its
# line, and the shapes that cost toml++ the most memory stay within the limit.
plain_2mb = write_shaped("error-at-end.toml", lambda i: f'[[food]]\nid="f{i}"\nname="F{i}"\nsource="x"\nk1=1\n',
                         limit=2 * MB - 4096)
with open(plain_2mb, "a") as f:
    f.write('[[food]]\nid="last"\nname="Last"\nsource="x"\nk1=-1\n')
lines = sum(1 for _ in open(plain_2mb))
check("a 2 MiB table with an error at its end", ["--foods", plain_2mb, "last 1 g"], 3,
      rf".*error-at-end.toml:{lines}:4: error: k1 is -1 \(expected a number of at least 0\)",
      input_mb=os.path.getsize(plain_2mb) / MB)
array_2mb = write_shaped("long-array.toml", lambda i: f'[[food]]\nid="f{i}"\nname="F{i}"\nsource="x"\n', 377_780)
array_line = sum(1 for _ in open(array_2mb)) + 5
with open(array_2mb, "a") as f:
    f.write('[[food]]\nid="a"\nname="A"\nsource="x"\naliases=[\n')
    for _ in range(20_000):
        f.write('"a","a","a","a","a","a","a","a","a","a","a","a",\n')
    f.write("]\n")
check("a 2 MiB table with an array of 240,000 strings", ["--foods", array_2mb, "a 1 g"], 3,
      rf".*long-array.toml:{array_line}:10: error: 'aliases=\[' is not in the plain layout, the only one read in a "
      r"food table of more than 256 KiB \(expected .*\)", input_mb=os.path.getsize(array_2mb) / MB)
inline_2mb = write_lines("inline-tables.toml", "x = [\n", lambda i: "{}," * 20 + "\n", 25_000, "]\n")
check("a 2 MiB table of empty inline tables", ["--foods", inline_2mb, "a 1 g"], 3,
      r".*inline-tables.toml:1:1: error: 'x = \[' is not in the plain layout, the only one read in a food table of "
      r"more than 256 KiB \(expected .*\)",
      input_mb=os.path.getsize(inline_2mb) / MB)
keys_2mb = write_lines("many-keys.toml", '[[food]]\nid="a"\nname="A"\nsource="x"\n[food.more]\n', lambda i: f"k{i}=1\n",
                       200_000)
check("a 2 MiB table of 200,000 keys", ["--foods", keys_2mb, "a 1 g"], 3,
      r".*many-keys.toml:5:7: error: unknown key 'more' \(expected id, name, .*\)",
      input_mb=os.path.getsize(keys_2mb) / MB)

# The food tables read from files share the memory limit with the days and items: a 2 MB table leaves too
# little for two million items listed, not for their day sums.
if memory_limit:
    check("a 2 MB food table and two million lines, --format json",
          ["--foods", large, "-f", million, "-f", million, "--format", "json"],
          3, too_long.format("million.txt", " and the food tables", tsv_advice),
          input_mb=(os.path.getsize(large) + 2 * os.path.getsize(million)) / MB)
check(f"a 2 MB food table and {MILLION} lines, --format tsv", ["--foods", large, "-f", million, "--format", "tsv"],
      0, None, stdout_empty=False, input_mb=(os.path.getsize(large) + os.path.getsize(million)) / MB)

# Pipes work as files; /dev/null is empty.
fifo = path("meals.fifo")
if os.path.exists(fifo):
    os.unlink(fifo)
os.mkfifo(fifo)
threading.Thread(target=lambda: open(fifo, "w").write("natto 50 g\n"), daemon=True).start()
check("a FIFO as the meal list", ["-f", fifo], 0, None, stdout_empty=False, stdout_pattern=r"Natto")
table_fifo = path("foods.fifo")
if os.path.exists(table_fifo):
    os.unlink(table_fifo)
os.mkfifo(table_fifo)
threading.Thread(target=lambda: open(table_fifo, "w").write(
    "[[food]]\nid = \"piped\"\nname = \"Piped food\"\nsource = \"s\"\nk1 = 1\n"), daemon=True).start()
check("a FIFO as a food table", ["--foods", table_fifo, "piped 10 g"], 0, None, stdout_empty=False,
      stdout_pattern=r"Piped food")

# A file vitk may not read. As root, the check runs vitk as nobody, from a folder nobody can reach (the build
# may be under /root, which nobody cannot enter).
drop = None
secret_dir = scratch
vitk_binary = vitk
if os.geteuid() == 0:
    import tempfile
    secret_dir = tempfile.mkdtemp(prefix="vitk-hostile-")
    os.chmod(secret_dir, 0o755)
    vitk_binary = shutil.copy2(vitk, os.path.join(secret_dir, "vitk"))
    def drop():
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)
secret = os.path.join(secret_dir, "secret.txt")
with open(secret, "w") as f:
    f.write("kale 1 cup\n")
os.chmod(secret, 0)
check("an unreadable meal list", ["--no-config", "-f", secret], 4, r"vitk: error: cannot read '.*secret.txt': Permission denied",
      preexec=drop, program=vitk_binary)
if secret_dir != scratch:
    shutil.rmtree(secret_dir)

# A report that cannot be written whole leaves the old one and no temporary file.
report = write("report.txt", "last week's report\n")
def small_files():
    resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))
check("-o on a disk that takes 1000 bytes", ["-f", million, "-o", report], 4,
      r"vitk: error: cannot write '.*report.txt': .*File too large", preexec=small_files, input_mb=million_mb)
if open(report).read() != "last week's report\n":
    failures.append("-o kept the old report")
    print("-o kept the old report: FAIL")
left = [name for name in os.listdir(scratch) if ".vitk-" in name]
if left:
    failures.append("-o left temporary files")
    print(f"-o left temporary files: FAIL {left}")

# A signal that ends a run with -o (a cron timeout sends SIGTERM) leaves the old report and no temporary file,
# and vitk ends by that signal: status 128 + its number in a shell.
import signal
for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
    name = signal.Signals(number).name
    report = write("signalled.txt", "last week's report\n")
    proc = subprocess.Popen([vitk, "-o", report], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env={"PATH": "/usr/bin:/bin", "HOME": scratch},
                            restore_signals=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    proc.stdin.write(b"kale 1 cup\n")
    proc.stdin.flush()
    deadline = time.monotonic() + 10
    while not [n for n in os.listdir(scratch) if ".vitk-" in n] and time.monotonic() < deadline:
        time.sleep(0.01)  # until the temporary file exists
    proc.send_signal(number)
    proc.stdin.close()
    status = proc.wait(timeout=10)
    left = [n for n in os.listdir(scratch) if ".vitk-" in n]
    ok = status == -number and not left and open(report).read() == "last week's report\n"
    print(f"{name} during -o: {'ok' if ok else 'FAIL'} (status {status}, left {left})")
    if not ok:
        failures.append(f"{name} during -o")
    for n in left:
        os.remove(os.path.join(scratch, n))

# -o to a FIFO writes to it as it is (no temporary file, no rename): its reader gets the report.
fifo = path("report.fifo")
os.mkfifo(fifo)
received = []
reader = threading.Thread(target=lambda: received.append(open(fifo, "rb").read()))
reader.start()
status = subprocess.run([vitk, "--format", "tsv", "-o", fifo, "kale 1 cup"], env={"PATH": "/usr/bin:/bin", "HOME": scratch},
                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=10).returncode
reader.join(timeout=10)
ok = status == 0 and received and received[0].startswith(b"date\titems") and stat.S_ISFIFO(os.lstat(fifo).st_mode)
print(f"-o to a FIFO: {'ok' if ok else 'FAIL'} (status {status}, read {len(received[0]) if received else 0} bytes)")
if not ok:
    failures.append("-o to a FIFO")

# An empty argument (which a golden case cannot hold) as the value of an option is a usage error, never the
# default; as a meal item it is an item that is missing.
for option, name in [("--k2-min", "--k2-min"), ("--age", "--age"), ("--weight", "--weight"), ("--last", "--last"),
                     ("--from", "--from"), ("--today", "--today"), ("--format", "--format"), ("--sex", "--sex"),
                     ("--config", "--config"), ("--foods", "--foods"), ("-f", "--meals"), ("-o", "--output")]:
    check(f"{option} ''", [option, "", "kale 1 cup"], 2,
          r"vitk: error: " + name + r": needs a value, not an empty argument|Try 'vitk --help' for more information\.")
check("--steady-tolerance ''", ["--steady", "--steady-tolerance", "", "kale 1 cup"], 2,
      r"vitk: error: --steady-tolerance: needs a value, not an empty argument|Try 'vitk --help' for more information\.")
check("foods list --limit ''", ["foods", "list", "--limit", ""], 2,
      r"vitk: error: --limit: needs a value, not an empty argument|Try 'vitk --help' for more information\.")
check("completions ''", ["completions", ""], 2,
      r"vitk: error: shell: needs a value, not an empty argument|Try 'vitk --help' for more information\.")
check("an empty meal item", [""], 3, r"vitk: error: no meal items .*")

# A Cronometer export of 800,000 rows (80 years of 27 a day): the reports that keep items refuse it at the row
# that passes the memory limit, the others read it; a binary tail and a 10 MB row are errors at their place.
export_header = ("Day,Time,Group,Food Name,Amount,Energy (kcal),Vitamin K (\u00b5g),Calcium (mg),Category\n")
export_rows = ['"Kale, Raw",40.00 g,14.00,155.84,60.00,Vegetables and Vegetable Products',
               '"Eggs, Cooked",2.00 large,155.00,0.60,50.00,Dairy and Egg Products',
               '"Vitamin K2 MK7 (as menaquinone-7)",0.10 mg,0.00,100.00,,Supplements',
               '"Grandma\'s ""Sunday"" Stew, Homemade",1.00 full recipe,650.00,48.20,,',
               'Gouda Cheese,30.00 g,107.00,0.69,210.00,Dairy and Egg Products']
def write_export(name, rows, tail=""):
    with open(path(name), "w", encoding="utf-8") as f:
        f.write(export_header)
        start = datetime.date(1950, 1, 1)
        for i in range(rows):
            day = start + datetime.timedelta(days=i // 27)
            f.write(f"{day.isoformat()},8:00 AM,Breakfast,{export_rows[i % len(export_rows)]}\n")
        f.write(tail)
    return path(name)
EXPORT_ROWS = 800_000 // SCALE
big_export = write_export("servings-big.csv", EXPORT_ROWS)
big_export_mb = os.path.getsize(big_export) / MB
if memory_limit:
    for fmt in ["json", "csv"]:
        check(f"a Cronometer export of {EXPORT_ROWS:,} rows, --format {fmt}",
              ["--no-config", "-f", big_export, "--format", fmt], 3,
              r".*servings-big.csv:\d+:1: error: the days and items read up to this line .*take more than 54 MiB.*",
              input_mb=big_export_mb)
for fmt in formats(["text", "tsv", "ndjson"]):
    check(f"a Cronometer export of {EXPORT_ROWS:,} rows, --format {fmt}",
          ["--no-config", "-f", big_export, "--format", fmt], 0, None, stdout_empty=False, input_mb=big_export_mb)
check(f"vitk foods match on a Cronometer export of {EXPORT_ROWS:,} rows", ["--no-config", "foods", "match", big_export],
      0, None, stdout_empty=False, input_mb=big_export_mb)
garbage_export = write_export("servings-garbage.csv", 1000)
with open(garbage_export, "ab") as f:
    f.write(bytes(random.randrange(0, 256) for _ in range(200_000)))
check("a Cronometer export with binary garbage at its end", ["--no-config", "-f", garbage_export], 3,
      r".*servings-garbage.csv:\d+:\d+: error: .*")
long_export = write_export("servings-long-row.csv", 100, "2026-01-01,," + "x" * 10_000_000 + ",1.00 g,1,1,1,\n")
check("a Cronometer export with a 10 MB row", ["--no-config", "-f", long_export], 3,
      r".*servings-long-row.csv:102:1: error: line is longer than 16384 bytes")

# vitk add from several processes at once (cron jobs, shells): the log is locked while each adds, so nothing is
# lost, and no temporary file stays.
data_home = os.path.join(scratch, "add-data")
log_file = os.path.join(data_home, "vitk", "meals.txt")
add_env = {"PATH": "/usr/bin:/bin", "HOME": scratch, "XDG_DATA_HOME": data_home}
def add_many(worker, count):
    for n in range(count):
        subprocess.run([vitk, "add", "-q", "--no-config", "--date", f"2026-11-{20 + (worker + n) % 5}",
                        f"kale {worker * 100 + n + 1} g"], env=add_env, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
workers = [threading.Thread(target=add_many, args=(w, 25)) for w in range(4)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
with open(log_file) as f:
    written = [line.strip() for line in f if line.startswith("kale")]
wanted = sorted(f"kale {w * 100 + n + 1} g" for w in range(4) for n in range(25))
leftovers = [name for name in os.listdir(os.path.dirname(log_file)) if name != "meals.txt"]
ok = sorted(written) == wanted and not leftovers
print(f"four vitk add at once, 25 items each: {'ok' if ok else 'FAIL'} ({len(written)} of 100 items in the log, "
      f"{len(leftovers)} other files)")
if not ok:
    failures.append("concurrent vitk add")

# vitk add to a log in a folder it may not write: exit 4, the log as it was. As root, run as nobody.
locked_dir = tempfile.mkdtemp(prefix="vitk-add-") if os.geteuid() == 0 else os.path.join(scratch, "locked")
os.makedirs(locked_dir, exist_ok=True)
with open(os.path.join(locked_dir, "config.toml"), "w") as f:
    f.write('log = "meals.txt"\n')
with open(os.path.join(locked_dir, "meals.txt"), "w") as f:
    f.write("2026-11-30\nkale 1 cup\n")
os.chmod(os.path.join(locked_dir, "meals.txt"), 0o644)
os.chmod(locked_dir, 0o555)
add_binary = vitk
if os.geteuid() == 0:
    add_binary = shutil.copy2(vitk, os.path.join(tempfile.mkdtemp(prefix="vitk-bin-"), "vitk"))
    os.chmod(os.path.dirname(add_binary), 0o755)
check("vitk add to a read-only folder", ["add", "--config", os.path.join(locked_dir, "config.toml"), "natto 50g"], 4,
      r"vitk: error: cannot write '.*meals.txt': Permission denied", preexec=drop, program=add_binary)
with open(os.path.join(locked_dir, "meals.txt")) as f:
    if f.read() != "2026-11-30\nkale 1 cup\n" or len(os.listdir(locked_dir)) != 2:
        failures.append("vitk add to a read-only folder changed it")
os.chmod(locked_dir, 0o755)
if os.geteuid() == 0:
    shutil.rmtree(locked_dir)
    shutil.rmtree(os.path.dirname(add_binary))

if failures:
    print(f"{len(failures)} failed: {', '.join(failures)}")
    sys.exit(1)
print("all hostile inputs answered")
