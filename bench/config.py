"""Benchmark of the configuration engine: does every step grow no worse than linearly?

Builds set configurations of 2,000 and 20,000 lines of the same shape (interfaces with units and
addresses, static routes, policy terms, firewall terms; the small one is the first 2,000 lines of
the large one). For each size the device starts from a committed configuration holding the first
half of those lines, and the benchmark times, through the real configuration database
(:class:`jetemu.config.database.ConfigDatabase`), what a device does for ``load merge`` of the set
text followed by ``commit``:

* ``load``: ``db.load(session, text, "set", "merge")``: parse, merge onto the candidate, change check;
* ``commit``: ``db.commit(session)``: commit check (validation), new history entry, publication;
* ``load + commit``: the two together, as one ``ConfigSet`` with commit;

then, on the configuration just committed, the engine's ``validate`` (commit check alone), ``render``
in text/set/xml/json, and ``diff`` against the previous commit as the database holds it
(``show | compare rollback 1``; the benchmark checks that the text is the same as the diff of
trees parsed apart).

It prints the times and the ratio 20,000 / 2,000 for every step with the target (<= 12) and
PASS/FAIL; the exit status is 1 when a step fails.

Then a configuration of 100,000 lines (same shape) goes through the same steps (load, commit
check, render in the four formats, compare): each step's cost per line is printed against the
2,000-line one measured in the same rounds (1.00: linear; the 20k/2k target of 12 allows 1.2).

Measurement, chosen to be fair to both sizes and to hide no cost:

* each round runs the step on the small size then on the large size, back to back, and the ratio
  of that round is large time / small time: both runs share the state of the machine at that
  moment. The verdict is the median of the rounds' ratios. The best time of each size is printed
  too (and best/best), but it is not the verdict: on a shared machine a short run finds a quiet
  moment far more often than a ten times longer one, so best/best compares a lucky small run with
  an ordinary large one and reads high by a noise-dependent amount; the median of paired ratios
  picks nothing and is as stable from run to run as the machine allows;
* small and large runs alternate, so no run finds its data left in the CPU caches by a run of its
  own size;
* each run starts from the same state for both sizes: a fresh database built from the previous
  commit (not timed), a full collection, then ``gc.freeze()`` so that the collector's work during the
  run does not depend on what else the benchmark holds in memory; the collector stays enabled;
* nothing is cached between runs: every load parses the text again into a new database, every
  render and diff walks the tree again; a run's result is released only after its clock stops
  (freeing it is not part of the step);
* the clock is the process CPU time (``time.process_time``: user + system, so page faults and
  allocation count): on a shared 2-core machine, wall time mostly measures the other processes.
  ``--clock wall`` uses ``time.perf_counter`` instead.

Run: ``PYTHONPATH=emulator .venv/bin/python bench/config.py`` (``--help`` for the options)
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from jetemu.config import engine
from jetemu.config.database import ConfigDatabase, SessionRef
from jetemu.config.engine import ConfigTree

TARGET = 12.0
SIZES = (2_000, 20_000)
HUGE = 100_000
SESSION = SessionRef(session_id=1, user="bench", client_id="bench")
CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}


def set_config(lines: int) -> str:
    """The first ``lines`` lines of one long set configuration (so every size has the same shape)."""
    out = ["set system host-name bench-r1", "set system services ssh"]
    i = 0
    while len(out) < lines:
        fpc, pic, port = i // 400, (i // 40) % 10, i % 40
        ifd = f"ge-{fpc}/{pic}/{port}"
        a, b = (i // 250) % 250, i % 250
        out.append(f'set interfaces {ifd} description "bench link {i}"')
        out.append(f"set interfaces {ifd} unit 0 family inet address 10.{a}.{b}.1/30")
        out.append(f"set interfaces {ifd} unit 0 family inet6 address 2001:db8:{i:x}::1/64")
        out.append(f"set routing-options static route 172.{16 + a % 16}.{b}.0/24 next-hop 10.{a}.{b}.2")
        out.append(
            f"set policy-options policy-statement export-{i // 50} term t{i} "
            f"from route-filter 172.{16 + a % 16}.{b}.0/24 exact"
        )
        out.append(f"set policy-options policy-statement export-{i // 50} term t{i} then accept")
        out.append(f"set firewall family inet filter protect-{i // 100} term t{i} from source-address 10.{a}.{b}.0/30")
        out.append(f"set firewall family inet filter protect-{i // 100} term t{i} then count c{i}")
        out.append(f"set firewall family inet filter protect-{i // 100} term t{i} then accept")
        i += 1
    return "\n".join(out[:lines]) + "\n"


class Case:
    """One size: the set text, the previous commit, and the configuration after load + commit."""

    def __init__(self, lines: int) -> None:
        self.lines = lines
        self.text = set_config(lines)
        self.previous = engine.parse(set_config(lines // 2), "set")
        db = self.database()
        db.load(SESSION, self.text, "set", "merge")
        info = db.commit(SESSION)
        if not info.changed:
            raise SystemExit("benchmark commit changed nothing")
        self.tree: ConfigTree = db.committed()
        self.rollback1: ConfigTree = db.rollback(1)  # the previous commit, as the database keeps it
        if self.tree != engine.apply_load(self.previous, engine.parse_load(self.text, "set"), "merge"):
            raise SystemExit("the database committed something else than the engine's load merge")
        if engine.validate(self.tree):
            raise SystemExit("benchmark configuration does not validate")
        diff = engine.diff(self.rollback1, self.tree)
        if not diff or diff != engine.diff(self.previous, self.tree):
            raise SystemExit("benchmark diff is empty or differs from the diff of the texts' trees")

    def database(self) -> ConfigDatabase:
        """A device whose committed configuration is the previous commit."""
        return ConfigDatabase(initial=self.previous)


# A step: setup (not timed) returns the state a run needs; the run(s) then time what they do.
Run = Callable[[Callable[[], float], Any], list[float]]


def timed(clock: Callable[[], float], fn: Callable[[], Any]) -> float:
    """The time of ``fn()``; its result is released after the clock stops."""
    gc.collect()
    gc.freeze()
    start = clock()
    result = fn()
    elapsed = clock() - start
    del result
    return elapsed


def run_database(clock: Callable[[], float], case: Case) -> list[float]:
    """load, commit, and load + commit, from one fresh database."""
    db = case.database()
    load = timed(clock, lambda: db.load(SESSION, case.text, "set", "merge"))
    commit = timed(clock, lambda: db.commit(SESSION))
    return [load, commit, load + commit]


def run_engine(step: str) -> Callable[[Callable[[], float], Case], list[float]]:
    def run(clock: Callable[[], float], case: Case) -> list[float]:
        if step == "validate":
            return [timed(clock, lambda: engine.validate(case.tree))]
        if step == "diff":
            return [timed(clock, lambda: engine.diff(case.rollback1, case.tree))]
        fmt: engine.Format = step  # type: ignore[assignment]
        return [timed(clock, lambda: engine.render(case.tree, fmt))]

    return run


STEPS: list[tuple[list[str], Callable[[Callable[[], float], Case], list[float]]]] = [
    (["load (db.load: parse+merge)", "commit (db.commit)", "load + commit"], run_database),
    (["validate (commit check)"], run_engine("validate")),
    *[([f"render {fmt}"], run_engine(fmt)) for fmt in engine.FORMATS],
    (["diff vs previous commit"], run_engine("diff")),
]


def measure(
    run: Callable[[Callable[[], float], Case], list[float]],
    clock: Callable[[], float],
    cases: tuple[Case, Case],
    rounds: int,
) -> tuple[list[float], list[float], list[float]]:
    """``rounds`` rounds, each a run of the small size then one of the large size.

    Returns, per row of the step: the best small time, the best large time, and the median over
    the rounds of (large time / small time) of the same round.
    """
    small, large = cases
    pairs = [(run(clock, small), run(clock, large)) for _ in range(rounds)]
    rows = range(len(pairs[0][0]))
    best_small = [min(a[row] for a, _ in pairs) for row in rows]
    best_large = [min(b[row] for _, b in pairs) for row in rows]
    ratios = [statistics.median(b[row] / a[row] for a, b in pairs) for row in rows]
    return best_small, best_large, ratios


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15, help="rounds (a small run and a large run) per step")
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="cpu")
    parser.add_argument("--only", metavar="TEXT", help="only the steps whose name contains TEXT")
    parser.add_argument(
        "--huge-rounds", type=int, default=3, help="rounds for the 100,000-line configuration (0: skip it)"
    )
    args = parser.parse_args(argv)
    clock = CLOCKS[args.clock]
    small, large = (Case(size) for size in SIZES)
    gc.collect()
    gc.freeze()
    print(
        f"{'step (best ' + args.clock + ' time)':<30}{small.lines:>10,} lines{large.lines:>11,} lines"
        f"{'best/best':>11}{'ratio':>8}  target"
    )
    failed = False
    for names, run in STEPS:
        if args.only and not any(args.only in name for name in names):
            continue
        best_small, best_large, ratios = measure(run, clock, (small, large), args.rounds)
        for name, a, b, ratio in zip(names, best_small, best_large, ratios, strict=True):
            ok = ratio <= TARGET
            failed |= not ok
            print(
                f"{name:<30}{a * 1000:>9.1f} ms{b * 1000:>13.1f} ms{b / a:>11.2f}{ratio:>8.2f}"
                f"  <= {TARGET:g} {'PASS' if ok else 'FAIL'}"
            )
    print(f"ratio: median over {args.rounds} rounds of (20,000-line time / 2,000-line time) of the same round")
    if args.huge_rounds:
        huge_steps(clock, small, args.huge_rounds, args.only)
    return 1 if failed else 0


def huge_steps(clock: Callable[[], float], small: Case, rounds: int, only: str | None) -> None:
    """The 100,000-line configuration: cost per line of each step against the 2,000-line one."""
    start = time.perf_counter()
    huge = Case(HUGE)
    print(f"\n{HUGE:,}-line configuration built and checked in {time.perf_counter() - start:.1f} s (not timed)")
    print(f"{'step (best ' + clock.__name__ + ' time)':<30}{small.lines:>10,} lines{HUGE:>11,} lines{'per line':>11}")
    for names, run in STEPS:
        if only and not any(only in name for name in names):
            continue
        best_small, best_huge, ratios = measure(run, clock, (small, huge), rounds)
        for name, a, b, ratio in zip(names, best_small, best_huge, ratios, strict=True):
            per_line = ratio * small.lines / HUGE
            print(f"{name:<30}{a * 1000:>9.1f} ms{b * 1000:>13.1f} ms{per_line:>11.2f}")
    print(
        f"per line: median over {rounds} rounds of (100,000-line time / 2,000-line time) / 50, "
        "the cost of a line at 100,000 lines against one at 2,000"
    )


if __name__ == "__main__":
    sys.exit(main())
