package org.sightline.person;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.person.internal.PersonLinks;
import org.sightline.shared.Actor;
import org.sightline.shared.Role;
import org.sightline.shared.Violations;
import org.sightline.shared.access.SafeguardingReviewers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restricted records: a person (a colleague or a public figure as a victim, say) whom only named
 * roles may open, and only with a reason. Others find that a restricted record exists, never whose
 * it is; opening it is refused and audited. Supervisors and the safeguarding hub restrict and lift.
 */
@Service
public class PersonRestrictions {

	/** Roles a restriction may name. */
	public static final Set<Role> ROLES = EnumSet.of(Role.CALL_HANDLER, Role.RESPONDER, Role.SUPERVISOR,
			Role.SAFEGUARDING_HUB);

	public record Restriction(PersonId person, String reason, Set<Role> allowedRoles, String restrictedBy,
			Instant restrictedAt) {
	}

	private final PersonLinks links;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	PersonRestrictions(PersonLinks links, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.links = links;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@SafeguardingReviewers
	@Transactional
	public void restrict(Actor actor, PersonId id, String reason, Set<Role> allowed) {
		var problems = new Violations();
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			problems.add("restrictionReason", "Say why the record is restricted, without naming anyone (up to 500 characters)");
		}
		if (allowed == null || allowed.isEmpty() || !ROLES.containsAll(allowed)) {
			problems.add("allowedRoles", "Choose the roles that may open the record");
		}
		problems.throwIfAny();
		UUID root = links.rootOf(id.value());
		jdbc.sql("""
				insert into person.restriction (person_id, reason, allowed_roles, restricted_by, restricted_at)
				values (:id, :reason, :roles, :by, :at)
				on conflict (person_id) do update set reason = excluded.reason, allowed_roles = excluded.allowed_roles,
				    restricted_by = excluded.restricted_by, restricted_at = excluded.restricted_at
				""")
			.param("id", root)
			.param("reason", reason.strip())
			.param("roles", allowed.stream().map(Role::name).sorted().toArray(String[]::new))
			.param("by", actor.username())
			.param("at", Timestamp.from(Instant.now(clock)))
			.update();
		audit.record(actor, AuditAction.ALTERATION, PersonIndex.AUDIT_SUBJECT, root.toString(), "Record restricted",
				"allowed=" + allowed.stream().map(Role::name).sorted().toList());
	}

	@SafeguardingReviewers
	@Transactional
	public void lift(Actor actor, PersonId id) {
		UUID root = links.rootOf(id.value());
		if (jdbc.sql("delete from person.restriction where person_id = :id").param("id", root).update() > 0) {
			audit.record(actor, AuditAction.ALTERATION, PersonIndex.AUDIT_SUBJECT, root.toString(), "Restriction lifted", null);
		}
	}

	/** The restriction on the person (read as the record others are merged into), if any. */
	@Transactional(readOnly = true)
	public Optional<Restriction> of(PersonId id) {
		return of(links.rootOf(id.value()));
	}

	Optional<Restriction> of(UUID root) {
		return jdbc.sql("select * from person.restriction where person_id = :id")
			.param("id", root)
			.query((rs, n) -> new Restriction(new PersonId(rs.getObject("person_id", UUID.class)), rs.getString("reason"),
					roles((String[]) rs.getArray("allowed_roles").getArray()), rs.getString("restricted_by"),
					rs.getTimestamp("restricted_at").toInstant()))
			.optional();
	}

	/** Whether the actor may open the person: not restricted, or restricted to a role they have. */
	boolean mayOpen(Actor actor, UUID root) {
		return of(root).map(r -> r.allowedRoles().stream().anyMatch(actor::hasRole)).orElse(true);
	}

	/**
	 * Of these people (each read as the record others are merged into), those the actor may not open:
	 * one query for a whole list of search results, rather than one per result.
	 */
	Set<UUID> closedTo(Actor actor, java.util.Collection<UUID> roots) {
		if (roots.isEmpty()) {
			return Set.of();
		}
		record Row(UUID person, Set<Role> allowed) {
		}
		return jdbc.sql("select person_id, allowed_roles from person.restriction where person_id = any(:ids)")
			.param("ids", roots.toArray(UUID[]::new))
			.query((rs, n) -> new Row(rs.getObject("person_id", UUID.class), roles((String[]) rs.getArray("allowed_roles").getArray())))
			.stream()
			.filter(row -> row.allowed().stream().noneMatch(actor::hasRole))
			.map(Row::person)
			.collect(java.util.stream.Collectors.toSet());
	}

	private static Set<Role> roles(String[] names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(names).map(Role::valueOf).forEach(roles::add);
		return roles;
	}

	static List<String> names(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().toList();
	}
}
