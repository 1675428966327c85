"""What every bench table prints about where it ran: cores, load average at start and end, Python.

Absolute times move 3–4× between machines of the same kind (issue 17), so a table says where it
was measured and judges its targets as ratios against references timed in the same run.

    started = Machine.now()
    ...
    print(started.line())  # cores, Python, load average at start and now (the end)
"""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass


def load_average() -> tuple[float, float, float]:
    try:
        return os.getloadavg()
    except OSError:  # not on this platform
        return (float("nan"),) * 3


def _load(values: tuple[float, float, float]) -> str:
    return "/".join(f"{v:.2f}" for v in values)


@dataclass(frozen=True)
class Machine:
    cores: int
    python: str
    load_start: tuple[float, float, float]

    @classmethod
    def now(cls) -> Machine:
        return cls(
            cores=os.cpu_count() or 0,
            python=f"{platform.python_implementation()} {platform.python_version()}",
            load_start=load_average(),
        )

    def line(self, *extra: str) -> str:
        """One line for the table's head, with the load average (1/5/15 min) at start and now."""
        parts = [
            f"machine: {self.cores} cores ({platform.machine()}, {platform.system()})",
            self.python,
            f"load average {_load(self.load_start)} at start, {_load(load_average())} at end",
            *extra,
        ]
        return "; ".join(parts)
