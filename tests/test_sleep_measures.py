"""A measured night worked out by hand: bed, phone sleep and wearable, and what is refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.sleep_hygiene.model.measured_score import measured_parts
from custom_components.sleep_hygiene.model.sleep_measures import derive
from custom_components.sleep_hygiene.model.sleep_sources import (
    SOURCE_BED,
    SOURCE_BED_SHARED,
    SOURCE_SLEEP_CONFIDENCE,
    SOURCE_SLEEP_SEGMENT,
    NightSources,
    Span,
    Stretches,
    Timeline,
    checked_minutes,
    gathered,
)

LONDON = ZoneInfo("Europe/London")


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    """Return a London time in 2026."""
    return datetime(2026, month, day, hour, minute, tzinfo=LONDON)


WINDOW = Span(at(10, 18), at(11, 14))
# Into bed 22:40, out for the bathroom 03:00-03:12, up at 06:50.
BED = Stretches(SOURCE_BED, (Span(at(10, 22, 40), at(11, 3)), Span(at(11, 3, 12), at(11, 6, 50))))
SEGMENT = Stretches(SOURCE_SLEEP_SEGMENT, (Span(at(10, 23, 5), at(11, 6, 35)),))


def test_bed_and_sleep_segment() -> None:
    """Latency 25 min; the 12-min bathroom trip is one awakening; 438 of 490 min asleep."""
    measures = derive(NightSources(WINDOW, bed=BED, asleep=SEGMENT))
    assert measures.into_bed == at(10, 22, 40)
    assert measures.asleep_at == at(10, 23, 5)
    assert measures.out_of_bed == at(11, 6, 50)
    assert measures.time_in_bed_minutes == 490  # 22:40 to 06:50
    assert measures.latency_minutes == 25
    assert measures.awakenings == 1
    assert measures.waso_minutes == 12
    assert measures.total_sleep_minutes == 438  # 23:05-06:35 is 450, less 12 out of bed
    assert measures.efficiency_percent == pytest.approx(100 * 438 / 490)
    assert measures.sources["latency_minutes"] == "bed+sleep_segment"
    assert measures.sources["waso_minutes"] == "bed+sleep_segment"
    assert measures.flags == ()
    parts = {part.key: part.points for part in measured_parts(measures)}
    assert parts == {
        "sleep_latency": 5.0,
        "sleep_awakenings": 5.0,
        "wake_after_sleep_onset": 5.0,
        "sleep_efficiency": 5.0,
    }


def test_latency_starts_when_the_lights_go_out() -> None:
    """Reading in bed is not trying to sleep: into bed 22:40, lights out 22:55, asleep 23:05."""
    measures = derive(NightSources(WINDOW, bed=BED, asleep=SEGMENT), lights_out=at(10, 22, 55))
    assert measures.latency_minutes == 10
    assert measures.sources["latency_minutes"] == "lights_out+sleep_segment"
    # Lights out before getting into bed: the latency starts at into bed, as before.
    before = derive(NightSources(WINDOW, bed=BED, asleep=SEGMENT), lights_out=at(10, 22, 30))
    assert before.latency_minutes == 25
    assert before.sources["latency_minutes"] == "bed+sleep_segment"
    # The house's lights-out after falling asleep says nothing of trying: into bed again.
    after = derive(NightSources(WINDOW, bed=BED, asleep=SEGMENT), lights_out=at(10, 23, 30))
    assert after.latency_minutes == 25
    # Without a bed sensor the phone's sleep and the lights are enough.
    alone = derive(NightSources(WINDOW, asleep=SEGMENT), lights_out=at(10, 22, 50))
    assert alone.latency_minutes == 15
    assert alone.sources["latency_minutes"] == "lights_out+sleep_segment"


def test_bed_alone_and_a_wearable() -> None:
    """Bed exits are times out of bed, not awakenings; the wearable's 432 min give efficiency."""
    measures = derive(NightSources(WINDOW, bed=BED, wearable_minutes=432, wearable_score=81))
    assert measures.times_out_of_bed == 1
    assert measures.sources["times_out_of_bed"] == SOURCE_BED
    # A bed sensor alone sees getting up, not waking in bed: no awakenings, no wake scored.
    assert measures.awakenings is None
    assert measures.total_sleep_minutes == 432
    assert measures.efficiency_percent == pytest.approx(100 * 432 / 490)
    assert measures.sources["efficiency_percent"] == "bed+wearable"
    assert measures.latency_minutes is None
    assert measures.waso_minutes is None
    assert measures.wearable_score == 81
    assert [part.key for part in measured_parts(measures)] == ["sleep_efficiency"]


def test_nothing_measured_has_no_parts() -> None:
    """A night without sources has no measures and no measured parts."""
    measures = derive(NightSources(WINDOW))
    assert measures.sources == {}
    assert measured_parts(measures) == ()
    assert measured_parts(None) == ()


def test_sleep_confidence_gaps_and_poor_values() -> None:
    """Confidence: asleep 00:30, awake 02:00-02:40 (40 min); latency 110 min scores 0."""
    asleep = Stretches(
        SOURCE_SLEEP_CONFIDENCE,
        (Span(at(11, 0, 30), at(11, 2)), Span(at(11, 2, 40), at(11, 6, 30))),
    )
    measures = derive(NightSources(WINDOW, bed=BED, asleep=asleep))
    assert measures.latency_minutes == 110
    # Awake 02:00-02:40 and out of bed 03:00-03:12: two awakenings, 52 minutes.
    assert measures.awakenings == 2
    assert measures.waso_minutes == 52
    parts = {part.key: part.points for part in measured_parts(measures)}
    assert parts["sleep_latency"] == 0.0
    assert parts["sleep_awakenings"] == pytest.approx(5 * 2 / 3)
    assert parts["wake_after_sleep_onset"] == 0.0


def test_shared_bed_is_labelled() -> None:
    """A bed sensor two people share says so beside each measure it gave."""
    shared = Stretches(SOURCE_BED_SHARED, BED.on)
    measures = derive(NightSources(WINDOW, bed=shared))
    assert measures.sources["into_bed"] == SOURCE_BED_SHARED


def test_nap_is_not_the_night() -> None:
    """A 40-minute nap at 19:00 is not the night: into bed stays 22:40."""
    nap = Stretches(SOURCE_BED, (Span(at(10, 19), at(10, 19, 40)), *BED.on))
    assert derive(NightSources(WINDOW, bed=nap)).into_bed == at(10, 22, 40)


def test_bed_sensor_unavailable_mid_night() -> None:
    """Unavailable from 02:00 on: out of bed and exits are not known, into bed still is."""
    bed = Stretches(SOURCE_BED, (Span(at(10, 22, 40), at(11, 2)),), (Span(at(11, 2), at(11, 9)),))
    measures = derive(NightSources(WINDOW, bed=bed))
    assert measures.into_bed == at(10, 22, 40)
    assert measures.out_of_bed is None
    assert measures.time_in_bed_minutes is None
    assert "bed_unavailable" in measures.flags


def test_asleep_before_bed_is_flagged() -> None:
    """A segment starting an hour before into bed gives no latency, and says why."""
    early = Stretches(SOURCE_SLEEP_SEGMENT, (Span(at(10, 21, 40), at(11, 6, 35)),))
    measures = derive(NightSources(WINDOW, bed=BED, asleep=early))
    assert measures.latency_minutes is None
    assert "asleep_before_bed" in measures.flags


def test_dst_night_counts_real_minutes() -> None:
    """On 28-29 March 2026 London skips 01:00-02:00: 23:00 to 07:00 is 7 hours in bed."""
    window = Span(at(28, 18), at(29, 14))
    bed = Stretches(SOURCE_BED, (Span(at(28, 23), at(29, 7)),))
    assert derive(NightSources(window, bed=bed)).time_in_bed_minutes == 7 * 60


def test_stuck_sensor_is_refused() -> None:
    """A bed sensor 'on' for 30 hours is not a night."""
    stuck = [Span(at(9, 12), at(10, 18) + timedelta(hours=12))]
    with pytest.raises(ValueError, match="longer than a night"):
        gathered(SOURCE_BED, stuck, [], WINDOW)


def test_bad_input_is_refused() -> None:
    """A segment that ends before it starts, a negative duration, naive times."""
    with pytest.raises(ValueError, match="ends before it starts"):
        Span(at(11, 6), at(10, 23))
    with pytest.raises(ValueError, match="minutes"):
        checked_minutes(-30)
    with pytest.raises(ValueError, match="time zone"):
        Span(datetime(2026, 3, 10, 22), datetime(2026, 3, 11, 6))
    with pytest.raises(ValueError, match="unknown source"):
        NightSources.from_dict({"window": WINDOW.as_list(), "bed": {"source": "guess"}})
    with pytest.raises(TypeError):
        NightSources.from_dict({"window": WINDOW.as_list(), "refused": "x"})


def test_timeline_keeps_changes_only() -> None:
    """A second-by-second sensor keeps only its changes; an out-of-order update is refused."""
    timeline = Timeline()
    start = at(10, 22)
    for second in range(600):
        timeline.add(start + timedelta(seconds=second), second >= 300)
    assert not timeline.add(start, True)
    (on,) = timeline.spans(True, start + timedelta(minutes=20))
    assert on == Span(start + timedelta(minutes=5), start + timedelta(minutes=20))
    assert timeline.spans(None, start + timedelta(minutes=20)) == []


def test_sources_round_trip() -> None:
    """What is stored reads back the same."""
    sources = NightSources(WINDOW, bed=BED, asleep=SEGMENT, wearable_minutes=432, refused=("x",))
    assert NightSources.from_dict(sources.as_dict()) == NightSources(
        Span(WINDOW.start.astimezone(UTC), WINDOW.end.astimezone(UTC)),
        bed=Stretches(SOURCE_BED, tuple(_utc(s) for s in BED.on)),
        asleep=Stretches(SOURCE_SLEEP_SEGMENT, tuple(_utc(s) for s in SEGMENT.on)),
        wearable_minutes=432,
        refused=("x",),
    )
    assert derive(sources).as_dict()["into_bed"] == at(10, 22, 40).isoformat()


def _utc(span: Span) -> Span:
    return Span(span.start.astimezone(UTC), span.end.astimezone(UTC))


minutes = st.integers(min_value=0, max_value=20 * 60)


@st.composite
def spans(draw: st.DrawFn) -> tuple[Span, ...]:
    """Draw up to five ordered stretches inside the window."""
    edges = sorted(set(draw(st.lists(minutes, min_size=0, max_size=10))))
    pairs = list(zip(edges[::2], edges[1::2], strict=False))
    return tuple(
        Span(WINDOW.start + timedelta(minutes=a), WINDOW.start + timedelta(minutes=b))
        for a, b in pairs
    )


@settings(max_examples=200, deadline=None)
@given(bed=spans(), asleep=spans(), worn=st.none() | st.floats(min_value=1, max_value=1440))
def test_measures_are_never_impossible(
    bed: tuple[Span, ...], asleep: tuple[Span, ...], worn: float | None
) -> None:
    """Whatever the sensors say: no negative duration, efficiency at most 100 %."""
    measures = derive(
        NightSources(
            WINDOW,
            bed=Stretches(SOURCE_BED, bed),
            asleep=Stretches(SOURCE_SLEEP_SEGMENT, asleep),
            wearable_minutes=worn,
        )
    )
    for name in ("time_in_bed_minutes", "latency_minutes", "waso_minutes", "total_sleep_minutes"):
        value = getattr(measures, name)
        assert value is None or value >= 0
    assert measures.efficiency_percent is None or 0 <= measures.efficiency_percent <= 100
    assert measures.awakenings is None or measures.awakenings >= 0
    assert set(measures.sources) <= {
        name for name, value in measures.as_dict().items() if value is not None
    }
    for part in measured_parts(measures):
        assert part.points is not None
        assert 0 <= part.points <= part.max_points
