"""How an expert's hours at a Sprechtag are cut into conversations: plain times, no database."""

from datetime import date, datetime, time, timedelta


def _on(day: date, at: time) -> datetime:
    return datetime.combine(day, at)


def slot_times(
    *,
    start: time,
    end: time,
    minutes: int,
    break_start: time | None = None,
    break_end: time | None = None,
) -> list[tuple[time, time]]:
    """Back-to-back slots of `minutes` from `start` that end by `end`; a slot that would reach
    into the break starts after it instead."""
    day, length = date(2000, 1, 1), timedelta(minutes=minutes)
    at, stop = _on(day, start), _on(day, end)
    pause = (_on(day, break_start), _on(day, break_end)) if break_start and break_end else None
    slots = []
    while at + length <= stop:
        if pause is not None and at < pause[1] and at + length > pause[0]:
            at = max(at, pause[1])
            continue
        slots.append((at.time(), (at + length).time()))
        at += length
    return slots


def windows_overlap(a: tuple[time, time], b: tuple[time, time]) -> bool:
    """Whether two time windows of one day share any minute (touching ends do not)."""
    return a[0] < b[1] and b[0] < a[1]
