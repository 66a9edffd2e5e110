package org.sightline.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.sightline.shared.Agency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the demand figures need of each sent referral: which agency, when it was sent, acknowledged
 * and decided (accepted or declined), the targets it had, and where it stands. No names, no
 * narrative. Drafts are not demand on a partner, so they are left out. Read by the demand module's
 * projections only.
 */
@Component
public class ReferralDemandFacts {

	public record Facts(UUID referralId, UUID encounterId, Agency agency, ReferralStatus status, Instant sentAt,
			Instant acknowledgedAt, Instant decidedAt, Instant ackDueAt, Instant decisionDueAt) {
	}

	private static final String SELECT = """
			select r.id, r.encounter_id, r.receiving_agency, r.status, r.sent_at, r.ack_due_at, r.decision_due_at,
			       (select min(s.at) from referral.referral_step s where s.referral_id = r.id and s.status = 'ACKNOWLEDGED') as acknowledged_at,
			       (select min(s.at) from referral.referral_step s where s.referral_id = r.id and s.status in ('ACCEPTED', 'DECLINED')) as decided_at
			from referral.referral r
			where r.sent_at is not null
			""";

	private final JdbcClient jdbc;

	ReferralDemandFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The sent referrals made in an encounter. */
	@Transactional(readOnly = true)
	public List<Facts> ofEncounter(UUID encounterId) {
		return jdbc.sql(SELECT + " and r.encounter_id = :id").param("id", encounterId).query((rs, n) -> facts(rs)).list();
	}

	/** Every sent referral, streamed (for a rebuild). */
	@Transactional(readOnly = true)
	public void forEach(Consumer<Facts> consumer) {
		jdbc.sql(SELECT).withFetchSize(5_000).query((ResultSet rs) -> {
			consumer.accept(facts(rs));
		});
	}

	private static Facts facts(ResultSet rs) throws SQLException {
		return new Facts(rs.getObject("id", UUID.class), rs.getObject("encounter_id", UUID.class),
				Agency.valueOf(rs.getString("receiving_agency")), ReferralStatus.valueOf(rs.getString("status")),
				instant(rs.getTimestamp("sent_at")), instant(rs.getTimestamp("acknowledged_at")),
				instant(rs.getTimestamp("decided_at")), instant(rs.getTimestamp("ack_due_at")),
				instant(rs.getTimestamp("decision_due_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
