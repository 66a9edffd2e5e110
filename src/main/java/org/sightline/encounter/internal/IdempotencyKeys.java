package org.sightline.encounter.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Remembers which encounter each client-chosen key created, per user, so that a retried request
 * (a lost response, a double-clicked Save) returns the first result instead of a second encounter.
 */
@Repository
public class IdempotencyKeys {

	public record Claim(String requestHash, UUID encounterId) {
	}

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the key for a new encounter. When the key is already taken (or being taken by a
	 * concurrent request, which this waits for), returns the earlier claim instead.
	 */
	public Optional<Claim> claim(String actor, String key, String requestHash, UUID encounterId, Instant now) {
		int inserted = jdbc.sql("""
				insert into encounter.idempotency_key (actor, key, request_hash, encounter_id, created_at)
				values (:actor, :key, :hash, :encounterId, :now)
				on conflict (actor, key) do nothing
				""")
			.param("actor", actor)
			.param("key", key)
			.param("hash", requestHash)
			.param("encounterId", encounterId)
			.param("now", Timestamp.from(now))
			.update();
		if (inserted == 1) {
			return Optional.empty();
		}
		return Optional.of(jdbc.sql("""
				select request_hash, encounter_id from encounter.idempotency_key where actor = :actor and key = :key
				""")
			.param("actor", actor)
			.param("key", key)
			.query((rs, n) -> new Claim(rs.getString("request_hash"), rs.getObject("encounter_id", UUID.class)))
			.single());
	}
}
