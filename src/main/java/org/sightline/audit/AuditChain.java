package org.sightline.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the audit log's hash chain (table {@code audit.audit_chain}, written at commit by a
 * database trigger) and takes anchors. Verification walks the chain in order and reports, by
 * position and time, every entry that was altered (its content no longer gives its hash), deleted
 * (a position whose entry is gone, or a gap), or inserted outside the chain (an entry with no
 * position); anchors, taken daily and written to the application log too, prove a cut tail.
 */
@Service
public class AuditChain {

	private static final Logger log = LoggerFactory.getLogger(AuditChain.class);
	private static final HexFormat HEX = HexFormat.of();
	private static final int MAX_FINDINGS = 50;

	/** One thing wrong with the chain, in words, with where it is. */
	public record Finding(long position, Instant at, String what) {
	}

	/** The result of a walk: how far it got, the head, and what was wrong (first first). */
	public record Verification(long entriesChecked, long headPosition, String headHash, List<Finding> findings,
			List<AnchorView> anchors, Instant verifiedAt) {

		public boolean intact() {
			return findings.isEmpty();
		}

		public Optional<Finding> first() {
			return findings.stream().findFirst();
		}
	}

	public record AnchorView(long position, String headHash, Instant anchoredAt) {
	}

	/** An anchor from elsewhere (the application log, a printout): the head as it was. */
	public record ExternalAnchor(long position, String headHash) {

		/** Reads {@code position:hexhash}. */
		public static ExternalAnchor parse(String text) {
			String[] parts = text.split(":", 2);
			if (parts.length != 2 || !parts[0].matches("\\d+") || !parts[1].matches("[0-9a-fA-F]{64}")) {
				throw new IllegalArgumentException("An anchor is position:hash (64 hex digits), e.g. 1200:9f86d0…, not " + text);
			}
			return new ExternalAnchor(Long.parseLong(parts[0]), parts[1].toLowerCase());
		}
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	AuditChain(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** For the {@code audit-verify} command, which runs without the application. */
	public static AuditChain over(JdbcClient jdbc, Clock clock) {
		return new AuditChain(jdbc, clock);
	}

	/** Walks the whole chain and the anchors stored with it. */
	@Transactional(readOnly = true)
	public Verification verify() {
		return verify(List.of());
	}

	/** As {@link #verify()}, also checking anchors kept outside the database. */
	@Transactional(readOnly = true)
	public Verification verify(List<ExternalAnchor> external) {
		List<Finding> findings = new ArrayList<>();
		var walk = new Object() {
			long expected = 1;
			byte[] previousHash = null;
			long checked = 0;
			long headPosition = 0;
			byte[] headHash = null;
		};
		jdbc.sql("""
				select c.position, c.entry_id, c.previous_hash, c.entry_hash, c.chained_at, e.id as present, e.occurred_at,
				       sha256(coalesce(c.previous_hash, '\\x'::bytea) || audit.entry_content(e)) as recomputed
				from audit.audit_chain c left join audit.audit_entry e on e.id = c.entry_id
				order by c.position
				""")
			.withFetchSize(2_000)
			.query((ResultSet rs) -> {
				long position = rs.getLong("position");
				Instant chainedAt = rs.getTimestamp("chained_at").toInstant();
				byte[] previous = rs.getBytes("previous_hash");
				byte[] hash = rs.getBytes("entry_hash");
				if (position != walk.expected) {
					add(findings, new Finding(walk.expected, chainedAt, "positions " + walk.expected + " to " + (position - 1)
							+ " are missing from the chain: entries were deleted before position " + position));
				}
				else if (!Arrays.equals(previous, walk.previousHash)) {
					add(findings, new Finding(position, chainedAt, "the chain is broken before position " + position
							+ ": its previous hash is not the hash at position " + (position - 1)
							+ " (an entry was removed or replaced there)"));
				}
				if (rs.getObject("present") == null) {
					add(findings, new Finding(position, chainedAt, "the entry at position " + position + " (id "
							+ rs.getLong("entry_id") + ", chained " + chainedAt + ") was deleted"));
				}
				else if (!Arrays.equals(hash, rs.getBytes("recomputed"))) {
					add(findings, new Finding(position, timestamp(rs, "occurred_at"), "the entry at position " + position
							+ " (id " + rs.getLong("entry_id") + ", written " + timestamp(rs, "occurred_at")
							+ ") was altered: its content no longer gives its hash"));
				}
				walk.expected = position + 1;
				walk.previousHash = hash;
				walk.headPosition = position;
				walk.headHash = hash;
				walk.checked++;
			});
		jdbc.sql("""
				select e.id, e.occurred_at from audit.audit_entry e
				where not exists (select 1 from audit.audit_chain c where c.entry_id = e.id)
				order by e.id limit :limit
				""")
			.param("limit", MAX_FINDINGS)
			.query((rs, n) -> new Finding(0, rs.getTimestamp("occurred_at").toInstant(), "the entry with id "
					+ rs.getLong("id") + " (written " + rs.getTimestamp("occurred_at").toInstant()
					+ ") was inserted outside the chain"))
			.list()
			.forEach(f -> add(findings, f));

		List<AnchorView> anchors = anchors();
		List<ExternalAnchor> toCheck = new ArrayList<>(external);
		anchors.forEach(a -> toCheck.add(new ExternalAnchor(a.position(), a.headHash())));
		for (ExternalAnchor anchor : toCheck) {
			if (anchor.position() > walk.headPosition) {
				add(findings, new Finding(anchor.position(), null, "the chain ends at position " + walk.headPosition
						+ ", but an anchor recorded position " + anchor.position() + ": the tail was cut"));
			}
			else {
				Optional<byte[]> hash = jdbc.sql("select entry_hash from audit.audit_chain where position = :p")
					.param("p", anchor.position())
					.query((rs, n) -> rs.getBytes(1))
					.optional();
				if (hash.isEmpty() || !HEX.formatHex(hash.get()).equals(anchor.headHash())) {
					add(findings, new Finding(anchor.position(), null, "the hash at position " + anchor.position()
							+ " is not the one anchored: the chain was rewritten up to there"));
				}
			}
		}
		findings.sort((a, b) -> Long.compare(a.position() == 0 ? Long.MAX_VALUE : a.position(),
				b.position() == 0 ? Long.MAX_VALUE : b.position()));
		return new Verification(walk.checked, walk.headPosition, walk.headHash == null ? null : HEX.formatHex(walk.headHash),
				List.copyOf(findings), anchors, Instant.now(clock));
	}

	/**
	 * Records the head of the chain as an anchor, in the database and in the application log (which
	 * a force ships elsewhere), so a later cut of the tail can be proved.
	 */
	@Transactional
	public Optional<AnchorView> anchor() {
		Optional<AnchorView> head = jdbc.sql("select position, entry_hash from audit.audit_chain order by position desc limit 1")
			.query((rs, n) -> new AnchorView(rs.getLong(1), HEX.formatHex(rs.getBytes(2)), Instant.now(clock)))
			.optional();
		head.ifPresent(a -> {
			jdbc.sql("insert into audit.audit_anchor (position, head_hash, anchored_at) values (:p, :h, :at)")
				.param("p", a.position())
				.param("h", HEX.parseHex(a.headHash()))
				.param("at", Timestamp.from(a.anchoredAt()))
				.update();
			log.info("Audit anchor: {}:{} at {} (keep this line: `audit-verify --anchor {}:{}` proves the log was not cut)",
					a.position(), a.headHash(), a.anchoredAt(), a.position(), a.headHash());
		});
		return head;
	}

	List<AnchorView> anchors() {
		return jdbc.sql("select position, head_hash, anchored_at from audit.audit_anchor order by id")
			.query((rs, n) -> new AnchorView(rs.getLong(1), HEX.formatHex(rs.getBytes(2)), rs.getTimestamp(3).toInstant()))
			.list();
	}

	private static void add(List<Finding> findings, Finding finding) {
		if (findings.size() < MAX_FINDINGS) {
			findings.add(finding);
		}
	}

	private static Instant timestamp(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
