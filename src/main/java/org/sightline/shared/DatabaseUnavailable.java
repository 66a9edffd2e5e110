package org.sightline.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database could not be reached (stopped, restarting, unreachable, or
 * every pooled connection busy for longer than the pool waits), as opposed to a bug or bad input.
 * Such a request is answered with a 503 and a {@code Retry-After}: the caller did nothing wrong and
 * may try again; Sightline recovers by itself when the database is back. Framework-free: it reads
 * the JDBC causes that Spring's exceptions wrap.
 */
public final class DatabaseUnavailable {

	/** Seconds a client is asked to wait before it tries again. */
	public static final int RETRY_AFTER_SECONDS = 5;

	/** What a user or client is told, in plain English. */
	public static final String DETAIL = "The database is not available at the moment. Nothing you sent was stored. "
			+ "Try again in a few seconds.";

	/** HikariCP's message when a connection the server has cut is used again (it sets no SQLSTATE). */
	static final String CLOSED_CONNECTION = "Connection is closed";

	private DatabaseUnavailable() {
	}

	/**
	 * True when {@code failure} or one of its causes is a connection failure: the pool's timeout
	 * ({@link SQLTransientConnectionException}), a connection refused or broken (SQLSTATE class
	 * 08), or the server shutting down or starting up (57P01, 57P02, 57P03).
	 */
	public static boolean causedBy(Throwable failure) {
		int depth = 0;
		for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
			if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
			// the pool's stand-in for a connection the server cut mid-transaction: the rollback that
			// follows fails with it and hides the first failure (the server's 57P01), so it counts too
			if (t instanceof SQLException sql && sql.getSQLState() == null && CLOSED_CONNECTION.equals(sql.getMessage())) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}
}
