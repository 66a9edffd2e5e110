package org.sightline.person.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sightline.person.LinkMethod;
import org.sightline.person.MatchReview;
import org.sightline.person.Merge;
import org.sightline.person.NewPerson;
import org.sightline.person.PersonDetails;
import org.sightline.person.PersonDisposal;
import org.sightline.person.PersonEvent;
import org.sightline.person.PersonId;
import org.sightline.person.PersonLink;
import org.sightline.shared.Situation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Links from mentions to people, merges, match reviews and each record's history. */
@Repository
public class PersonLinks {

	private static final String ROOT_OF = """
			with recursive up (id, next, depth) as (
			    select id, merged_into, 0 from person.person where id = :id
			    union all
			    select p.id, p.merged_into, up.depth + 1 from up join person.person p on p.id = up.next
			    where up.depth < 100
			)
			select id from up where next is null
			""";

	private final JdbcClient jdbc;

	PersonLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<PersonDetails> details(UUID id) {
		return jdbc.sql("select * from person.person where id = :id")
			.param("id", id)
			.query((rs, n) -> new PersonDetails(rs.getObject("id", UUID.class), rs.getString("given_name"),
					rs.getString("family_name"), rs.getString("description"), localDate(rs, "date_of_birth"),
					rs.getObject("birth_year", Integer.class), rs.getString("sex"),
					rs.getObject("merged_into", UUID.class)))
			.optional();
	}

	/** The record a person is read as: itself, or the record it is merged into (and so on). */
	public UUID rootOf(UUID id) {
		return jdbc.sql(ROOT_OF).param("id", id).query(UUID.class).optional().orElse(id);
	}

	/** The record and every record merged into it, directly or through another. */
	public List<UUID> cluster(UUID root) {
		return jdbc.sql("""
				with recursive down (id) as (
				    select cast(:root as uuid)
				    union
				    select p.id from person.person p join down on p.merged_into = down.id
				)
				select id from down
				""").param("root", root).query(UUID.class).list();
	}

	/** For each mention, the person it is read as now (merges applied). */
	public Map<UUID, UUID> rootsOfMentions(Collection<UUID> sourceIds) {
		Map<UUID, UUID> roots = new HashMap<>();
		if (sourceIds.isEmpty()) {
			return roots;
		}
		jdbc.sql("""
				with recursive up (source_id, id, next, depth) as (
				    select l.source_id, p.id, p.merged_into, 0
				    from person.person_link l join person.person p on p.id = l.person_id
				    where l.source_id in (:ids)
				    union all
				    select up.source_id, p.id, p.merged_into, up.depth + 1
				    from up join person.person p on p.id = up.next where up.depth < 100
				)
				select source_id, id from up where next is null
				""").param("ids", sourceIds).query((rs, n) -> {
			roots.put(rs.getObject("source_id", UUID.class), rs.getObject("id", UUID.class));
			return null;
		}).list();
		return roots;
	}

	public void insertLink(PersonLink link) {
		jdbc.sql("""
				insert into person.person_link (id, person_id, source_type, source_id, encounter_id, encounter_reference,
				    occurred_at, situation, role, method, match_weight, evidence, linked_by, linked_at)
				values (:id, :personId, 'ENCOUNTER_PERSON', :sourceId, :encounterId, :reference, :occurredAt, :situation,
				    :role, :method, :weight, :evidence, :linkedBy, :linkedAt)
				""")
			.param("id", link.id())
			.param("personId", link.linkedTo().value())
			.param("sourceId", link.sourceId())
			.param("encounterId", link.encounterId())
			.param("reference", link.encounterReference())
			.param("occurredAt", Timestamp.from(link.occurredAt()))
			.param("situation", link.situation().name())
			.param("role", link.role())
			.param("method", link.method().name())
			.param("weight", link.matchWeight())
			.param("evidence", link.evidence().toArray(String[]::new))
			.param("linkedBy", link.linkedBy())
			.param("linkedAt", Timestamp.from(link.linkedAt()))
			.update();
	}

	/** Every mention linked to any of these records, newest first. */
	public List<PersonLink> linksOf(Collection<UUID> records) {
		return jdbc.sql("select * from person.person_link where person_id in (:ids) order by occurred_at desc, linked_at desc")
			.param("ids", records)
			.query(PersonLinks::link)
			.list();
	}

	public List<PersonLink> linksOfMentions(Collection<UUID> sourceIds) {
		if (sourceIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from person.person_link where source_id in (:ids)")
			.param("ids", sourceIds)
			.query(PersonLinks::link)
			.list();
	}

	public long countAllLinks() {
		return jdbc.sql("select count(*) from person.person_link").query(Long.class).single();
	}

	public Optional<PersonLink> linkById(UUID id) {
		return jdbc.sql("select * from person.person_link where id = :id").param("id", id).query(PersonLinks::link).optional();
	}

	public void insertMerge(UUID id, UUID survivor, UUID merged, String reason, String by, Instant at) {
		jdbc.sql("""
				insert into person.person_merge (id, survivor_id, merged_id, reason, merged_by, merged_at)
				values (:id, :survivor, :merged, :reason, :by, :at)
				""")
			.param("id", id)
			.param("survivor", survivor)
			.param("merged", merged)
			.param("reason", reason)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
		jdbc.sql("update person.person set merged_into = :survivor where id = :merged")
			.param("survivor", survivor)
			.param("merged", merged)
			.update();
	}

	public Optional<Merge> standingMergeOf(UUID merged) {
		return jdbc.sql("select * from person.person_merge where merged_id = :id and unmerged_at is null")
			.param("id", merged)
			.query(PersonLinks::merge)
			.optional();
	}

	/** Closes a standing merge; false when someone else closed it first. */
	public boolean closeMerge(UUID mergeId, UUID merged, String reason, String by, Instant at) {
		int closed = jdbc.sql("""
				update person.person_merge set unmerged_by = :by, unmerged_at = :at, unmerge_reason = :reason
				where id = :id and unmerged_at is null
				""")
			.param("id", mergeId)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("reason", reason)
			.update();
		if (closed == 1) {
			jdbc.sql("update person.person set merged_into = null where id = :id").param("id", merged).update();
		}
		return closed == 1;
	}

	/** Merges into or out of any of these records, newest first. */
	public List<Merge> mergesOf(Collection<UUID> records) {
		return jdbc.sql("""
				select * from person.person_merge where survivor_id in (:ids) or merged_id in (:ids)
				order by merged_at desc
				""").param("ids", records).query(PersonLinks::merge).list();
	}

	public void insertEvent(UUID personId, Instant at, String actor, String action, String detail, String reason) {
		jdbc.sql("""
				insert into person.person_event (person_id, occurred_at, actor, action, detail, reason)
				values (:personId, :at, :actor, :action, :detail, :reason)
				""")
			.param("personId", personId)
			.param("at", Timestamp.from(at))
			.param("actor", actor)
			.param("action", action)
			.param("detail", detail)
			.param("reason", reason)
			.update();
	}

	public List<PersonEvent> eventsOf(Collection<UUID> records) {
		return jdbc.sql("select * from person.person_event where person_id in (:ids) order by occurred_at desc, id desc")
			.param("ids", records)
			.query((rs, n) -> new PersonEvent(new PersonId(rs.getObject("person_id", UUID.class)),
					rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
					rs.getString("detail"), rs.getString("reason")))
			.list();
	}

	public void insertReview(UUID id, UUID linkId, UUID newPerson, UUID candidate, double weight, List<String> evidence,
			Instant at) {
		jdbc.sql("""
				insert into person.match_review (id, link_id, new_person_id, candidate_id, match_weight, evidence, raised_at)
				values (:id, :linkId, :newPerson, :candidate, :weight, :evidence, :at)
				""")
			.param("id", id)
			.param("linkId", linkId)
			.param("newPerson", newPerson)
			.param("candidate", candidate)
			.param("weight", weight)
			.param("evidence", evidence.toArray(String[]::new))
			.param("at", Timestamp.from(at))
			.update();
	}

	public Optional<MatchReview> review(UUID id) {
		return jdbc.sql(REVIEWS + " where r.id = :id").param("id", id).query(PersonLinks::review).optional();
	}

	public List<MatchReview> reviewsOf(Collection<UUID> records) {
		return jdbc.sql(REVIEWS + " where r.new_person_id in (:ids) or r.candidate_id in (:ids) order by r.raised_at desc")
			.param("ids", records)
			.query(PersonLinks::review)
			.list();
	}

	public List<MatchReview> openReviews() {
		return jdbc.sql(REVIEWS + " where r.decision is null order by r.raised_at").query(PersonLinks::review).list();
	}

	public boolean decideReview(UUID id, String decision, String by, Instant at, String note) {
		return jdbc.sql("""
				update person.match_review set decision = :decision, decided_by = :by, decided_at = :at, note = :note
				where id = :id and decision is null
				""")
			.param("id", id)
			.param("decision", decision)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("note", note)
			.update() == 1;
	}

	public List<NewPerson.Name> namesOf(Collection<UUID> records) {
		return jdbc.sql("""
				select given_name, family_name from person.person where id in (:ids) and family_name is not null
				union
				select given_name, family_name from person.person_alias where person_id in (:ids)
				""").param("ids", records).query((rs, n) -> new NewPerson.Name(rs.getString(1), rs.getString(2))).list();
	}

	public List<NewPerson.PostalAddress> addressesOf(Collection<UUID> records) {
		return jdbc.sql("select address, postcode from person.person_address where person_id in (:ids) order by recorded_at desc, id desc")
			.param("ids", records)
			.query((rs, n) -> new NewPerson.PostalAddress(rs.getString(1), rs.getString(2)))
			.list();
	}

	public List<String> phonesOf(Collection<UUID> records) {
		return jdbc.sql("select distinct phone_number from person.person_phone where person_id in (:ids) order by 1")
			.param("ids", records)
			.query(String.class)
			.list();
	}

	public List<NewPerson.Identifier> identifiersOf(Collection<UUID> records) {
		return jdbc.sql("select scheme, value from person.person_identifier where person_id in (:ids) order by scheme, value")
			.param("ids", records)
			.query((rs, n) -> new NewPerson.Identifier(rs.getString(1), rs.getString(2)))
			.list();
	}

	private static final String REVIEWS = """
			select r.*, l.encounter_reference from person.match_review r join person.person_link l on l.id = r.link_id
			""";

	private static MatchReview review(ResultSet rs, int n) throws SQLException {
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new MatchReview(rs.getObject("id", UUID.class), rs.getObject("link_id", UUID.class),
				rs.getString("encounter_reference"), new PersonId(rs.getObject("new_person_id", UUID.class)),
				new PersonId(rs.getObject("candidate_id", UUID.class)), rs.getDouble("match_weight"),
				strings(rs.getArray("evidence")), rs.getTimestamp("raised_at").toInstant(),
				Optional.ofNullable(rs.getString("decision")), Optional.ofNullable(rs.getString("decided_by")),
				Optional.ofNullable(decidedAt).map(Timestamp::toInstant), Optional.ofNullable(rs.getString("note")));
	}

	private static Merge merge(ResultSet rs, int n) throws SQLException {
		Timestamp unmergedAt = rs.getTimestamp("unmerged_at");
		return new Merge(rs.getObject("id", UUID.class), new PersonId(rs.getObject("survivor_id", UUID.class)),
				new PersonId(rs.getObject("merged_id", UUID.class)), rs.getString("reason"), rs.getString("merged_by"),
				rs.getTimestamp("merged_at").toInstant(), Optional.ofNullable(rs.getString("unmerged_by")),
				Optional.ofNullable(unmergedAt).map(Timestamp::toInstant),
				Optional.ofNullable(rs.getString("unmerge_reason")));
	}

	private static PersonLink link(ResultSet rs, int n) throws SQLException {
		return new PersonLink(rs.getObject("id", UUID.class), new PersonId(rs.getObject("person_id", UUID.class)),
				rs.getObject("source_id", UUID.class), rs.getObject("encounter_id", UUID.class),
				rs.getString("encounter_reference"), rs.getTimestamp("occurred_at").toInstant(),
				Situation.valueOf(rs.getString("situation")), rs.getString("role"),
				LinkMethod.valueOf(rs.getString("method")), rs.getObject("match_weight", Double.class),
				strings(rs.getArray("evidence")), rs.getString("linked_by"), rs.getTimestamp("linked_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	/**
	 * People due for a records review: each contact keeps the person for its situation's review period
	 * (years by situation, from the force's retention rules), and the person is due once the latest of
	 * those has passed. Oldest due first.
	 */
	public List<PersonDisposal.DueForReview> dueForReview(Map<String, Integer> yearsBySituation, int defaultYears,
			java.time.LocalDate today, int limit) {
		StringBuilder years = new StringBuilder("case l.situation");
		yearsBySituation.forEach((situation, y) -> {
			if (!situation.matches("[A-Z0-9_]+")) {
				throw new IllegalArgumentException("Not a situation code: " + situation);
			}
			years.append(" when '").append(situation).append("' then ").append((int) y);
		});
		years.append(" else ").append(defaultYears).append(" end");
		return jdbc.sql("""
				with due as (
				    select coalesce(p.merged_into, p.id) as root, max(l.occurred_at) as last_contact,
				           max((l.occurred_at at time zone 'UTC')::date + make_interval(years => %s))::date as due_on
				    from person.person_link l join person.person p on p.id = l.person_id
				    group by coalesce(p.merged_into, p.id)
				)
				select d.root, d.last_contact, d.due_on,
				       trim(coalesce(r.given_name, '') || ' ' || coalesce(r.family_name, r.description, '')) as name
				from due d join person.person r on r.id = d.root
				where d.due_on <= :today
				order by d.due_on
				limit :limit
				""".formatted(years))
			.param("today", today)
			.param("limit", limit)
			.query((rs, n) -> new PersonDisposal.DueForReview(new PersonId(rs.getObject("root", UUID.class)),
					rs.getString("name"), rs.getTimestamp("last_contact").toInstant(),
					rs.getObject("due_on", java.time.LocalDate.class)))
			.list();
	}
}
