# Copyright: jetkit.junos contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Changes as steps with inverses: apply in order, undo what was applied when one is refused (PRIVATE).

Used by firewall_filter and interface. A step's ``do`` raises :class:`StepRefused` when the device
refuses it; :meth:`Plan.run` then undoes, in reverse order, the steps already applied that have
an inverse, and fails the task naming the refused step, the device's message and what was undone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .common import TaskError


class StepRefused(Exception):
    def __init__(self, what: str, message: str) -> None:
        super().__init__(f"{what}: {message}")
        self.what = what
        self.message = message


@dataclass
class Step:
    what: str
    do: Callable[[], None]
    undo: Callable[[], None] | None


@dataclass
class Plan:
    steps: list[Step] = field(default_factory=list)

    def add(self, what: str, do: Callable[[], None], undo: Callable[[], None] | None) -> None:
        self.steps.append(Step(what, do, undo))

    def run(self) -> None:
        done: list[Step] = []
        for step in self.steps:
            try:
                step.do()
            except StepRefused as exc:
                undone, error = 0, None
                for previous in reversed(done):
                    if previous.undo is None:
                        continue
                    try:
                        previous.undo()
                        undone += 1
                    except StepRefused as undo_exc:
                        error = str(undo_exc)
                        break
                message = f"the device refused {exc.what}: {exc.message}"
                if error:
                    message += f"; undoing the {len(done)} change(s) already made failed too: {error}"
                elif done:
                    message += f"; the {undone} change(s) this task had already made were undone"
                raise TaskError(message, failed_step=exc.what, rolled_back=undone, rollback_error=error) from None
            done.append(step)
