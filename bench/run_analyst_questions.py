#!/usr/bin/env python3
"""Times the analyst questions of bench/analyst_questions.sql on a catalogue.

Each question runs as a whole `cablecat query` process (start-up, opening the
catalogue and printing included; output sent to /dev/null), hot cache: one
run first that is not counted, then --repeat runs; the table gives the best
wall time, the median and the CPU time (user + system) of the best run,
slowest first. CPU time does not grow when other processes share the cores,
wall time does: on a busy machine compare the CPU column.

    bench/run_analyst_questions.py --db /tmp/full.db
    bench/run_analyst_questions.py --db /tmp/full.db --only top_tags --plans
    bench/run_analyst_questions.py --db /tmp/full.db --sqlite3    # the sqlite3 shell too

Standard library only.
"""

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
DEFAULT_QUESTIONS = os.path.join(BENCH_DIR, "analyst_questions.sql")
DEFAULT_CABLECAT = os.path.join(BENCH_DIR, "..", "build", "src", "cablecat")
QUESTION_LINE = re.compile(r"^-- question: (\S+)\s*$")


def read_questions(path):
    """[(name, description, sql)] in file order."""
    questions = []
    name, lines = None, []
    with open(path, encoding="utf-8") as source:
        for line in source:
            found = QUESTION_LINE.match(line)
            if found:
                if name:
                    questions.append(finish(name, lines))
                name, lines = found.group(1), []
            elif name:
                lines.append(line.rstrip("\n"))
    if name:
        questions.append(finish(name, lines))
    return questions


def finish(name, lines):
    description = []
    while lines and lines[0].startswith("--"):
        description.append(lines.pop(0)[2:].strip())
    return name, " ".join(description), "\n".join(lines).strip()


def timed_run(command):
    """(wall s, cpu s, exit code) of one run, output discarded."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        code = subprocess.run(command, stdout=sink, stderr=sink, check=False).returncode
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, code


def measure(command, repeat):
    timed_run(command)  # warm-up: hot cache, not counted
    runs = [timed_run(command) for _ in range(repeat)]
    best = min(runs, key=lambda run: run[0])
    return {"best": best[0], "median": statistics.median(run[0] for run in runs),
            "cpu": best[1], "exit": max(run[2] for run in runs)}


def output_rows(command):
    result = subprocess.run(command, capture_output=True, check=False)
    lines = result.stdout.decode("utf-8", "replace").count("\n")
    return max(lines - 1, 0)  # less the header line


def query_plan(cablecat, database, sql):
    result = subprocess.run([cablecat, "query", "--db", database, "--mode", "list", "--no-headers",
                             "EXPLAIN QUERY PLAN " + sql], capture_output=True, check=False)
    plan = []
    for line in result.stdout.decode("utf-8", "replace").splitlines():
        parts = line.split("|")
        if len(parts) >= 4:
            plan.append(parts[3])
    return plan


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="catalogue to ask")
    parser.add_argument("--cablecat", default=DEFAULT_CABLECAT, help="default: build/src/cablecat")
    parser.add_argument("--questions", default=DEFAULT_QUESTIONS, help="default: %(default)s")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per question (default 3)")
    parser.add_argument("--only", action="append", default=[], help="only this question (repeatable)")
    parser.add_argument("--plans", action="store_true", help="print each question's query plan")
    parser.add_argument("--sqlite3", action="store_true",
                        help="also time the same SQL in the sqlite3 shell (-readonly)")
    parser.add_argument("--limit-ms", type=float, default=100.0, help="goal per question (default 100)")
    options = parser.parse_args()

    questions = [q for q in read_questions(options.questions) if not options.only or q[0] in options.only]
    if not questions:
        sys.exit("run_analyst_questions: no question to run")
    shell = shutil.which("sqlite3") if options.sqlite3 else None
    results = []
    for name, description, sql in questions:
        command = [options.cablecat, "query", "--db", options.db, "--mode", "csv", sql]
        timing = measure(command, options.repeat)
        timing.update(name=name, description=description, rows=output_rows(command))
        if shell:
            timing["shell"] = measure([shell, "-readonly", "-csv", options.db, sql], options.repeat)["best"]
        if options.plans:
            timing["plan"] = query_plan(options.cablecat, options.db, sql)
        results.append(timing)
        print("%-36s %8.1f ms" % (name, timing["best"] * 1000), file=sys.stderr)

    results.sort(key=lambda r: r["best"], reverse=True)
    load = os.getloadavg()
    print("\n%d questions on %s (%.0f MB), best of %d, load average %.1f %.1f %.1f\n"
          % (len(results), options.db, os.path.getsize(options.db) / 1e6, options.repeat, *load))
    header = "| question | best ms | median ms | cpu ms | rows |"
    rule = "|---|---:|---:|---:|---:|"
    if shell:
        header += " sqlite3 ms |"
        rule += "---:|"
    print(header)
    print(rule)
    for r in results:
        flag = "" if r["best"] * 1000 < options.limit_ms else " **"
        line = "| %s%s | %.1f | %.1f | %.1f | %d |" % (r["name"], flag, r["best"] * 1000, r["median"] * 1000,
                                                    r["cpu"] * 1000, r["rows"])
        if shell:
            line += " %.1f |" % (r["shell"] * 1000)
        if r["exit"] != 0:
            line += " exit %d" % r["exit"]
        print(line)
    over = [r["name"] for r in results if r["best"] * 1000 >= options.limit_ms]
    print("\n%d of %d under %.0f ms%s" % (len(results) - len(over), len(results), options.limit_ms,
                                          (": over: " + ", ".join(over)) if over else ""))
    if options.plans:
        for r in results:
            print("\n%s:\n  %s" % (r["name"], "\n  ".join(r.get("plan", []))))


if __name__ == "__main__":
    main()
