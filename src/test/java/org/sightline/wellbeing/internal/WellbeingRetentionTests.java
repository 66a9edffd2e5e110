package org.sightline.wellbeing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.audit.AuditTrail;
import org.sightline.shared.MutableClock;
import org.sightline.shared.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Special-category data is kept no longer than it helps: the daily task deletes exposures older than
 * {@code sightline.wellbeing.keep-months} (24 by default), keeps younger ones, and says in the audit log
 * how many it deleted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestClock.class)
class WellbeingRetentionTests {

	@Autowired
	WellbeingStore store;

	@Autowired
	AuditTrail audit;

	@Autowired
	WellbeingSettings settings;

	@Autowired
	MutableClock clock;

	@Autowired
	ZoneId displayZone;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	WellbeingStore.Row exposure(String username, Instant occurredAt) {
		var row = new WellbeingStore.Row(UUID.randomUUID(), username, null, UUID.randomUUID(), List.of("CHILD_DEATH"),
				occurredAt, occurredAt, null, null, null, null, null, null);
		assertThat(store.add(row)).isTrue();
		return row;
	}

	boolean kept(WellbeingStore.Row row) {
		return store.find(row.id()).isPresent();
	}

	@Test
	void exposures_past_their_keeping_are_deleted_and_the_deletion_is_audited() {
		String who = "retention-" + UUID.randomUUID().toString().substring(0, 8);
		Instant now = clock.instant();
		var old = exposure(who, now.atZone(displayZone).minusMonths(settings.keepMonths()).minusDays(1).toInstant());
		var young = exposure(who, now.minus(30, ChronoUnit.DAYS));
		long erasures = jdbc.sql("select count(*) from audit.audit_entry where action = 'ERASURE' and subject_type = 'WELLBEING_EXPOSURE'")
			.query(Long.class).single();

		int deleted = transactions.execute(status -> WellbeingConfig.deleteOld(store, audit, settings, clock, displayZone));

		assertThat(deleted).isGreaterThanOrEqualTo(1);
		assertThat(kept(old)).isFalse();
		assertThat(kept(young)).isTrue();
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where action = 'ERASURE' and subject_type = 'WELLBEING_EXPOSURE'"
				+ " and reason like 'Special category (health): %'").query(Long.class).single()).isEqualTo(erasures + 1);
	}
}
