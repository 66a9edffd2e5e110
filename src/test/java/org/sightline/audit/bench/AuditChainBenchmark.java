package org.sightline.audit.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.sightline.audit.AuditChain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the audit log's hash chain costs: transactions that each write {@code ENTRIES} audit entries
 * (an intake writes about four), committed by T concurrent threads for S seconds, with the chain
 * trigger on and then off (the raw limit), on an embedded PostgreSQL with fsync on; then the time to
 * verify the whole chain. Prints commits per second and commit latency percentiles.
 *
 * <pre>bench/audit-chain/run-benchmark.sh [seconds per run]</pre>
 */
public final class AuditChainBenchmark {

	static final int ENTRIES = 4;

	public static void main(String[] args) throws Exception {
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("max_connections", "60")
			.start()) {
			Flyway.configure()
				.dataSource(postgres.getPostgresDatabase())
				.locations("classpath:db/migration")
				.placeholders(Map.of("runtime_role", "sightline_app"))
				.load()
				.migrate();
			HikariDataSource pool = new HikariDataSource();
			pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
			pool.setUsername("postgres");
			pool.setMaximumPoolSize(20);
			System.out.printf("%-10s %8s %12s %9s %9s %9s%n", "chain", "threads", "commits/s", "p50 ms", "p95 ms", "p99 ms");
			for (boolean chain : new boolean[] { true, false }) {
				try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
					s.execute("alter table audit.audit_entry " + (chain ? "enable" : "disable") + " trigger audit_entry_chain");
				}
				for (int threads : new int[] { 1, 4, 16 }) {
					run(pool, chain, threads, seconds);
				}
			}
			try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
				s.execute("alter table audit.audit_entry enable trigger audit_entry_chain");
				// The raw runs wrote unchained entries; only a superuser on this throwaway database may remove them.
				s.execute("alter table audit.audit_entry disable trigger audit_entry_append_only");
				s.execute("delete from audit.audit_entry e where not exists (select 1 from audit.audit_chain c where c.entry_id = e.id)");
				s.execute("alter table audit.audit_entry enable trigger audit_entry_append_only");
			}
			AuditChain chain = AuditChain.over(JdbcClient.create(pool), Clock.systemUTC());
			long start = System.nanoTime();
			AuditChain.Verification result = new TransactionTemplate(new DataSourceTransactionManager(pool))
				.execute(status -> chain.verify());
			long millis = (System.nanoTime() - start) / 1_000_000;
			System.out.printf("verify: %d entries in %d ms (%.0f entries/s), intact=%s%n", result.entriesChecked(), millis,
					result.entriesChecked() * 1000.0 / Math.max(millis, 1), result.intact());
			pool.close();
		}
	}

	static void run(HikariDataSource pool, boolean chain, int threads, int seconds) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		List<Future<List<Long>>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			futures.add(executor.submit(() -> {
				List<Long> latencies = new ArrayList<>();
				try (Connection c = pool.getConnection()) {
					c.setAutoCommit(false);
					try (PreparedStatement insert = c.prepareStatement("insert into audit.audit_entry (occurred_at, actor, action, "
							+ "subject_type, subject_id, reason, detail) values (now(), 'bench', 'COLLECTION', 'ENCOUNTER', ?, "
							+ "'Encounter recorded', 'people=2')")) {
						while (System.nanoTime() < end) {
							long t0 = System.nanoTime();
							for (int i = 0; i < ENTRIES; i++) {
								insert.setString(1, java.util.UUID.randomUUID().toString());
								insert.executeUpdate();
							}
							c.commit();
							latencies.add(System.nanoTime() - t0);
						}
					}
				}
				return latencies;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> f : futures) {
			all.addAll(f.get());
		}
		executor.shutdown();
		Collections.sort(all);
		System.out.printf("%-10s %8d %12.0f %9.2f %9.2f %9.2f%n", chain ? "on" : "off (raw)", threads,
				all.size() / (double) seconds, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99));
	}

	static double ms(List<Long> sorted, double q) {
		return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
	}
}
