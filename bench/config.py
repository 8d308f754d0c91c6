"""Benchmark of the configuration engine: does every step grow no worse than linearly?

Builds set configurations of 2,000 and 20,000 lines (interfaces, units, addresses, static routes,
policy terms, firewall terms), then for each size times: load (parse + ``load merge`` onto the
previous configuration), validate (commit check), render in text/set/xml/json, and diff against
the previous configuration. Prints the times and the ratio 20,000 / 2,000 for every step with the
target (<= 12) and PASS/FAIL. The exit status is 1 when a step fails.

Run: ``PYTHONPATH=emulator .venv/bin/python bench/config.py``
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from typing import Any

from jetemu.config import engine

TARGET = 12.0
SIZES = (2_000, 20_000)


def set_config(lines: int) -> str:
    """About ``lines`` set commands: interfaces with units and addresses, routes, policy, firewall."""
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
    """One configuration size: the set text, the previous commit, and the loaded tree."""

    def __init__(self, lines: int) -> None:
        self.lines = lines
        self.text = set_config(lines)
        self.previous = engine.parse(set_config(lines // 2), "set")
        self.tree = engine.apply_load(self.previous, engine.parse_load(self.text, "set"), "merge")
        errors = engine.validate(self.tree)
        if errors:
            raise SystemExit(f"benchmark configuration does not validate: {errors[:3]}")
        if not engine.diff(self.previous, self.tree):
            raise SystemExit("benchmark diff is empty")


def steps(case: Case) -> dict[str, Callable[[], Any]]:
    found: dict[str, Callable[[], Any]] = {
        "load (parse + merge)": lambda: engine.apply_load(case.previous, engine.parse_load(case.text, "set"), "merge"),
        "validate (commit check)": lambda: engine.validate(case.tree),
    }
    for fmt in engine.FORMATS:
        found[f"render {fmt}"] = lambda fmt=fmt: engine.render(case.tree, fmt)
    found["diff vs previous"] = lambda: engine.diff(case.previous, case.tree)
    return found


def once(fn: Callable[[], Any]) -> float:
    gc.collect()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(rounds: int = 7) -> int:
    """Small and large runs alternate, best of ``rounds`` each: the machine is shared, and the best
    run of each size is the least disturbed one."""
    cases = [Case(size) for size in SIZES]
    gc.freeze()  # the inputs are built: keep them out of the collector's work during the timings
    small, large = SIZES
    print(f"{'step':<26}{small:>10,} lines{large:>11,} lines{'ratio':>9}  target")
    failed = False
    small_steps, large_steps = steps(cases[0]), steps(cases[1])
    for step in small_steps:
        a = b = float("inf")
        for _ in range(rounds):
            a = min(a, once(small_steps[step]))
            b = min(b, once(large_steps[step]))
        ratio = b / a if a > 0 else float("inf")
        ok = ratio <= TARGET
        failed |= not ok
        print(
            f"{step:<26}{a * 1000:>13.1f} ms{b * 1000:>13.1f} ms{ratio:>9.2f}  <= {TARGET:g} {'PASS' if ok else 'FAIL'}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
