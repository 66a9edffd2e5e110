package org.sightline.person.linkage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Finds the records that describe the same person. A run normalises the records, finds candidate
 * pairs by blocking, compares each pair field by field, fits a Fellegi–Sunter model to those
 * comparisons by expectation–maximisation (no labels needed), scores every pair, links the pairs
 * above the link threshold and puts linked records into clusters, keeping apart records scored
 * against a match ({@link Clustering}).
 */
public final class Linker {

	private final LinkageSettings settings;

	private final Nicknames nicknames;

	private final List<BlockingRule> rules;

	public Linker(LinkageSettings settings) {
		this(settings, BlockingRule.STANDARD);
	}

	Linker(LinkageSettings settings, List<BlockingRule> rules) {
		this(settings, rules, Nicknames.standard());
	}

	/** With a nickname table of the force's own (the bundled one and its additions, {@link Nicknames#standardWith}). */
	Linker(LinkageSettings settings, List<BlockingRule> rules, Nicknames nicknames) {
		this.settings = settings;
		this.nicknames = nicknames;
		this.rules = rules;
	}

	/** Finds the records of one set that are the same person. */
	public LinkageResult deduplicate(List<PersonRecord> records, Consumer<String> progress) {
		return run(records, i -> 0, false, progress);
	}

	/**
	 * Finds the records of one set that are the same person as records of another. Only pairs with
	 * one record from each set are compared and linked. Records are numbered left first.
	 */
	public LinkageResult link(List<PersonRecord> left, List<PersonRecord> right, Consumer<String> progress) {
		List<PersonRecord> all = new ArrayList<>(left.size() + right.size());
		all.addAll(left);
		all.addAll(right);
		int boundary = left.size();
		return run(all, i -> i < boundary ? 0 : 1, true, progress);
	}

	private LinkageResult run(List<PersonRecord> records, RecordTable.SourceOf sourceOf, boolean crossSourceOnly,
			Consumer<String> progress) {
		long started = System.nanoTime();
		RecordTable table = RecordTable.of(records, sourceOf, nicknames);
		progress.accept(String.format("normalised %,d records (%,d distinct names) in %s", table.size, table.names.size(),
				since(started)));
		PairComparer comparer = new PairComparer(table);
		ExecutorService executor = Executors.newFixedThreadPool(settings.threads(), runnable -> {
			Thread thread = new Thread(runnable, "linkage");
			thread.setDaemon(true);
			return thread;
		});
		Blocking.Result blocked;
		try {
			blocked = Blocking.candidates(comparer, rules, settings.maxBlockSize(), crossSourceOnly, executor,
					settings.threads(), progress);
		}
		finally {
			executor.shutdownNow();
		}
		PairBuffer pairs = blocked.pairs();
		progress.accept(String.format("compared %,d candidate pairs in %s", pairs.size, since(started)));

		double[][] randomU = RandomPairs.estimateU(comparer, settings.randomPairs(), crossSourceOnly, settings.seed(),
				settings.threads());
		Training.Outcome trained = Training.fit(blocked, rules, randomU, possiblePairs(table, crossSourceOnly), settings,
				progress);
		double prior = trained.priorWeight();
		LinkageModel model = new LinkageModel(trained.parameters(), prior, settings, nicknames,
				FieldFrequencies.of(table));
		float[] weights = model.weights(table, pairs);
		model = withChosenThreshold(model, weights, progress);

		double linkWeight = LinkageModel.weightOf(model.settings().linkAbove());
		double apartWeight = model.settings().keepApartBelow() == 0 ? Double.NEGATIVE_INFINITY
				: LinkageModel.weightOf(model.settings().keepApartBelow());
		LinkageModel scoring = model;
		Clustering.Outcome clustered = Clustering.cluster(table.size, pairs, weights, linkWeight, apartWeight,
				p -> scoring.strongestAgainst(pairs.pattern[p]));
		long links = clustered.links();
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		progress.accept(String.format(Locale.ROOT, "linked %,d pairs into clusters in %s (%,.0f records per second)", links,
				since(started), table.size / Math.max(1e-9, elapsed.toNanos() / 1e9)));
		return new LinkageResult(table, pairs, weights, model, blocked.rules(), clustered, elapsed);
	}

	/**
	 * The model with the settings the run will use: when a target precision is set, the link
	 * threshold can only be chosen now that every pair is scored ({@link Calibration}).
	 */
	private LinkageModel withChosenThreshold(LinkageModel model, float[] weights, Consumer<String> progress) {
		LinkageSettings used = Calibration.chosen(settings, weights);
		if (used == settings) {
			return model;
		}
		progress.accept(String.format(Locale.ROOT,
				"chose the link threshold %.2f bits (match probability %.6f) for an expected precision of %s",
				LinkageModel.weightOf(used.linkAbove()), used.linkAbove(), settings.targetPrecision().getAsDouble()));
		return model.withSettings(used);
	}

	/** How many pairs could be made: all pairs, or with two inputs all pairs across them. */
	static long possiblePairs(RecordTable table, boolean crossSourceOnly) {
		if (!crossSourceOnly) {
			return (long) table.size * (table.size - 1) / 2;
		}
		long left = 0;
		for (byte s : table.source) {
			left += s == 0 ? 1 : 0;
		}
		return left * (table.size - left);
	}

	private static String since(long started) {
		return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9);
	}
}
