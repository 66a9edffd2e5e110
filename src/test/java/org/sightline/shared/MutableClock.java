package org.sightline.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test sets and moves: time stands still until the test says otherwise. Clocks made from it
 * with {@link #withZone} share its time, so code that reads {@code LocalDate.now(clock.withZone(zone))}
 * moves with it too.
 */
public final class MutableClock extends Clock {

	private final AtomicReference<Instant> now;

	private final ZoneId zone;

	public MutableClock(Instant start) {
		this(new AtomicReference<>(start), ZoneOffset.UTC);
	}

	private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	public static MutableClock at(String instant) {
		return new MutableClock(Instant.parse(instant));
	}

	public MutableClock setTo(Instant instant) {
		now.set(Objects.requireNonNull(instant));
		return this;
	}

	public MutableClock advance(Duration duration) {
		now.updateAndGet(t -> t.plus(duration));
		return this;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public MutableClock withZone(ZoneId zone) {
		return new MutableClock(now, zone);
	}

	@Override
	public Instant instant() {
		return now.get();
	}

	@Override
	public String toString() {
		return "MutableClock[" + instant() + "," + zone + "]";
	}
}
