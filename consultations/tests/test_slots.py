"""An expert's hours cut into conversations, around the day's break."""

from datetime import time

from consultations.slots import slot_times, windows_overlap


def test_hours_become_back_to_back_slots_that_end_by_the_end():
    assert slot_times(start=time(14), end=time(15, 40), minutes=30) == [
        (time(14), time(14, 30)),
        (time(14, 30), time(15)),
        (time(15), time(15, 30)),
    ]


def test_a_slot_that_would_reach_into_the_break_starts_after_it():
    slots = slot_times(
        start=time(14), end=time(16), minutes=30, break_start=time(14, 45), break_end=time(15)
    )
    assert slots == [(time(14), time(14, 30)), (time(15), time(15, 30)), (time(15, 30), time(16))]


def test_too_little_time_gives_no_slot():
    assert slot_times(start=time(14), end=time(14, 29), minutes=30) == []


def test_windows_that_touch_do_not_overlap():
    assert not windows_overlap((time(10), time(12)), (time(12), time(14)))
    assert windows_overlap((time(10), time(12)), (time(11, 59), time(14)))
