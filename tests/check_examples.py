#!/usr/bin/env python3
"""Every example in README.md and in vitk(1) EXAMPLES that shows output is run, and must print that output.

usage: check_examples.py path/to/vitk SOURCE_DIR

An example is a line `$ vitk ...` in a fenced block of README.md, or in a .nf/.fi block of the EXAMPLES of
man/vitk.1, followed by the lines it prints (standard output and standard error together) up to the next `$ `
line or the end of the block. The command runs in bash from the source tree, with the built vitk first in PATH,
no configuration and a fixed environment; `vitk` may take -o and the like, but examples are meant to show.
"""

import os
import re
import subprocess
import sys


def readme_blocks(text):
    blocks, inside, block = [], False, []
    for line in text.split("\n"):
        if line.startswith("```"):
            if inside:
                blocks.append(block)
            inside, block = not inside, []
        elif inside:
            block.append(line)
    return blocks


def roff_text(line):
    """A line of a .nf block as man shows it."""
    for escape, char in (("\\-", "-"), ("\\e", "\\"), ("\\(dq", '"'), ("\\(aq", "'"), ("\\&", ""), ("\\(em", "—")):
        line = line.replace(escape, char)
    return line


def man_blocks(text):
    section = text.split("\n.SH EXAMPLES\n", 1)[1].split("\n.SH ", 1)[0]
    return [[roff_text(line) for line in block.split("\n")] for block in re.findall(r"\n\.nf\n(.*?)\n\.fi", section, re.S)]


def examples(blocks, where):
    found = []
    for block in blocks:
        command, output = None, []
        for line in block + ["$ "]:
            if line.startswith("$ "):
                if command:
                    found.append((where, command, "\n".join(output).rstrip("\n")))
                command, output = line[2:].strip(), []
            elif command is not None:
                output.append(line)
    return [example for example in found if example[1].startswith("vitk")]


def main():
    vitk, source = os.path.abspath(sys.argv[1]), sys.argv[2]
    with open(os.path.join(source, "README.md"), encoding="utf-8") as f:
        found = examples(readme_blocks(f.read()), "README.md")
    with open(os.path.join(source, "man", "vitk.1"), encoding="utf-8") as f:
        found += examples(man_blocks(f.read()), "vitk(1) EXAMPLES")
    env = {"PATH": os.path.dirname(vitk) + ":/usr/bin:/bin", "HOME": "/nonexistent", "LC_ALL": "C.UTF-8",
           "TERM": "dumb", "VITK_CONFIG": "", "XDG_CONFIG_HOME": "/nonexistent", "XDG_DATA_HOME": "/nonexistent"}
    failures = 0
    for where, command, expected in found:
        run = subprocess.run(["bash", "-c", command], cwd=source, env=env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
        actual = run.stdout.decode("utf-8", "replace").rstrip("\n")
        if actual != expected:
            failures += 1
            print(f"{where}: `{command}` prints:\n{actual}\nbut the example shows:\n{expected}\n")
    print(f"{len(found)} examples with output run, {failures} differ")
    if not found:
        print("no example with output found: README.md and vitk(1) should show some")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
