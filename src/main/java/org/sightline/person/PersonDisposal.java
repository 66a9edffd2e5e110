package org.sightline.person;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.sightline.person.internal.People;
import org.sightline.person.internal.PersonLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disposal of a person from the index after a records review: the person and every record merged
 * into them, with names, addresses, phones, identifiers, links, merges, possible matches and history
 * (the database function {@code person.dispose}, which runs as the schema's owner). The caller
 * (the data-protection lifecycle) disposes of the encounters, assessments and referrals they were in.
 */
@Service
public class PersonDisposal {

	/** A person whose records are due for review, and since when. */
	public record DueForReview(PersonId person, String name, java.time.Instant lastContact, java.time.LocalDate dueOn) {
	}

	/** People due for a records review (see {@code PersonLinks.dueForReview}), oldest due first. */
	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional(readOnly = true)
	public List<DueForReview> dueForReview(java.util.Map<String, Integer> yearsBySituation, int defaultYears,
			java.time.LocalDate today, int limit) {
		return links.dueForReview(yearsBySituation, defaultYears, today, limit);
	}

	/** What went: the records of the person, and the mentions (encounter people) they were linked to. */
	public record Disposed(List<UUID> records, List<UUID> mentions) {
	}

	private final PersonLinks links;
	private final JdbcClient jdbc;

	PersonDisposal(PersonLinks links, JdbcClient jdbc) {
		this.links = links;
		this.jdbc = jdbc;
	}

	/** Every record of the person (the root and those merged into it), before anything is disposed. */
	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional(readOnly = true)
	public List<UUID> recordsOf(PersonId id) {
		return links.cluster(links.rootOf(id.value()));
	}

	@PreAuthorize("hasRole('SUPERVISOR')")
	@Transactional
	public Disposed dispose(PersonId id) {
		List<UUID> records = recordsOf(id);
		List<UUID> mentions = jdbc.sql("select person.dispose(:people)")
			.param("people", records.toArray(UUID[]::new))
			.query((rs, n) -> uuids(rs.getArray(1)))
			.single();
		return new Disposed(records, mentions);
	}

	static List<UUID> uuids(Array array) throws java.sql.SQLException {
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(o -> (UUID) o).toList();
	}
}
