"""Small timing helpers shared by the benchmark modules."""

import statistics
import time
from collections.abc import Callable


def measure(fn: Callable[[], object], repeats: int, warmup: int = 1) -> list[float]:
    """Seconds per call, after `warmup` unmeasured calls (caches, lazy imports)."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def result(operation: str, ours: list[float], baseline: list[float] | None, target: str,
           **extra) -> dict:
    return {"operation": operation, "ours": ours, "baseline": baseline, "target": target, **extra}
