package org.sightline;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.sightline.assessment.AssessmentTrigger;
import org.sightline.assessment.AssessmentView;
import org.sightline.assessment.NdmStage;
import org.sightline.assessment.ResponseGrade;
import org.sightline.assessment.RiskLevel;
import org.sightline.assessment.ThriveSettings;
import org.sightline.encounter.Catalogues;
import org.sightline.encounter.CatalogueEntry;
import org.sightline.partnership.AgreementTimer;
import org.sightline.partnership.PartnershipAgreement;
import org.sightline.partnership.PartnershipAgreements;
import org.sightline.referral.ReferralSettings;
import org.sightline.referral.SharedContent;
import org.sightline.routing.RoutingCase;
import org.sightline.routing.RoutingOutcome;
import org.sightline.routing.RoutingPolicy;
import org.sightline.routing.RoutingRecommendation;
import org.sightline.shared.Agency;
import org.sightline.shared.Fact;
import org.sightline.shared.OperationalRecordsLoaded;
import org.sightline.shared.Situation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo force generator (issue #12): fills a database with a realistic, entirely invented police
 * force, so a newcomer's first look at the demand dashboard is alive and benchmarks can load millions
 * of encounters. Deterministic for a seed, a length of history and an end date (only the reference
 * numbers, taken from the database's sequences, depend on what is there already).
 * <p>
 * <b>A data-loading tool outside the modules' rules.</b> It writes straight into the schemas of the
 * encounter, person, assessment, routing and referral modules with PostgreSQL {@code COPY}, which no
 * module may do to another's tables. It reads only the modules' published types to make values their
 * readers accept: the routing recommendation of every decision is made by the application's own
 * {@link RoutingPolicy} under the agreement in force (so decisions reference its real id and version),
 * and the JSON documents are written by the application's own JSON mapper from the modules' public
 * records. Bulk records have no audit entries and no per-record events; when it has written, it
 * publishes {@link OperationalRecordsLoaded} synchronously so read models rebuild. It never writes the
 * audit tables, the scheduler's tasks or the supervision queue: every timer it writes has already
 * completed or breached, and referrals get no reminder tasks (their due times are in the past or are
 * shown on reading).
 * <p>
 * Encounters are written in chunks, each in one transaction, by two writer connections while the next
 * chunk is generated; a run smaller than one chunk is one transaction.
 */
@Component
public class DemoForce {

	private static final Logger log = LoggerFactory.getLogger(DemoForce.class);

	/** Usernames of the generated staff start with this; the first-start check looks for it. */
	public static final String STAFF_PREFIX = "demo-force.";

	static final int CHUNK = 20_000;

	/**
	 * @param encounters how many encounters to generate
	 * @param seed the same seed (with the same months and end) gives the same force
	 * @param months how many months of history, ending at {@code end}
	 * @param end the end of the history (exclusive); encounters are before it
	 */
	public record Settings(long encounters, long seed, int months, Instant end) {

		public Settings {
			if (encounters < 0) {
				throw new IllegalArgumentException("encounters must be 0 or more");
			}
			if (months < 1 || months > 120) {
				throw new IllegalArgumentException("months must be between 1 and 120");
			}
		}
	}

	/** What was written: rows per table and how long it took. */
	public record Result(long encounters, Map<String, Long> rows, Duration took) {
	}

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final RoutingPolicy policy;
	private final PartnershipAgreements agreements;
	private final ThriveSettings thrive;
	private final Catalogues catalogues;
	private final ReferralSettings referralSettings;
	private final JsonMapper json;
	private final ApplicationEventPublisher events;
	private final Map<String, Long> copyMillis = new java.util.concurrent.ConcurrentSkipListMap<>();

	DemoForce(DataSource dataSource, JdbcClient jdbc, RoutingPolicy policy, PartnershipAgreements agreements,
			ThriveSettings thrive, Catalogues catalogues, ReferralSettings referralSettings, JsonMapper json,
			ApplicationEventPublisher events) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.policy = policy;
		this.agreements = agreements;
		this.thrive = thrive;
		this.catalogues = catalogues;
		this.referralSettings = referralSettings;
		// The application's mapper, leaving out null fields (read back as null all the same): smaller
		// documents stay inline in their rows instead of being compressed out of line (TOAST), which
		// halves what PostgreSQL spends on each.
		this.json = withoutNulls(json);
		this.events = events;
	}

	/** Encounters the generator wrote (recorded by its invented staff). */
	public long generatedEncounters() {
		return jdbc.sql("select count(*) from encounter.encounter where recorded_by like 'demo-force.%'")
			.query(Long.class)
			.single();
	}

	/**
	 * Generates the force and publishes {@link OperationalRecordsLoaded}.
	 *
	 * @param progress told the number of encounters committed so far, after each chunk
	 */
	public Result generate(Settings settings, LongConsumer progress) {
		long started = System.nanoTime();
		if (settings.encounters() == 0) {
			return new Result(0, Map.of(), Duration.ZERO);
		}
		copyMillis.clear();
		Model model = new Model(settings);
		Map<String, AtomicLong> counts = new LinkedHashMap<>();
		for (Table t : Table.values()) {
			counts.put(t.table, new AtomicLong());
		}
		AtomicLong committed = new AtomicLong();
		boolean parallel = settings.encounters() > CHUNK;
		ExecutorService writers = Executors.newFixedThreadPool(parallel ? 2 : 1, r -> {
			Thread t = new Thread(r, "demo-force-writer");
			t.setDaemon(true);
			return t;
		});
		Semaphore inFlight = new Semaphore(3);
		long generating = 0;
		List<Future<?>> written = new ArrayList<>();
		try {
			Chunk chunk = new Chunk();
			model.writePool(chunk);
			for (int day = 0; day < model.days; day++) {
				long[] minutes = model.encounterMinutesOfDay(day);
				for (int k = 0; k < minutes.length; k++) {
					if (chunk.encounters == 0) {
						chunk.references = references(Math.min(CHUNK, settings.encounters() - model.generated));
					}
					long t0 = System.nanoTime();
					model.encounter(chunk, minutes[k]);
					generating += System.nanoTime() - t0;
					if (chunk.encounters == chunk.references.length) {
						inFlight.acquireUninterruptibly();
						Future<?> future = writers.submit(write(chunk.seal(), counts, committed, progress, inFlight));
						written.add(future);
						if (written.size() == 1) {
							// the first chunk holds the people who come back: later chunks link to them
							future.get();
						}
						failFast(written);
						chunk = new Chunk(chunk.sizes());
					}
				}
			}
			if (chunk.encounters > 0) {
				inFlight.acquireUninterruptibly();
				written.add(writers.submit(write(chunk.seal(), counts, committed, progress, inFlight)));
			}
			for (Future<?> f : written) {
				f.get();
			}
		}
		catch (java.util.concurrent.ExecutionException e) {
			throw new IllegalStateException("The demo force could not be written: " + e.getCause().getMessage(), e.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing the demo force", e);
		}
		finally {
			writers.shutdownNow();
		}
		// the distinct surnames, for finding surnames spelt alike (the invented ones are few)
		List<String> surnames = new ArrayList<>();
		for (String a : FAMILY_START) {
			for (String b : FAMILY_END) {
				surnames.add((a + b).toLowerCase());
			}
		}
		jdbc.sql("insert into person.family_name (name) select unnest(:names) on conflict do nothing")
			.param("names", surnames.toArray(String[]::new))
			.update();
		events.publishEvent(new OperationalRecordsLoaded(committed.get()));
		Map<String, Long> rows = new LinkedHashMap<>();
		counts.forEach((k, v) -> rows.put(k, v.get()));
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		log.info("Demo force: {} encounters in {} s ({})", committed.get(), took.toSeconds(), rows);
		log.info("Demo force: generating took {} ms; copying per table {} ms", generating / 1_000_000, copyMillis);
		return new Result(committed.get(), rows, took);
	}

	private static void failFast(List<Future<?>> written) throws InterruptedException, java.util.concurrent.ExecutionException {
		for (Future<?> f : written) {
			if (f.isDone()) {
				f.get();
			}
		}
	}

	/** Reference numbers from the sequence the application uses, so its own encounters never collide. */
	private long[] references(long n) {
		return jdbc.sql("select nextval('encounter.encounter_reference_seq') from generate_series(1, :n)")
			.param("n", n)
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

	private long[] referralReferences(int n) {
		if (n == 0) {
			return new long[0];
		}
		return jdbc.sql("select nextval('referral.referral_reference_seq') from generate_series(1, :n)")
			.param("n", n)
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

	private Runnable write(Sealed chunk, Map<String, AtomicLong> counts, AtomicLong committed, LongConsumer progress,
			Semaphore inFlight) {
		return () -> {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(false);
				try (Statement s = connection.createStatement()) {
					s.execute("set local synchronous_commit = off");
				}
				CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
				for (Table t : Table.values()) {
					Rows bytes = chunk.data.get(t);
					if (bytes != null && bytes.len > 0) {
						long t0 = System.nanoTime();
						copy.copyIn("copy " + t.table + " (" + t.columns + ") from stdin", new ByteArrayInputStream(bytes.buf, 0, bytes.len));
						copyMillis.merge(t.table, (System.nanoTime() - t0) / 1_000_000, Long::sum);
					}
				}
				connection.commit();
				chunk.rows.forEach((t, n) -> counts.get(t.table).addAndGet(n));
				progress.accept(committed.addAndGet(chunk.encounters));
			}
			catch (Exception e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
			finally {
				inFlight.release();
			}
		};
	}

	// ------------------------------------------------------------------------------------------
	// Tables, in the order a chunk writes them (parents before children)

	enum Table {
		PERSON("person.person", "id, given_name, family_name, given_name_normalised, family_name_normalised, date_of_birth, "
				+ "birth_year, sex, created_at, review_date, description"),
		ENCOUNTER("encounter.encounter", "id, reference, source, occurred_at, location_description, situation, narrative, "
				+ "recorded_by, recorded_at, review_date, area"),
		ENCOUNTER_PERSON("encounter.encounter_person", "id, encounter_id, position, role, given_name, family_name, "
				+ "description, date_of_birth, estimated_age_years, vulnerabilities, sex, ethnicity"),
		PERSON_LINK("person.person_link", "id, person_id, source_type, source_id, encounter_id, encounter_reference, "
				+ "occurred_at, situation, role, method, match_weight, evidence, linked_by, linked_at"),
		ASSESSMENT("assessment.thrive_assessment", "id, encounter_id, version, trigger, assessed_by, assessed_at, grade, "
				+ "highest_risk, document"),
		DECISION("routing.routing_decision", "id, encounter_id, assessment_id, assessment_version, decided_by, decided_at, "
				+ "agreement_id, agreement_version, clause_id, recommended_outcome, outcome, override_rationale, recommendation"),
		CALLER_NOTICE("routing.caller_notice", "decision_id, told_at, recorded_by, recorded_at, what_told"),
		OVERRIDE_REVIEW("routing.override_review", "decision_id, outcome, reviewed_by, reviewed_at"),
		TIMER("routing.timer", "id, decision_id, encounter_id, code, label, started_at, due_at, status, completed_at, "
				+ "completed_by, breached_at"),
		ATTENDANCE("routing.attendance", "id, encounter_id, deployed_at, cleared_at, officers, recorded_by, recorded_at"),
		REFERRAL("referral.referral", "id, reference, encounter_id, receiving_agency, status, person_ids, reason, "
				+ "risk_summary, data_items, lawful_basis, consent_status, consent_rationale, created_by, created_at, sent_at, "
				+ "ack_due_at, decision_due_at, decline_reason, outcome, shared, review_date"),
		REFERRAL_STEP("referral.referral_step", "referral_id, status, at, by_user, note");

		final String table;
		final String columns;

		Table(String table, String columns) {
			this.table = table;
			this.columns = columns;
		}
	}

	/** Rows of one chunk in COPY text format, one buffer per table. */
	static final class Chunk {

		final Map<Table, Rows> tables = new EnumMap<>(Table.class);
		/** Buffer sizes of the chunk before, so a buffer is not grown again and again. */
		final Map<Table, Integer> sizes;
		long[] references;
		int encounters;

		Chunk() {
			this(Map.of());
		}

		Chunk(Map<Table, Integer> sizes) {
			this.sizes = sizes;
		}

		Rows rows(Table t) {
			return tables.computeIfAbsent(t, k -> new Rows(sizes.getOrDefault(k, 1 << 16)));
		}

		Map<Table, Integer> sizes() {
			Map<Table, Integer> sizes = new EnumMap<>(Table.class);
			tables.forEach((t, r) -> sizes.put(t, r.len + r.len / 8));
			return sizes;
		}

		Sealed seal() {
			Map<Table, Rows> data = new EnumMap<>(Table.class);
			Map<Table, Long> rows = new EnumMap<>(Table.class);
			tables.forEach((t, r) -> {
				data.put(t, r);
				rows.put(t, r.count);
			});
			return new Sealed(data, rows, encounters);
		}
	}

	record Sealed(Map<Table, Rows> data, Map<Table, Long> rows, int encounters) {
	}

	/** One table's rows in PostgreSQL COPY text format, as UTF-8 bytes. */
	static final class Rows {

		byte[] buf;
		int len;
		long count;

		Rows(int capacity) {
			buf = new byte[capacity];
		}

		private void ensure(int more) {
			if (len + more > buf.length) {
				buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
			}
		}

		@SuppressWarnings("deprecation")
		private void ascii(String v) {
			int n = v.length();
			ensure(n);
			// the low byte of each char: exact for ASCII, and a plain array copy for Latin-1 strings
			v.getBytes(0, n, buf, len);
			len += n;
		}

		private void bytes(byte[] b) {
			ensure(b.length);
			System.arraycopy(b, 0, buf, len, b.length);
			len += b.length;
		}

		private void tab() {
			ensure(1);
			buf[len++] = '\t';
		}

		private void nul() {
			ensure(2);
			buf[len++] = '\\';
			buf[len++] = 'N';
		}

		Rows s(String v) {
			if (v == null) {
				nul();
			}
			else {
				int kind = kind(v);
				if (kind == 0) {
					ascii(v);
				}
				else if (kind == 1) {
					bytes(v.getBytes(StandardCharsets.UTF_8));
				}
				else {
					bytes(escape(v).getBytes(StandardCharsets.UTF_8));
				}
			}
			tab();
			return this;
		}

		/** Text already escaped for COPY and encoded (see {@link #copyText}). */
		Rows raw(byte[] escaped) {
			bytes(escaped);
			tab();
			return this;
		}

		/** 0: plain ASCII; 1: plain, not ASCII; 2: needs escaping. */
		static int kind(String v) {
			int kind = 0;
			for (int i = 0; i < v.length(); i++) {
				char c = v.charAt(i);
				if (c < ' ' || c == '\\') {
					return 2;
				}
				if (c > 0x7E) {
					kind = 1;
				}
			}
			return kind;
		}

		static String escape(String v) {
			StringBuilder out = new StringBuilder(v.length() + 16);
			for (int i = 0; i < v.length(); i++) {
				char c = v.charAt(i);
				switch (c) {
					case '\\' -> out.append("\\\\");
					case '\t' -> out.append("\\t");
					case '\n' -> out.append("\\n");
					case '\r' -> out.append("\\r");
					default -> out.append(c);
				}
			}
			return out.toString();
		}

		static byte[] copyText(String v) {
			return escape(v).getBytes(StandardCharsets.UTF_8);
		}

		Rows u(UUID v) {
			if (v == null) {
				nul();
			}
			else {
				ascii(v.toString());
			}
			tab();
			return this;
		}

		Rows i(long v) {
			ascii(Long.toString(v));
			tab();
			return this;
		}

		Rows f(double v) {
			ascii(Double.toString(v));
			tab();
			return this;
		}

		Rows t(Instant v) {
			if (v == null) {
				nul();
			}
			else {
				ascii(v.toString());
			}
			tab();
			return this;
		}

		Rows d(LocalDate v) {
			if (v == null) {
				nul();
			}
			else {
				ascii(v.toString());
			}
			tab();
			return this;
		}

		Rows n() {
			nul();
			tab();
			return this;
		}

		/** A text[] or uuid[] of plain ASCII codes (quoted where they hold spaces). */
		Rows a(List<?> v) {
			ensure(1);
			buf[len++] = '{';
			for (int i = 0; i < v.size(); i++) {
				if (i > 0) {
					ensure(1);
					buf[len++] = ',';
				}
				ascii(v.get(i).toString());
			}
			ensure(1);
			buf[len++] = '}';
			tab();
			return this;
		}

		void end() {
			buf[len - 1] = '\n';
			count++;
		}

		byte[] toBytes() {
			return java.util.Arrays.copyOf(buf, len);
		}
	}

	// ------------------------------------------------------------------------------------------
	// The model: who, what, when, and what followed

	/** One kind of case within a situation, with how often it comes up. */
	record Variant(Situation situation, int weight, String role, int minAge, int maxAge, List<String> vulnerabilities,
			List<String> circumstances, RiskLevel risk, Pool pool, String narrative) {
	}

	/** The people who come back: kinds of repeat contact, each a block of the person index. */
	enum Pool {
		NONE, MENTAL_HEALTH, DOMESTIC_ABUSE, MISSING_CHILD, OLDER, CHILD, GENERAL, PERPETRATOR
	}

	/** A variant with what the rules make of it. */
	record Template(Variant variant, RoutingRecommendation recommendation, byte[] recommendationCopy,
			List<AssessmentView.ElementFinding> elements, List<AssessmentView.RationaleEntry> rationale) {
	}

	private static final String[] FEMALE = { "Amelia", "Olivia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Grace", "Freya",
			"Ella", "Sophie", "Chloe", "Megan", "Holly", "Ruby", "Zara", "Aisha", "Priya", "Nia", "Erin", "Jade", "Leah",
			"Rosa", "Hana", "Maya", "Beth", "Carys", "Ffion", "Kayla", "Nadia" };

	private static final String[] MALE = { "Oliver", "George", "Noah", "Arthur", "Leo", "Harry", "Oscar", "Jack",
			"Charlie", "Jacob", "Thomas", "Ethan", "Ryan", "Adam", "Kai", "Ravi", "Omar", "Tariq", "Dylan", "Rhys",
			"Callum", "Liam", "Owen", "Aaron", "Kwame", "Luca", "Marek", "Sami", "Theo", "Ewan" };

	/** Invented surnames: two made-up syllables, so no one real is named. */
	private static final String[] FAMILY_START = { "Zan", "Quor", "Vel", "Brin", "Tor", "Mip", "Jast", "Kev", "Lorn",
			"Pym", "Rask", "Sorv", "Tamb", "Ulv", "Wex", "Yorn", "Dax", "Fenn", "Glim", "Hask", "Oxb", "Nim", "Crel",
			"Drav" };

	private static final String[] FAMILY_END = { "ovan", "itch", "amere", "orby", "elle", "undry", "askett", "ibble",
			"owen", "arrow", "ensky", "imore", "aldo", "uzzel", "ethorn", "ock" };

	private static final String[] STREETS = { "Larkspur Row", "Quillfield Road", "Emberly Close", "Tamsin Walk",
			"Ospry Lane", "Velmont Street", "Brackle Way", "Sundew Court", "Harrowgate Terrace", "Minchin Parade",
			"Corvell Drive", "Pellow Green", "the retail park", "the railway station", "the canal towpath",
			"the general hospital", "the bus station", "the leisure centre" };

	/** Weekday weights, Monday first: Friday and Saturday peak. */
	private static final double[] WEEKDAY = { 0.92, 0.90, 0.92, 0.95, 1.15, 1.20, 1.02 };

	/** Hour-of-day weights (local time taken as UTC): quiet before dawn, busy afternoons and evenings. */
	private static final double[] HOUR = { 0.70, 0.55, 0.45, 0.35, 0.30, 0.30, 0.40, 0.60, 0.80, 0.95, 1.00, 1.05,
			1.10, 1.20, 1.30, 1.40, 1.50, 1.55, 1.55, 1.50, 1.45, 1.35, 1.15, 0.90 };

	final class Model {

		final Settings settings;
		final SplittableRandom random;
		final Instant start;
		final int days;
		final double[] dayCumulative;
		final long[] dayCounts;
		final List<Template> templates = new ArrayList<>();
		final double[] templateCumulative;
		final Map<Pool, int[]> pools = new EnumMap<>(Pool.class);
		final BitSet poolSeen = new BitSet();
		final PartnershipAgreement agreement;
		final List<String> areas;
		final List<String> ethnicities;
		final double[] hourCumulative;
		long generated;
		long oneOffs;
		/** Identifiers are time-ordered (UUID version 7) from this moment, so indexes grow at their end. */
		long idMillis;

		UUID id() {
			return uuid(idMillis, random);
		}
		int poolSize;

		Model(Settings settings) {
			this.settings = settings;
			this.random = new SplittableRandom(settings.seed());
			Instant end = settings.end().truncatedTo(ChronoUnit.DAYS);
			LocalDate endDay = LocalDate.ofInstant(end, ZoneOffset.UTC);
			LocalDate startDay = endDay.minusMonths(settings.months());
			this.start = startDay.atStartOfDay().toInstant(ZoneOffset.UTC);
			this.days = (int) ChronoUnit.DAYS.between(startDay, endDay);
			double[] weights = new double[days];
			double total = 0;
			for (int d = 0; d < days; d++) {
				LocalDate date = startDay.plusDays(d);
				// a little busier in summer, quieter in late winter
				double season = 1 + 0.06 * Math.sin((date.getDayOfYear() - 100) / 365.0 * 2 * Math.PI);
				weights[d] = WEEKDAY[date.getDayOfWeek().getValue() - 1] * season;
				total += weights[d];
			}
			this.dayCumulative = new double[days];
			this.dayCounts = new long[days];
			double running = 0;
			long assigned = 0;
			for (int d = 0; d < days; d++) {
				running += weights[d] / total;
				dayCumulative[d] = running;
				long upTo = Math.round(running * settings.encounters());
				dayCounts[d] = upTo - assigned;
				assigned = upTo;
			}
			this.hourCumulative = cumulative(HOUR);
			this.agreement = agreements.inForce();
			this.areas = catalogues.areas().stream().map(CatalogueEntry::code).toList();
			this.ethnicities = catalogues.ethnicities().stream().map(CatalogueEntry::code).filter(c -> !c.equals("NS")).toList();
			List<Variant> variants = variants();
			double[] w = new double[variants.size()];
			for (int i = 0; i < variants.size(); i++) {
				Variant v = variants.get(i);
				templates.add(template(v));
				w[i] = v.weight();
			}
			this.templateCumulative = cumulative(w);
			// The people who come back: each pool is sized so its people average about five contacts in
			// the period (a few far more), from how many subjects the variants draw from it.
			double totalWeight = variants.stream().mapToInt(Variant::weight).sum();
			Map<Pool, Double> expected = new EnumMap<>(Pool.class);
			for (Variant v : variants) {
				if (v.pool() != Pool.NONE) {
					expected.merge(v.pool(), settings.encounters() * v.weight() / totalWeight * poolChance(v.pool()), Double::sum);
				}
				if (v.situation() == Situation.DOMESTIC_ABUSE) {
					expected.merge(Pool.PERPETRATOR,
							settings.encounters() * v.weight() / totalWeight * 0.6 * poolChance(Pool.PERPETRATOR), Double::sum);
				}
			}
			int offset = 0;
			for (Pool p : Pool.values()) {
				if (p == Pool.NONE) {
					continue;
				}
				int size = (int) Math.max(3, Math.ceil(expected.getOrDefault(p, 0.0) / 5.0));
				pools.put(p, new int[] { offset, size });
				offset += size;
			}
			this.poolSize = offset;
		}

		private Template template(Variant v) {
			int age = (v.minAge() + v.maxAge()) / 2;
			Set<Fact> facts = EnumSet.noneOf(Fact.class);
			v.vulnerabilities().forEach(c -> Fact.fromCode(c).ifPresent(facts::add));
			v.circumstances().forEach(c -> Fact.fromCode(c).ifPresent(facts::add));
			RoutingCase routingCase = new RoutingCase(v.situation(), Optional.empty(), OptionalInt.of(age), facts,
					Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.of(v.risk()),
					Optional.of("the subject"));
			RoutingRecommendation rec = policy.route(routingCase, agreement);
			List<AssessmentView.ElementFinding> elements = thrive.elements()
				.stream()
				.map(el -> new AssessmentView.ElementFinding(el.code(), el.label(), finding(el.code(), v, rec)))
				.toList();
			List<AssessmentView.RationaleEntry> rationale = List.of(
					new AssessmentView.RationaleEntry(NdmStage.INFORMATION, "Caller; force systems.", null),
					new AssessmentView.RationaleEntry(NdmStage.ASSESSMENT, "As graded.", null),
					new AssessmentView.RationaleEntry(NdmStage.OPTIONS, "As recommended.", null));
			String recommendation = json.writeValueAsString(rec);
			log.debug("Template {} {}: recommendation of {} characters", v.situation(), v.vulnerabilities(),
					recommendation.length());
			return new Template(v, rec, Rows.copyText(recommendation), elements, rationale);
		}

		private String finding(String element, Variant v, RoutingRecommendation rec) {
			return switch (element) {
				case "THREAT" -> v.risk() == RiskLevel.HIGH ? "Present now." : "None now.";
				case "HARM", "RISK" -> v.risk().name().toLowerCase().replace('_', ' ') + ".";
				case "INVESTIGATION" -> v.circumstances().contains("CRIME_TO_INVESTIGATE") ? "Crime." : "No crime.";
				case "VULNERABILITY" -> v.vulnerabilities().isEmpty() ? "None." : "As recorded.";
				case "ENGAGEMENT" -> rec.primaryAgencyLabel().toLowerCase().replace('_', ' ') + " leads.";
				default -> "Considered.";
			};
		}

		/** Sorted minutes since the start for the encounters of one day. */
		long[] encounterMinutesOfDay(int day) {
			int n = (int) dayCounts[day];
			long[] minutes = new long[n];
			for (int i = 0; i < n; i++) {
				int hour = pick(hourCumulative, random.nextDouble());
				minutes[i] = day * 1440L + hour * 60L + random.nextInt(60);
			}
			java.util.Arrays.sort(minutes);
			return minutes;
		}

		/** The repeat-contact people go into the first chunk: later chunks link to them. */
		void writePool(Chunk chunk) {
			Rows people = chunk.rows(Table.PERSON);
			for (Pool p : Pool.values()) {
				if (p == Pool.NONE) {
					continue;
				}
				int[] range = pools.get(p);
				for (int i = 0; i < range[1]; i++) {
					Person person = poolPerson(p, range[0] + i);
					writePerson(people, person, start.minus(Duration.ofDays(30 + (range[0] + i) % 700)));
				}
			}
		}

		Person poolPerson(Pool pool, int index) {
			SplittableRandom r = new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L + index);
			int[] ages = switch (pool) {
				case MISSING_CHILD -> new int[] { 12, 17 };
				case CHILD -> new int[] { 3, 15 };
				case OLDER -> new int[] { 72, 95 };
				case DOMESTIC_ABUSE, PERPETRATOR -> new int[] { 19, 55 };
				case MENTAL_HEALTH -> new int[] { 18, 64 };
				default -> new int[] { 18, 80 };
			};
			double female = pool == Pool.DOMESTIC_ABUSE ? 0.82 : pool == Pool.PERPETRATOR ? 0.15
					: pool == Pool.MISSING_CHILD ? 0.55 : 0.5;
			UUID id = uuid(start.toEpochMilli() - poolSize + index, r);
			return person(r, id, ages[0], ages[1], female);
		}

		Person oneOff(int minAge, int maxAge, double female) {
			return person(random, id(), minAge, maxAge, female);
		}

		private Person person(SplittableRandom r, UUID id, int minAge, int maxAge, double female) {
			double s = r.nextDouble();
			String sex = s < female * 0.97 ? "FEMALE" : s < 0.97 ? "MALE" : s < 0.985 ? "OTHER" : "NOT_STATED";
			String given = (sex.equals("MALE") ? MALE : FEMALE)[r.nextInt(MALE.length)];
			String family = FAMILY_START[r.nextInt(FAMILY_START.length)] + FAMILY_END[r.nextInt(FAMILY_END.length)];
			int age = minAge + r.nextInt(maxAge - minAge + 1);
			LocalDate born = LocalDate.ofInstant(settings.end(), ZoneOffset.UTC).minusYears(age).minusDays(r.nextInt(365));
			double e = r.nextDouble();
			String ethnicity = e < 0.12 ? "NS" : e < 0.70 ? "W1" : ethnicities.get(r.nextInt(ethnicities.size()));
			return new Person(id, given, family, born, age, sex, ethnicity);
		}

		void writePerson(Rows people, Person p, Instant createdAt) {
			people.u(p.id()).s(p.given()).s(p.family()).s(p.given().toLowerCase()).s(p.family().toLowerCase())
				.d(p.born()).i(p.born().getYear()).s(p.sex().equals("NOT_STATED") ? null : p.sex()).t(createdAt)
				.d(LocalDate.ofInstant(createdAt, ZoneOffset.UTC).plusYears(6)).n().end();
		}

		/** One encounter and everything that followed it. */
		void encounter(Chunk chunk, long minute) {
			SplittableRandom r = random;
			Template template = templates.get(pick(templateCumulative, r.nextDouble()));
			Variant v = template.variant();
			RoutingRecommendation rec = template.recommendation();
			Instant occurred = start.plusSeconds(minute * 60 + r.nextInt(60));
			Instant recorded = occurred.plusSeconds(60 + r.nextInt(900));
			idMillis = recorded.toEpochMilli();
			UUID encounterId = id();
			String reference = "ENC-%d-%06d".formatted(LocalDate.ofInstant(recorded, ZoneOffset.UTC).getYear(),
					chunk.references[chunk.encounters]);
			String handler = STAFF_PREFIX + "handler" + (1 + r.nextInt(40));
			String area = r.nextDouble() < 0.03 ? null : areas.isEmpty() ? null : areas.get(pick(areaWeights(), r.nextDouble()));
			double src = r.nextDouble();
			String source = src < 0.45 ? "EMERGENCY_CALL" : src < 0.80 ? "NON_EMERGENCY_CALL" : src < 0.90 ? "PARTNER_AGENCY"
					: src < 0.97 ? "ON_SCENE" : "ONLINE";
			String location = (1 + r.nextInt(180)) + " " + STREETS[r.nextInt(STREETS.length)]
					+ (area == null ? "" : ", " + catalogues.label(area));
			LocalDate review = LocalDate.ofInstant(recorded, ZoneOffset.UTC).plusYears(6);
			chunk.rows(Table.ENCOUNTER).u(encounterId).s(reference).s(source).t(occurred).s(location).s(v.situation().name())
				.s("Synthetic demo record. " + v.narrative()).s(handler).t(recorded).d(review).s(area).end();

			// the people: the subject (perhaps someone who comes back), and others by situation
			List<Mention> mentions = new ArrayList<>();
			Person subject;
			boolean repeat = v.pool() != Pool.NONE && r.nextDouble() < poolChance(v.pool());
			int poolIndex = -1;
			if (repeat) {
				int[] range = pools.get(v.pool());
				double u = r.nextDouble();
				poolIndex = range[0] + (int) (range[1] * u * Math.sqrt(u));
				subject = poolPerson(v.pool(), poolIndex);
			}
			else {
				subject = oneOff(v.minAge(), v.maxAge(), v.role().equals("VICTIM") ? 0.8 : 0.5);
			}
			mentions.add(new Mention(subject, v.role(), v.vulnerabilities(), poolIndex, true));
			if (v.situation() == Situation.DOMESTIC_ABUSE) {
				if (r.nextDouble() < 0.6) {
					// half the suspects have been here before
					if (r.nextDouble() < poolChance(Pool.PERPETRATOR)) {
						int[] range = pools.get(Pool.PERPETRATOR);
						double u = r.nextDouble();
						int index = range[0] + (int) (range[1] * u * Math.sqrt(u));
						mentions.add(new Mention(poolPerson(Pool.PERPETRATOR, index), "SUSPECT", List.of(), index, true));
					}
					else {
						mentions.add(new Mention(oneOff(20, 60, subject.sex().equals("FEMALE") ? 0.1 : 0.6), "SUSPECT", List.of(), -1,
								true));
					}
				}
				if (r.nextDouble() < 0.3) {
					mentions.add(new Mention(oneOff(1, 15, 0.5), "CHILD_PRESENT", List.of("CHILD"), -1, true));
				}
			}
			else if (r.nextDouble() < 0.25) {
				mentions.add(new Mention(oneOff(25, 75, 0.55), "CALLER", List.of(), -1, r.nextDouble() < 0.5));
			}
			Rows ep = chunk.rows(Table.ENCOUNTER_PERSON);
			Rows links = chunk.rows(Table.PERSON_LINK);
			List<AssessmentView.SnapshotPerson> snapshot = new ArrayList<>();
			List<AssessmentView.PersonRiskView> risks = new ArrayList<>();
			UUID subjectMention = null;
			for (int pos = 0; pos < mentions.size(); pos++) {
				Mention m = mentions.get(pos);
				Person p = m.person();
				UUID mentionId = id();
				if (pos == 0) {
					subjectMention = mentionId;
				}
				boolean dob = r.nextDouble() < 0.75;
				double s = r.nextDouble();
				String sex = s < 0.88 ? p.sex() : s < 0.94 ? "NOT_STATED" : null;
				String ethnicity = r.nextDouble() < 0.8 ? p.ethnicity() : null;
				String name = m.named() ? p.given() + " " + p.family() : null;
				ep.u(mentionId).u(encounterId).i(pos).s(m.role()).s(m.named() ? p.given() : null)
					.s(m.named() ? p.family() : null).s(m.named() ? null : "Caller, gave no name")
					.d(m.named() && dob ? p.born() : null).s(m.named() && dob ? null : String.valueOf(p.age()))
					.a(m.vulnerabilities()).s(sex).s(ethnicity).end();
				snapshot.add(new AssessmentView.SnapshotPerson(mentionId, name == null ? "Caller, gave no name" : name, m.role(),
						m.named() && dob ? p.born() : null, p.age(), m.vulnerabilities()));
				RiskLevel risk = pos == 0 ? v.risk() : m.role().equals("CHILD_PRESENT") ? RiskLevel.higherOf(RiskLevel.LOW, v.risk())
 : null;
				if (risk != null) {
					risks.add(new AssessmentView.PersonRiskView(mentionId, name == null ? "Caller" : name, risk));
				}
				if (!m.named()) {
					continue;
				}
				UUID personId = p.id();
				String method;
				if (m.poolIndex() >= 0) {
					method = poolSeen.get(m.poolIndex()) ? "AUTOMATIC" : "NEW_PERSON";
					poolSeen.set(m.poolIndex());
				}
				else {
					method = "NEW_PERSON";
					writePerson(chunk.rows(Table.PERSON), p, recorded);
					oneOffs++;
				}
				links.u(id()).u(personId).s("ENCOUNTER_PERSON").u(mentionId).u(encounterId).s(reference).t(occurred)
					.s(v.situation().name()).s(m.role()).s(method);
				if (method.equals("AUTOMATIC")) {
					links.f(18 + r.nextInt(12)).a(List.of("\"Names agree\"", "\"Dates of birth agree\""));
				}
				else {
					links.n().a(List.of());
				}
				links.s(handler).t(recorded).end();
			}

			// the THRIVE assessment (a few are re-assessed on scene)
			Instant assessedAt = recorded.plusSeconds(60 + r.nextInt(600));
			UUID assessmentId = id();
			int version = 1;
			writeAssessment(chunk, template, assessmentId, encounterId, 1, AssessmentTrigger.INITIAL, handler, assessedAt,
					reference, occurred, snapshot, risks, subjectMention);
			if (r.nextDouble() < 0.04 && rec.outcome().policeAttend()) {
				assessedAt = assessedAt.plusSeconds(1200 + r.nextInt(3600));
				assessmentId = id();
				version = 2;
				writeAssessment(chunk, template, assessmentId, encounterId, 2, AssessmentTrigger.ON_SCENE,
						STAFF_PREFIX + "responder" + (1 + r.nextInt(120)), assessedAt, reference, occurred, snapshot, risks,
						subjectMention);
			}

			// the routing decision, under the agreement in force, with the odd override
			Instant decidedAt = assessedAt.plusSeconds(30 + r.nextInt(300));
			UUID decisionId = id();
			RoutingOutcome outcome = rec.outcome();
			String rationale = null;
			// overrides: police sent where a partner could not come in time, or stood down where a partner
			// already leads; never away from police where police lead by law or practice
			boolean policeLed = EnumSet.of(Situation.DOMESTIC_ABUSE, Situation.MISSING_PERSON,
					Situation.SECTION_136_PLACE_OF_SAFETY, Situation.AWOL_FROM_MENTAL_HEALTH_UNIT).contains(v.situation());
			if (r.nextDouble() < 0.03 && !(policeLed && outcome.policeAttend())) {
				if (outcome.policeAttend()) {
					outcome = RoutingOutcome.PARTNER_ONLY;
					rationale = "Partner already on scene and content to lead; no police role (synthetic).";
				}
				else {
					outcome = RoutingOutcome.POLICE_PRIMARY;
					rationale = "Partner cannot attend within a safe time; police to attend (synthetic).";
				}
			}
			chunk.rows(Table.DECISION).u(decisionId).u(encounterId).u(assessmentId).i(version).s(handler).t(decidedAt)
				.s(rec.agreement().id()).s(rec.agreement().version()).s(rec.clauseId()).s(rec.outcome().name())
				.s(outcome.name()).s(rationale).raw(template.recommendationCopy()).end();
			Instant now = settings.end();
			if (rationale != null && r.nextDouble() < 0.8) {
				Instant reviewed = decidedAt.plusSeconds(1800 + r.nextInt(86_400));
				if (reviewed.isBefore(now)) {
					double o = r.nextDouble();
					chunk.rows(Table.OVERRIDE_REVIEW).u(decisionId).s(o < 0.75 ? "RATIFIED" : o < 0.9 ? "OVERTURNED" : "NOTED")
						.s(STAFF_PREFIX + "supervisor" + (1 + r.nextInt(12))).t(reviewed).end();
				}
			}
			if (!outcome.policeAttend() && r.nextDouble() < 0.85) {
				Instant told = decidedAt.plusSeconds(60 + r.nextInt(1200));
				chunk.rows(Table.CALLER_NOTICE).u(decisionId).t(told).s(handler).t(told.plusSeconds(30))
					.s(outcome == RoutingOutcome.PARTNER_ONLY ? "Told police will not attend; " + rec.primaryAgencyLabel().toLowerCase()
							.replace('_', ' ') + " will respond, and to call back if anything changes."
							: "Given advice and signposted; told to call 999 if there is a risk to life.")
					.end();
			}

			// police attendance, with officer time that fits the situation
			if (outcome.policeAttend() && r.nextDouble() < 0.95) {
				long delay = switch (rec.grade()) {
					case EMERGENCY -> 300 + r.nextInt(900);
					case PRIORITY -> 900 + r.nextInt(3600);
					case SCHEDULED -> 3600 + r.nextInt(36_000);
					case RESOLUTION_WITHOUT_DEPLOYMENT -> 1800 + r.nextInt(7200);
				};
				Instant deployed = decidedAt.plusSeconds(delay);
				int officers = v.situation() == Situation.DOMESTIC_ABUSE || rec.grade() == ResponseGrade.EMERGENCY
						|| v.situation() == Situation.SECTION_136_PLACE_OF_SAFETY ? 2 : r.nextDouble() < 0.4 ? 2 : 1;
				if (r.nextDouble() < 0.05) {
					officers++;
				}
				double hours = officerHours(v.situation()) / officers * Math.exp(0.45 * gaussian(r) - 0.1);
				Instant cleared = deployed.plusSeconds((long) (hours * 3600) + 600);
				if (deployed.isBefore(now)) {
					chunk.rows(Table.ATTENDANCE).u(id()).u(encounterId).t(deployed).t(cleared.isBefore(now) ? cleared : null)
						.i(officers).s(STAFF_PREFIX + "responder" + (1 + r.nextInt(120))).t(deployed.plusSeconds(120)).end();
				}
				// s136: handover to the health place of safety, in or over the hour
				if (v.situation() == Situation.SECTION_136_PLACE_OF_SAFETY) {
					Instant arrived = deployed.plusSeconds(1800 + r.nextInt(3600));
					for (AgreementTimer timer : rec.timers()) {
						Instant due = arrived.plusSeconds(60L * timer.minutes());
						boolean handover = timer.code().equals("HANDOVER");
						Instant done = handover ? arrived.plusSeconds(r.nextDouble() < 0.55 ? 900 + r.nextInt(2640)
								: 3660 + r.nextInt(14_400)) : arrived.plusSeconds(3 * 3600 + r.nextInt(17 * 3600));
						if (!done.isBefore(now) || !due.isBefore(now)) {
							continue;
						}
						boolean breached = done.isAfter(due);
						chunk.rows(Table.TIMER).u(id()).u(decisionId).u(encounterId).s(timer.code()).s(timer.label())
							.t(arrived).t(due).s(breached ? "BREACHED" : "COMPLETED").t(done)
							.s(STAFF_PREFIX + "responder" + (1 + r.nextInt(120))).t(breached ? due : null).end();
					}
				}
			}

			// referrals the rules call for, most of them made
			for (Agency agency : rec.referrals()) {
				if (agency == Agency.POLICE || r.nextDouble() > 0.8) {
					continue;
				}
				referral(chunk, r, agency, v, rec, encounterId, subjectMention, subject, decidedAt, handler, occurred,
						location);
			}
			chunk.encounters++;
			generated++;
		}

		private void writeAssessment(Chunk chunk, Template template, UUID id, UUID encounterId, int version,
				AssessmentTrigger trigger, String by, Instant at, String reference, Instant occurred,
				List<AssessmentView.SnapshotPerson> people, List<AssessmentView.PersonRiskView> risks, UUID subject) {
			Variant v = template.variant();
			RoutingRecommendation rec = template.recommendation();
			ThriveSettings.Grade grade = thrive.grade(rec.grade());
			RiskLevel highest = risks.stream().map(AssessmentView.PersonRiskView::riskLevel).max(Enum::compareTo)
				.orElse(RiskLevel.NO_APPARENT_RISK);
			AssessmentView.MissingPersonResult missing = v.situation() == Situation.MISSING_PERSON
					? new AssessmentView.MissingPersonResult(subject, v.risk(), List.of(), List.of("Graded on the APP risk factors (synthetic)."), List.of())
					: null;
			AssessmentView view = new AssessmentView(id, encounterId, version, trigger,
					version == 1 ? null : "Officer on scene (synthetic).", by, at, template.elements(), rec.grade(),
					grade.displayCode(), grade.targetMinutes(), template.rationale(), risks, v.circumstances(),
					v.risk() == RiskLevel.HIGH && (v.situation() == Situation.CHILD_CONCERN) ? "SUSPECTED" : "NOT_SUSPECTED",
					List.of(), missing,
					new AssessmentView.Safeguarding(rec.referrals().stream().map(Enum::name).toList(), List.of(), List.of()),
					new AssessmentView.RcrpThreshold(rec.thresholdMet(), List.of(), List.of()),
					highest == RiskLevel.HIGH ? List.of("Graded HIGH risk: every HIGH grading is reviewed by a supervisor")
							: List.of(),
					List.of(), new AssessmentView.Snapshot(reference, v.situation(), occurred, people));
			String constant = (highest == RiskLevel.HIGH ? constantsHigh : constants).computeIfAbsent(template,
					k -> constantPart(json, view));
			chunk.rows(Table.ASSESSMENT).u(id).u(encounterId).i(version).s(trigger.name()).s(by).t(at).s(rec.grade().name())
				.s(highest.name()).s(assessmentJson(view, constant)).end();
		}

		/** The JSON of the parts of an assessment that are the same for every case of a template. */
		private final Map<Template, String> constants = new java.util.IdentityHashMap<>();
		private final Map<Template, String> constantsHigh = new java.util.IdentityHashMap<>();

		private void referral(Chunk chunk, SplittableRandom r, Agency agency, Variant v, RoutingRecommendation rec,
				UUID encounterId, UUID mention, Person subject, Instant decidedAt, String by, Instant occurred,
				String location) {
			Instant now = settings.end();
			Instant created = decidedAt.plusSeconds(600 + r.nextInt(4 * 3600));
			if (!created.isBefore(now)) {
				return;
			}
			UUID id = id();
			Instant sent = created.plusSeconds(60 + r.nextInt(1800));
			ReferralSettings.Targets targets = referralSettings.targets(agency);
			Instant ackDue = plusWorkingDays(sent, targets.acknowledgeWorkingDays());
			Instant decisionDue = plusWorkingDays(sent, targets.decideWorkingDays());
			String partner = STAFF_PREFIX + "partner-" + agency.name().toLowerCase().replace('_', '-');
			List<String[]> steps = new ArrayList<>();
			steps.add(new String[] { "DRAFT", created.toString(), by, null });
			String status = "DRAFT";
			String declineReason = null;
			String outcome = null;
			if (sent.isBefore(now)) {
				steps.add(new String[] { "SENT", sent.toString(), by, null });
				status = "SENT";
				double a = r.nextDouble();
				// most acknowledged in time, some late, some never
				Instant ack = a < 0.70 ? sent.plusSeconds((long) (r.nextDouble() * Duration.between(sent, ackDue).getSeconds()))
						: a < 0.92 ? ackDue.plusSeconds(3600 + r.nextInt(4 * 86_400)) : null;
				if (ack != null && ack.isBefore(now)) {
					steps.add(new String[] { "ACKNOWLEDGED", ack.toString(), partner, null });
					status = "ACKNOWLEDGED";
					double d = r.nextDouble();
					Instant decided = d < 0.8 ? ack.plusSeconds((long) (r.nextDouble() * Math.max(3600,
							Duration.between(ack, decisionDue).getSeconds()))) : decisionDue.plusSeconds(3600 + r.nextInt(5 * 86_400));
					if (r.nextDouble() < 0.92 && decided.isBefore(now)) {
						if (r.nextDouble() < 0.17) {
							declineReason = "Does not meet our threshold; signposted to universal services (synthetic).";
							steps.add(new String[] { "DECLINED", decided.toString(), partner, declineReason });
							status = "DECLINED";
						}
						else {
							steps.add(new String[] { "ACCEPTED", decided.toString(), partner, null });
							status = "ACCEPTED";
							Instant finished = decided.plusSeconds(7 * 86_400 + r.nextInt(30 * 86_400));
							if (r.nextDouble() < 0.65 && finished.isBefore(now)) {
								outcome = "Support plan agreed with the person (synthetic).";
								steps.add(new String[] { "OUTCOME_RECORDED", finished.toString(), partner, outcome });
								steps.add(new String[] { "CLOSED", finished.plusSeconds(60).toString(), partner, null });
								status = "CLOSED";
							}
						}
					}
				}
			}
			String basis = switch (agency) {
				case CHILDRENS_SOCIAL_CARE, EDUCATION -> "CHILDREN_ACT_2004_S11";
				case ADULT_SOCIAL_CARE -> "CARE_ACT_S42";
				default -> "DPA_PART3_S35_SCHED8_SAFEGUARDING";
			};
			boolean consent = r.nextDouble() < 0.5;
			String name = subject.given() + " " + subject.family();
			SharedContent shared = new SharedContent(v.situation(), occurred, location, null,
					List.of(new SharedContent.SharedPerson(v.role(), name, subject.age(), v.vulnerabilities(), List.of(), List.of(),
							List.of(), null, v.risk().name())),
					rec.grade().name(), List.of());
			chunk.rows(Table.REFERRAL).u(id).s("REF-%d-%06d".formatted(LocalDate.ofInstant(created, ZoneOffset.UTC).getYear(),
					nextReferralNumber())).u(encounterId).s(agency.name()).s(status).a(List.of(mention))
				.s("Referral for " + v.situation().shortName() + " (synthetic).").s("Risk " + v.risk().name().toLowerCase()
						.replace('_', ' ') + ".")
				.a(List.of("NAMES", "AGES", "LOCATION", "VULNERABILITIES", "RISK")).s(basis)
				.s(consent ? "GIVEN" : "NOT_SOUGHT_PREJUDICE")
				.s(consent ? null : "Seeking consent would delay safeguarding (synthetic).").s(by).t(created)
				.t(status.equals("DRAFT") ? null : sent).t(status.equals("DRAFT") ? null : ackDue)
				.t(status.equals("DRAFT") ? null : decisionDue).s(declineReason).s(outcome)
				.s(json.writeValueAsString(shared)).d(LocalDate.ofInstant(created, ZoneOffset.UTC).plusYears(6)).end();
			Rows stepRows = chunk.rows(Table.REFERRAL_STEP);
			for (String[] s : steps) {
				stepRows.u(id).s(s[0]).s(s[1]).s(s[2]).s(s[3]).end();
			}
		}

		private long[] referralNumbers = new long[0];
		private int referralNumberAt;

		/** Reference numbers from the application's sequence, taken a few thousand at a time. */
		private long nextReferralNumber() {
			if (referralNumberAt == referralNumbers.length) {
				referralNumbers = referralReferences(5_000);
				referralNumberAt = 0;
			}
			return referralNumbers[referralNumberAt++];
		}

		private double poolChance(Pool pool) {
			return switch (pool) {
				case MENTAL_HEALTH -> 0.7;
				case DOMESTIC_ABUSE -> 0.55;
				case MISSING_CHILD -> 0.8;
				case OLDER -> 0.5;
				case CHILD -> 0.4;
				case GENERAL -> 0.4;
				case PERPETRATOR -> 0.5;
				case NONE -> 0;
			};
		}

		private double[] areaWeightsCache;

		private double[] areaWeights() {
			if (areaWeightsCache == null) {
				double[] w = new double[areas.size()];
				for (int i = 0; i < w.length; i++) {
					// the city centre is busiest; other areas taper
					w[i] = areas.get(i).equals("CITY") ? 1.3 : 1.0 - 0.06 * i;
				}
				areaWeightsCache = cumulative(w);
			}
			return areaWeightsCache;
		}
	}

	static JsonMapper withoutNulls(JsonMapper json) {
		return json.rebuild()
			.changeDefaultPropertyInclusion(v -> v.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
			.build();
	}

	/**
	 * What the JSON mapper writes for the parts of {@code view} that a template fixes (elements,
	 * grade, rationale, facts, safeguarding...), without its braces, for {@link #assessmentJson}.
	 */
	static String constantPart(JsonMapper json, AssessmentView view) {
		AssessmentView fixed = new AssessmentView(null, null, 0, null, null, null, null, view.elements(), view.grade(),
				view.gradeDisplayCode(), view.targetMinutes(), view.rationale(), null, view.facts(), view.significantHarm(),
				view.tools(), null, view.safeguarding(), view.rcrpThreshold(), view.supervisorReview(), view.changes(), null);
		String all = withoutNulls(json).writeValueAsString(fixed);
		String prefix = "{\"version\":0,";
		if (!all.startsWith(prefix) || !all.endsWith("}")) {
			throw new IllegalStateException("Unexpected assessment JSON: " + all);
		}
		return all.substring(prefix.length(), all.length() - 1);
	}

	/**
	 * The assessment's document as the JSON mapper reads it (null fields left out), written by hand
	 * around the template's {@link #constantPart}: a tenth of the mapper's time, for a million of them.
	 */
	static String assessmentJson(AssessmentView v, String constant) {
		StringBuilder sb = new StringBuilder(1600);
		sb.append("{\"id\":\"").append(v.id()).append("\",\"encounterId\":\"").append(v.encounterId())
			.append("\",\"version\":").append(v.version()).append(",\"trigger\":\"").append(v.trigger().name()).append('"');
		if (v.triggerNote() != null) {
			sb.append(",\"triggerNote\":");
			quoted(sb, v.triggerNote());
		}
		sb.append(",\"assessedBy\":");
		quoted(sb, v.assessedBy());
		sb.append(",\"assessedAt\":\"").append(v.assessedAt()).append("\",").append(constant).append(",\"personRisks\":[");
		for (int i = 0; i < v.personRisks().size(); i++) {
			AssessmentView.PersonRiskView r = v.personRisks().get(i);
			sb.append(i == 0 ? "{" : ",{").append("\"personId\":\"").append(r.personId()).append("\",\"name\":");
			quoted(sb, r.name());
			sb.append(",\"riskLevel\":\"").append(r.riskLevel().name()).append("\"}");
		}
		sb.append(']');
		AssessmentView.MissingPersonResult m = v.missingPerson();
		if (m != null) {
			sb.append(",\"missingPerson\":{\"personId\":\"").append(m.personId()).append("\",\"toolLevel\":\"")
				.append(m.toolLevel().name()).append("\",\"actions\":");
			strings(sb, m.actions());
			sb.append(",\"reasons\":");
			strings(sb, m.reasons());
			sb.append(",\"information\":[]}");
			if (!m.information().isEmpty()) {
				throw new IllegalArgumentException("information is not written by hand");
			}
		}
		AssessmentView.Snapshot s = v.snapshot();
		sb.append(",\"snapshot\":{\"reference\":");
		quoted(sb, s.reference());
		sb.append(",\"situation\":\"").append(s.situation().name()).append("\",\"occurredAt\":\"").append(s.occurredAt())
			.append("\",\"people\":[");
		for (int i = 0; i < s.people().size(); i++) {
			AssessmentView.SnapshotPerson p = s.people().get(i);
			sb.append(i == 0 ? "{" : ",{").append("\"id\":\"").append(p.id()).append("\",\"name\":");
			quoted(sb, p.name());
			sb.append(",\"role\":");
			quoted(sb, p.role());
			if (p.dateOfBirth() != null) {
				sb.append(",\"dateOfBirth\":\"").append(p.dateOfBirth()).append('"');
			}
			if (p.ageYears() != null) {
				sb.append(",\"ageYears\":").append(p.ageYears());
			}
			sb.append(",\"vulnerabilities\":");
			strings(sb, p.vulnerabilities());
			sb.append('}');
		}
		return sb.append("]}}").toString();
	}

	private static void strings(StringBuilder sb, List<String> values) {
		sb.append('[');
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				sb.append(',');
			}
			quoted(sb, values.get(i));
		}
		sb.append(']');
	}

	private static void quoted(StringBuilder sb, String value) {
		sb.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"' || c == '\\') {
				sb.append('\\').append(c);
			}
			else if (c < ' ') {
				sb.append(String.format("\\u%04x", (int) c));
			}
			else {
				sb.append(c);
			}
		}
		sb.append('"');
	}

	record Person(UUID id, String given, String family, LocalDate born, int age, String sex, String ethnicity) {
	}

	record Mention(Person person, String role, List<String> vulnerabilities, int poolIndex, boolean named) {
	}

	static double officerHours(Situation situation) {
		return switch (situation) {
			case CONCERN_FOR_WELFARE -> 2.5;
			case MISSING_PERSON -> 6.0;
			case SECTION_136_PLACE_OF_SAFETY -> 8.0;
			case WALKOUT_FROM_HEALTH_SETTING -> 3.0;
			case AWOL_FROM_MENTAL_HEALTH_UNIT -> 4.0;
			case MENTAL_HEALTH_CONVEYANCE -> 3.0;
			case DOMESTIC_ABUSE -> 3.5;
			default -> 2.0;
		};
	}

	/** Working days as Monday to Friday (bank holidays are not skipped: close enough for invented records). */
	static Instant plusWorkingDays(Instant from, int days) {
		Instant at = from;
		int added = 0;
		while (added < days) {
			at = at.plus(Duration.ofDays(1));
			DayOfWeek d = at.atZone(ZoneOffset.UTC).getDayOfWeek();
			if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
				added++;
			}
		}
		return at;
	}

	/**
	 * A time-ordered identifier (UUID version 7, RFC 9562): the milliseconds first, then random bits.
	 * Records written in time order then add to the end of their indexes rather than all over them.
	 */
	static UUID uuid(long millis, SplittableRandom r) {
		long high = (millis << 16) | 0x7000L | (r.nextLong() & 0x0FFFL);
		long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

	static double gaussian(SplittableRandom r) {
		double u = Math.max(1e-12, r.nextDouble());
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
	}

	static double[] cumulative(double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double[] c = new double[weights.length];
		double running = 0;
		for (int i = 0; i < weights.length; i++) {
			running += weights[i] / total;
			c[i] = running;
		}
		c[c.length - 1] = 1.0;
		return c;
	}

	static int pick(double[] cumulative, double u) {
		int i = java.util.Arrays.binarySearch(cumulative, u);
		return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
	}

	/**
	 * The kinds of case per situation and how often each comes up. The weights are invented
	 * assumptions (docs/demo-force.md); the routes come from the rules.
	 */
	static List<Variant> variants() {
		List<Variant> v = new ArrayList<>();
		Situation cfw = Situation.CONCERN_FOR_WELFARE;
		v.add(new Variant(cfw, 36, "SUBJECT", 75, 95, List.of("FALLEN_AT_HOME", "OLDER_PERSON"), List.of(), RiskLevel.MEDIUM, Pool.OLDER,
				"Neighbour reports an older man has fallen at home and cannot get up."));
		v.add(new Variant(cfw, 50, "SUBJECT", 18, 64, List.of("MENTAL_ILL_HEALTH"), List.of(), RiskLevel.LOW, Pool.MENTAL_HEALTH,
				"Caller worried about a friend who sounds low and confused on the phone."));
		v.add(new Variant(cfw, 22, "SUBJECT", 18, 64, List.of("SUICIDAL_IDEATION", "MENTAL_ILL_HEALTH"), List.of(), RiskLevel.MEDIUM,
				Pool.MENTAL_HEALTH, "Relative says the subject talked of ending their life; no plan disclosed."));
		v.add(new Variant(cfw, 50, "SUBJECT", 18, 64, List.of("SUICIDAL_IDEATION", "MENTAL_ILL_HEALTH"),
				List.of("REAL_IMMEDIATE_RISK_TO_LIFE"), RiskLevel.HIGH, Pool.MENTAL_HEALTH,
				"Subject on a bridge parapet, saying goodbye to family by text."));
		v.add(new Variant(cfw, 20, "SUBJECT", 30, 80, List.of("MISSED_APPOINTMENT"), List.of(), RiskLevel.LOW, Pool.NONE,
				"Clinic reports a patient missed a follow-up appointment and is not answering."));
		v.add(new Variant(cfw, 10, "SUBJECT", 11, 15, List.of("NOT_IN_SCHOOL", "CHILD"), List.of(), RiskLevel.LOW, Pool.CHILD,
				"School reports a pupil absent for a week; family not answering."));
		v.add(new Variant(cfw, 24, "SUBJECT", 70, 95, List.of("DEMENTIA", "OLDER_PERSON"), List.of(), RiskLevel.MEDIUM, Pool.OLDER,
				"Carer not arrived; older woman with dementia alone and confused."));
		v.add(new Variant(cfw, 40, "SUBJECT", 25, 85, List.of("NOT_ANSWERING_DOOR"), List.of(), RiskLevel.NO_APPARENT_RISK, Pool.NONE,
				"Neighbour has not seen the occupant for two days; curtains drawn."));
		v.add(new Variant(cfw, 25, "SUBJECT", 18, 70, List.of("SUBSTANCE_MISUSE"), List.of("CRIME_TO_INVESTIGATE"), RiskLevel.LOW,
				Pool.GENERAL, "Welfare call; on arrival a window has been smashed and property taken."));
		Situation da = Situation.DOMESTIC_ABUSE;
		v.add(new Variant(da, 90, "VICTIM", 18, 60, List.of("DOMESTIC_ABUSE_VICTIM_OR_WITNESS"), List.of("CRIME_TO_INVESTIGATE"),
				RiskLevel.LOW, Pool.DOMESTIC_ABUSE, "Argument overheard; partner pushed the victim and left."));
		v.add(new Variant(da, 70, "VICTIM", 18, 60, List.of("DOMESTIC_ABUSE_VICTIM_OR_WITNESS", "COERCIVE_CONTROL"),
				List.of("CRIME_TO_INVESTIGATE"), RiskLevel.MEDIUM, Pool.DOMESTIC_ABUSE,
				"Victim says partner checks her phone and stops her seeing friends; threats made tonight."));
		v.add(new Variant(da, 40, "VICTIM", 18, 60,
				List.of("DOMESTIC_ABUSE_VICTIM_OR_WITNESS", "NON_FATAL_STRANGULATION", "THREATS_TO_KILL"),
				List.of("CRIME_TO_INVESTIGATE"), RiskLevel.HIGH, Pool.DOMESTIC_ABUSE,
				"Victim held by the throat and threatened with a knife; suspect still nearby."));
		Situation missing = Situation.MISSING_PERSON;
		v.add(new Variant(missing, 38, "SUBJECT", 12, 17, List.of("CHILD", "IN_CARE", "GOING_MISSING"), List.of(), RiskLevel.MEDIUM,
				Pool.MISSING_CHILD, "Children's home reports a resident has not returned by curfew."));
		v.add(new Variant(missing, 14, "SUBJECT", 12, 17, List.of("CHILD", "IN_CARE", "GOING_MISSING", "CSE_MARKER"), List.of(),
				RiskLevel.HIGH, Pool.MISSING_CHILD, "Young person missing again; seen getting into an unknown car."));
		v.add(new Variant(missing, 18, "SUBJECT", 18, 60, List.of("MENTAL_ILL_HEALTH"), List.of(), RiskLevel.MEDIUM, Pool.MENTAL_HEALTH,
				"Partner reports the subject left after an argument, without medication."));
		v.add(new Variant(missing, 12, "SUBJECT", 18, 70, List.of("REPEAT_MISSING_RETURNED_SAFELY_BEFORE"), List.of(), RiskLevel.LOW,
				Pool.GENERAL, "Adult not returned home; has done so before and come back safely."));
		v.add(new Variant(missing, 18, "SUBJECT", 75, 95, List.of("DEMENTIA", "OLDER_PERSON"), List.of(), RiskLevel.HIGH, Pool.OLDER,
				"Older man with dementia walked out of his care home in the rain."));
		Situation child = Situation.CHILD_CONCERN;
		v.add(new Variant(child, 45, "SUBJECT", 2, 15, List.of("CHILD"), List.of(), RiskLevel.LOW, Pool.CHILD,
				"Neighbour reports young children left alone in the flat in the evening."));
		v.add(new Variant(child, 25, "SUBJECT", 2, 15, List.of("CHILD", "NEGLECT"), List.of(), RiskLevel.MEDIUM, Pool.CHILD,
				"School concerned about a child who is hungry and unwashed."));
		v.add(new Variant(child, 10, "SUBJECT", 2, 15, List.of("CHILD"), List.of("RISK_OF_SERIOUS_HARM"), RiskLevel.HIGH, Pool.CHILD,
				"Child heard screaming; adult shouting threats inside the house."));
		Situation adult = Situation.ADULT_AT_RISK;
		v.add(new Variant(adult, 30, "SUBJECT", 60, 95, List.of("CARE_AND_SUPPORT_NEEDS", "FINANCIAL_ABUSE"), List.of(),
				RiskLevel.MEDIUM, Pool.OLDER, "Bank reports an older customer repeatedly withdrawing cash for a new 'friend'."));
		v.add(new Variant(adult, 18, "SUBJECT", 25, 90, List.of("CARE_AND_SUPPORT_NEEDS", "UNABLE_TO_PROTECT_SELF", "NEGLECT"),
				List.of(), RiskLevel.HIGH, Pool.GENERAL, "Carer reports a disabled adult left without food or care."));
		v.add(new Variant(adult, 20, "SUBJECT", 20, 90, List.of("LEARNING_DISABILITY", "EXPLOITATION"), List.of(), RiskLevel.MEDIUM,
				Pool.GENERAL, "Support worker thinks others are using a tenant's flat to deal drugs."));
		Situation medical = Situation.MEDICAL_INCIDENT;
		v.add(new Variant(medical, 50, "SUBJECT", 18, 90, List.of(), List.of(), RiskLevel.LOW, Pool.NONE,
				"Person collapsed in the street; ambulance called by passer-by."));
		v.add(new Variant(medical, 25, "SUBJECT", 18, 90, List.of("ILLNESS_AFFECTING_SAFETY"), List.of(), RiskLevel.MEDIUM, Pool.NONE,
				"Diabetic man confused in a shop doorway."));
		v.add(new Variant(medical, 25, "SUBJECT", 18, 90, List.of("ILLNESS_AFFECTING_SAFETY"),
				List.of("AMBULANCE_DELAYED", "REAL_IMMEDIATE_RISK_TO_LIFE"), RiskLevel.HIGH, Pool.NONE,
				"Person unconscious in a car park; ambulance delayed."));
		Situation conveyance = Situation.MENTAL_HEALTH_CONVEYANCE;
		v.add(new Variant(conveyance, 30, "SUBJECT", 18, 70, List.of("MENTAL_ILL_HEALTH", "DETAINED_UNDER_MHA"), List.of(),
				RiskLevel.MEDIUM, Pool.MENTAL_HEALTH, "AMHP requests help to convey a detained patient to hospital."));
		v.add(new Variant(conveyance, 16, "SUBJECT", 18, 70, List.of("MENTAL_ILL_HEALTH", "DETAINED_UNDER_MHA"),
				List.of("RISK_OF_SERIOUS_HARM"), RiskLevel.HIGH, Pool.MENTAL_HEALTH,
				"Detained patient armed and threatening staff during conveyance."));
		Situation s136 = Situation.SECTION_136_PLACE_OF_SAFETY;
		v.add(new Variant(s136, 24, "SUBJECT", 18, 70, List.of("MENTAL_ILL_HEALTH"), List.of("ARRIVED_AT_HEALTH_PLACE_OF_SAFETY"),
				RiskLevel.MEDIUM, Pool.MENTAL_HEALTH, "Person detained under s136 at the bridge, taken to the health place of safety."));
		v.add(new Variant(s136, 8, "SUBJECT", 18, 70, List.of("MENTAL_ILL_HEALTH", "SUICIDAL_IDEATION"),
				List.of("ARRIVED_AT_HEALTH_PLACE_OF_SAFETY"), RiskLevel.HIGH, Pool.MENTAL_HEALTH,
				"s136 detention after a ligature attempt; waiting at the place of safety."));
		Situation walkout = Situation.WALKOUT_FROM_HEALTH_SETTING;
		v.add(new Variant(walkout, 28, "SUBJECT", 18, 80, List.of("MENTAL_ILL_HEALTH", "INFORMAL_PATIENT"), List.of(), RiskLevel.LOW,
				Pool.MENTAL_HEALTH, "Ward reports an informal patient left without saying where."));
		v.add(new Variant(walkout, 12, "SUBJECT", 18, 80, List.of("ILLNESS_AFFECTING_SAFETY"), List.of(), RiskLevel.MEDIUM, Pool.NONE,
				"Patient left A&E with a cannula in; hospital asks for help."));
		v.add(new Variant(walkout, 14, "SUBJECT", 18, 80, List.of("MENTAL_ILL_HEALTH", "SUICIDAL_IDEATION"),
				List.of("REAL_IMMEDIATE_RISK_TO_LIFE"), RiskLevel.HIGH, Pool.MENTAL_HEALTH,
				"Patient walked out of A&E after an overdose, saying they will finish it."));
		Situation awol = Situation.AWOL_FROM_MENTAL_HEALTH_UNIT;
		v.add(new Variant(awol, 16, "SUBJECT", 18, 65, List.of("MENTAL_ILL_HEALTH", "DETAINED_UNDER_MHA"), List.of(), RiskLevel.MEDIUM,
				Pool.MENTAL_HEALTH, "Detained patient failed to return from section 17 leave."));
		v.add(new Variant(awol, 5, "SUBJECT", 18, 65, List.of("MENTAL_ILL_HEALTH", "DETAINED_UNDER_MHA"), List.of("RISK_TO_OTHERS"),
				RiskLevel.HIGH, Pool.MENTAL_HEALTH, "Detained patient AWOL; made threats to a named neighbour."));
		Situation other = Situation.OTHER;
		v.add(new Variant(other, 60, "SUBJECT", 18, 80, List.of(), List.of(), RiskLevel.NO_APPARENT_RISK, Pool.NONE,
				"Caller asks for advice about a noisy neighbour."));
		v.add(new Variant(other, 25, "SUBJECT", 18, 80, List.of("SUBSTANCE_MISUSE"), List.of(), RiskLevel.LOW, Pool.GENERAL,
				"Intoxicated man asleep in a bus shelter."));
		v.add(new Variant(other, 20, "SUBJECT", 18, 80, List.of(), List.of("CRIME_TO_INVESTIGATE"), RiskLevel.LOW, Pool.NONE,
				"Vulnerable caller reports a doorstep fraud."));
		return v;
	}
}
