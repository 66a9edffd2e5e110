package org.sightline.person;

import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which person in the index an encounter's person is (after any merges), for counting repeat people
 * in the demand figures: ids only, never a name. Read by the demand module's projections only.
 */
@Component
public class PersonDemandFacts {

	private static final String SELECT = """
			with recursive chain (id, final) as (
			    select id, merged_into from person.person where merged_into is not null
			    union all
			    select c.id, p.merged_into from chain c join person.person p on p.id = c.final where p.merged_into is not null
			), finals as (
			    select c.id, c.final from chain c
			    where not exists (select 1 from person.person p where p.id = c.final and p.merged_into is not null)
			)
			select l.source_id, coalesce(f.final, l.person_id) as person_id
			from person.person_link l left join finals f on f.id = l.person_id
			""";

	private final JdbcClient jdbc;

	PersonDemandFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The person an encounter's person (its id in the encounter) is linked to, if linked. */
	@Transactional(readOnly = true)
	public Optional<UUID> personOf(UUID encounterPersonId) {
		return jdbc.sql(SELECT + " where l.source_id = :id")
			.param("id", encounterPersonId)
			.query((rs, n) -> rs.getObject("person_id", UUID.class))
			.optional();
	}

	/** Every link, streamed (for a rebuild): encounter person id, person id. */
	@Transactional(readOnly = true)
	public void forEach(BiConsumer<UUID, UUID> consumer) {
		jdbc.sql(SELECT).withFetchSize(5_000).query((ResultSet rs) -> {
			consumer.accept(rs.getObject("source_id", UUID.class), rs.getObject("person_id", UUID.class));
		});
	}
}
