package org.sightline.referral.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sightline.referral.ConsentStatus;
import org.sightline.referral.LawfulBasis;
import org.sightline.referral.ReferralStatus;
import org.sightline.referral.ReferralView;
import org.sightline.referral.SharedContent;
import org.sightline.referral.SharedItem;
import org.sightline.shared.Agency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class Referrals {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	Referrals(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public String nextReference(Year year) {
		long number = jdbc.sql("select nextval('referral.referral_reference_seq')").query(Long.class).single();
		return "REF-%d-%06d".formatted(year.getValue(), number);
	}

	public void insert(ReferralView r, LocalDate reviewDate) {
		jdbc.sql("""
				insert into referral.referral (id, reference, encounter_id, receiving_agency, status, person_ids,
				    reason, risk_summary, data_items, lawful_basis, consent_status, consent_rationale, created_by, created_at,
				    shared, review_date)
				values (:id, :reference, :encounterId, :agency, :status, :personIds, :reason, :riskSummary,
				    :dataItems, :lawfulBasis, :consentStatus, :consentRationale, :createdBy, :createdAt,
				    cast(:shared as jsonb), :reviewDate)
				""")
			.param("id", r.id())
			.param("reference", r.reference())
			.param("encounterId", r.encounterId())
			.param("agency", r.receivingAgency().name())
			.param("status", r.status().name())
			.param("personIds", r.personIds().toArray(UUID[]::new))
			.param("reason", r.reason())
			.param("riskSummary", r.riskSummary())
			.param("dataItems", r.dataItems().stream().map(Enum::name).toArray(String[]::new))
			.param("lawfulBasis", r.lawfulBasis().name())
			.param("consentStatus", r.consentStatus().name())
			.param("consentRationale", r.consentRationale())
			.param("createdBy", r.createdBy())
			.param("createdAt", Timestamp.from(r.createdAt()))
			.param("shared", json.writeValueAsString(r.shared()))
			.param("reviewDate", reviewDate)
			.update();
	}

	public void addStep(UUID referralId, ReferralView.Step step) {
		jdbc.sql("""
				insert into referral.referral_step (referral_id, status, at, by_user, note, received_by_phone_from)
				values (:id, :status, :at, :by, :note, :phoneFrom)
				""")
			.param("id", referralId)
			.param("status", step.status().name())
			.param("at", Timestamp.from(step.at()))
			.param("by", step.by())
			.param("note", step.note())
			.param("phoneFrom", step.receivedByPhoneFrom())
			.update();
	}

	/**
	 * Moves the referral on from the version that was read, noting the team that took it on if given:
	 * false, changing nothing, when someone else changed it since (on this node or another).
	 */
	public boolean updateStatus(UUID id, int readVersion, ReferralStatus to, String declineReason, String outcome,
			String allocatedTeam) {
		return jdbc.sql("""
				update referral.referral set status = :to, version = version + 1,
				    decline_reason = coalesce(:declineReason, decline_reason), outcome = coalesce(:outcome, outcome),
				    allocated_team = coalesce(:team, allocated_team)
				where id = :id and version = :version
				""")
			.param("team", allocatedTeam)
			.param("id", id)
			.param("version", readVersion)
			.param("to", to.name())
			.param("declineReason", declineReason)
			.param("outcome", outcome)
			.update() == 1;
	}

	/** Sends the draft read at this version: false, changing nothing, when someone else changed it since. */
	public boolean markSent(UUID id, int readVersion, Instant sentAt, Instant ackDue, Instant decisionDue) {
		return jdbc.sql("""
				update referral.referral set status = 'SENT', version = version + 1, sent_at = :sentAt,
				    ack_due_at = :ackDue, decision_due_at = :decisionDue
				where id = :id and version = :version and status = 'DRAFT'
				""")
			.param("id", id)
			.param("version", readVersion)
			.param("sentAt", Timestamp.from(sentAt))
			.param("ackDue", Timestamp.from(ackDue))
			.param("decisionDue", Timestamp.from(decisionDue))
			.update() == 1;
	}

	public Optional<ReferralView> findById(UUID id) {
		return jdbc.sql("select * from referral.referral where id = :id")
			.param("id", id)
			.query((rs, n) -> map(rs))
			.optional()
			.map(view -> withHistories(List.of(view)).get(0));
	}

	List<ReferralView> find(Optional<Agency> agency, Optional<ReferralStatus> status, Optional<String> createdBy,
			boolean excludeDrafts, int limit) {
		return find(agency, status, createdBy, excludeDrafts, Optional.empty(), limit);
	}

	/**
	 * As {@link #find(Optional, Optional, Optional, boolean, int)}, and matching the search text, if
	 * any, against the reference or a name that was shared (a name is matched only where names were
	 * among the shared items, so a search never finds a referral by what it did not share).
	 */
	public List<ReferralView> find(Optional<Agency> agency, Optional<ReferralStatus> status, Optional<String> createdBy,
			boolean excludeDrafts, Optional<String> search, int limit) {
		List<ReferralView> found = jdbc.sql("""
				select * from referral.referral
				where (cast(:agency as text) is null or receiving_agency = :agency)
				  and (cast(:status as text) is null or status = :status)
				  and (cast(:createdBy as text) is null or created_by = :createdBy)
				  and (not :excludeDrafts or status <> 'DRAFT')
				  and (cast(:search as text) is null
				       or reference ilike '%' || :search || '%'
				       or ('NAMES' = any(data_items) and exists (
				             select 1 from jsonb_array_elements(shared -> 'people') p
				             where p ->> 'name' ilike '%' || :search || '%')))
				order by coalesce(sent_at, created_at) desc
				limit :limit
				""")
			.param("search", search.map(Referrals::likeLiteral).orElse(null))
			.param("agency", agency.map(Enum::name).orElse(null))
			.param("status", status.map(Enum::name).orElse(null))
			.param("createdBy", createdBy.orElse(null))
			.param("excludeDrafts", excludeDrafts)
			.param("limit", limit)
			.query((rs, n) -> map(rs))
			.list();
		return withHistories(found);
	}

	public List<ReferralView> forEncounter(UUID encounterId) {
		return withHistories(jdbc.sql("select * from referral.referral where encounter_id = :id order by created_at")
			.param("id", encounterId)
			.query((rs, n) -> map(rs))
			.list());
	}

	/** Every referral from any of these encounters, oldest first. */
	public List<ReferralView> forEncounters(java.util.Collection<UUID> encounterIds) {
		if (encounterIds.isEmpty()) {
			return List.of();
		}
		return withHistories(jdbc.sql("select * from referral.referral where encounter_id in (:ids) order by created_at")
			.param("ids", encounterIds)
			.query((rs, n) -> map(rs))
			.list());
	}

	/** When referrals to MARAC about any of these people (people in encounters) were sent, newest first. */
	public List<java.time.Instant> maracReferralsSent(java.util.Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select sent_at from referral.referral
				where receiving_agency = 'MARAC' and status <> 'REVOKED' and sent_at is not null
				  and exists (select 1 from unnest(person_ids) p where p in (:ids))
				order by sent_at desc
				""").param("ids", personIds).query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
	}


	private ReferralView map(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new ReferralView(id, rs.getString("reference"), rs.getObject("encounter_id", UUID.class),
				Agency.valueOf(rs.getString("receiving_agency")), ReferralStatus.valueOf(rs.getString("status")),
				Arrays.asList((UUID[]) rs.getArray("person_ids").getArray()), rs.getString("reason"),
				rs.getString("risk_summary"),
				Arrays.stream((String[]) rs.getArray("data_items").getArray()).map(SharedItem::valueOf).toList(),
				LawfulBasis.valueOf(rs.getString("lawful_basis")), ConsentStatus.valueOf(rs.getString("consent_status")),
				rs.getString("consent_rationale"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				instant(rs, "sent_at"), instant(rs, "ack_due_at"), instant(rs, "decision_due_at"),
				rs.getString("decline_reason"), rs.getString("outcome"),
				json.readValue(rs.getString("shared"), SharedContent.class), List.of(), rs.getString("allocated_team"),
				rs.getInt("version"));
	}

	/** Attaches every referral's steps, read in one query for the whole list. */
	private List<ReferralView> withHistories(List<ReferralView> views) {
		if (views.isEmpty()) {
			return views;
		}
		java.util.Map<UUID, List<ReferralView.Step>> steps = new java.util.HashMap<>();
		jdbc.sql("select * from referral.referral_step where referral_id = any(:ids) order by id")
			.param("ids", views.stream().map(ReferralView::id).toArray(UUID[]::new))
			.query((s, n) -> {
				steps.computeIfAbsent(s.getObject("referral_id", UUID.class), k -> new java.util.ArrayList<>())
					.add(new ReferralView.Step(ReferralStatus.valueOf(s.getString("status")), s.getTimestamp("at").toInstant(),
							s.getString("by_user"), s.getString("note"), s.getString("received_by_phone_from")));
				return 0;
			})
			.list();
		return views.stream().map(v -> v.withHistory(steps.getOrDefault(v.id(), List.of()))).toList();
	}

	/** Open referrals to MARAC, oldest first. */
	List<ReferralView> openMaracReferrals() {
		return withHistories(jdbc.sql("""
				select * from referral.referral
				where receiving_agency = 'MARAC' and status in ('SENT', 'ACKNOWLEDGED', 'ACCEPTED')
				order by sent_at
				""").query((rs, n) -> map(rs)).list());
	}

	/** A referral to MARAC as the repeat check needs it: when it was sent and who it was about. */
	record SentMaracReferral(UUID id, java.time.Instant sentAt, List<UUID> personIds) {
	}

	/** Every referral to MARAC sent at or after the given time and not revoked. */
	List<SentMaracReferral> maracReferralsSentSince(java.time.Instant from) {
		return jdbc.sql("""
				select id, sent_at, person_ids from referral.referral
				where receiving_agency = 'MARAC' and status <> 'REVOKED' and sent_at >= :from
				""")
			.param("from", Timestamp.from(from))
			.query((rs, n) -> new SentMaracReferral(rs.getObject("id", UUID.class), rs.getTimestamp("sent_at").toInstant(),
					java.util.Arrays.asList((UUID[]) rs.getArray("person_ids").getArray())))
			.list();
	}

	/** The text as an ILIKE pattern that matches it literally: its % and _ are not wildcards. */
	static String likeLiteral(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	/** Runs referral.dispose (as the schema's owner): returns the referrals deleted. */
	public java.util.List<java.util.UUID> dispose(java.util.Collection<java.util.UUID> encounters,
			java.util.Collection<java.util.UUID> mentions) {
		return jdbc.sql("select referral.dispose(:encounters, :mentions)")
			.param("encounters", encounters.toArray(java.util.UUID[]::new))
			.param("mentions", mentions.toArray(java.util.UUID[]::new))
			.query((rs, n) -> rs.getArray(1) == null ? java.util.List.<java.util.UUID>of()
					: java.util.Arrays.stream((Object[]) rs.getArray(1).getArray()).map(o -> (java.util.UUID) o).toList())
			.single();
	}
}
