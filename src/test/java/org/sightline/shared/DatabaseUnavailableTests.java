package org.sightline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTests {

	@Test
	void the_pools_timeout_inside_a_transaction_that_could_not_begin_is_an_unavailable_database() {
		var refused = new SQLException("Connection to localhost:5432 refused", "08001");
		var timeout = new SQLTransientConnectionException("Connection is not available, request timed out after 800ms", refused);
		assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("Could not open JDBC Connection", timeout)))
			.isTrue();
		assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("Failed to obtain", timeout))).isTrue();
	}

	@Test
	void a_connection_cut_by_a_server_shutting_down_is_an_unavailable_database() {
		var shutdown = new SQLException("terminating connection due to administrator command", "57P01");
		assertThat(DatabaseUnavailable.causedBy(new RuntimeException(shutdown))).isTrue();
		assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03"))).isTrue();
	}

	@Test
	void a_connection_cut_mid_transaction_whose_rollback_then_fails_is_an_unavailable_database() {
		// what a full run showed: the server's 57P01 is hidden behind the failed rollback that follows it
		var rollbackFailed = new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollbackFailed.initApplicationException(new RuntimeException(
				new SQLException("terminating connection due to administrator command", "57P01")));
		assertThat(DatabaseUnavailable.causedBy(rollbackFailed)).isTrue();
		assertThat(DatabaseUnavailable.causedBy(new SQLException("Connection is closed for another reason", "XX000")))
			.isFalse();
	}

	@Test
	void a_rule_the_database_enforces_or_a_bug_is_not() {
		var duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
		assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate", duplicate))).isFalse();
		assertThat(DatabaseUnavailable.causedBy(new NullPointerException())).isFalse();
		assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
	}
}
