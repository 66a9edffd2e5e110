package org.sightline.person.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Finds the candidate pairs: records that share a key under at least one {@link BlockingRule},
 * each pair once, compared as soon as it is found. A pair found by a later rule is dropped when
 * an earlier rule already found it, which is checked from the records' keys without remembering
 * pairs. A block larger than the cap is not skipped but divided by one more field after another
 * ({@link #SUB_KEYS}: year of birth, given name sound, surname sound, day and month of birth,
 * postcode district or locality, given name), so a pair is never lost only because many records
 * share a common value; a part still over the cap after every field is skipped and counted, so a
 * too-coarse rule shows up in the progress report rather than in the run time.
 */
final class Blocking {

	private static final int INDEX_BITS = 64 - BlockingRule.KEY_BITS;

	static final int MAX_RECORDS = 1 << INDEX_BITS;

	private Blocking() {
	}

	/** What blocking produced: the compared pairs and how each rule fared. */
	record Result(PairBuffer pairs, List<RuleSummary> rules, long[][] keys) {

		/** Whether rule r puts records i and j in the same (not oversized) block. */
		boolean sameBlock(int r, int i, int j) {
			long k = keys[r][i];
			return k != BlockingRule.NO_KEY && k == keys[r][j];
		}
	}

	/**
	 * Pairs a rule contributed that no earlier rule had, records in blocks over the cap that were
	 * divided, and records left out because their block was still over the cap after every division.
	 */
	record RuleSummary(BlockingRule rule, long pairs, long recordsInOversizedBlocks, long recordsInDividedBlocks) {
	}

	/** A value of record i that divides a block, or -1 when the record lacks it. */
	@FunctionalInterface
	interface SubKey {

		long of(RecordTable t, int i);
	}

	/** What divides a block over the cap, in order. */
	static final List<SubKey> SUB_KEYS = List.of(
			(t, i) -> t.year[i] == 0 ? -1 : t.year[i],
			(t, i) -> t.given[i] == Vocabulary.NONE ? -1 : BlockingRule.sound(t, t.given[i]) & 0xffffffffL,
			(t, i) -> t.family[i] == Vocabulary.NONE ? -1 : BlockingRule.sound(t, t.family[i]) & 0xffffffffL,
			(t, i) -> t.month[i] == 0 || t.day[i] == 0 ? -1 : Math.min(t.month[i], t.day[i]) * 32L + Math.max(t.month[i], t.day[i]),
			(t, i) -> t.postcode[i] != Vocabulary.NONE && t.postcodeDistrict[t.postcode[i]] != Vocabulary.NONE
					? t.postcodeDistrict[t.postcode[i]]
					: t.locality[i] == Vocabulary.NONE ? -1 : (1L << 32) + t.locality[i],
			(t, i) -> t.given[i] == Vocabulary.NONE ? -1 : t.given[i]);

	static Result candidates(PairComparer comparer, List<BlockingRule> rules, int maxBlockSize, boolean crossSourceOnly,
			ExecutorService executor, int tasks, Consumer<String> progress) {
		RecordTable t = comparer.table();
		if (t.size > MAX_RECORDS) {
			throw new IllegalArgumentException("at most " + MAX_RECORDS + " records can be linked in one run");
		}
		long[][] keys = new long[rules.size()][];
		List<PairBuffer> found = new ArrayList<>();
		List<RuleSummary> summaries = new ArrayList<>();
		AtomicLong compared = new AtomicLong();
		for (int r = 0; r < rules.size(); r++) {
			BlockingRule rule = rules.get(r);
			long[] ruleKeys = new long[t.size];
			int keyed = 0;
			for (int i = 0; i < t.size; i++) {
				ruleKeys[i] = rule.key(t, i);
				if (ruleKeys[i] != BlockingRule.NO_KEY) {
					keyed++;
				}
			}
			long[] sorted = new long[keyed];
			int n = 0;
			for (int i = 0; i < t.size; i++) {
				if (ruleKeys[i] != BlockingRule.NO_KEY) {
					sorted[n++] = ruleKeys[i] << INDEX_BITS | i;
				}
			}
			Arrays.sort(sorted);
			IntList blockStarts = new IntList();
			long[] counts = new long[3]; // pairs, records skipped, records in divided blocks
			addBlocks(t, ruleKeys, sorted, 0, n, 0, maxBlockSize, blockStarts, counts);
			long rulePairs = counts[0];
			long oversized = counts[1];
			long divided = counts[2];
			keys[r] = ruleKeys;
			List<PairBuffer> ruleFound = compareBlocks(comparer, keys, r, sorted, blockStarts, rulePairs, crossSourceOnly,
					executor, tasks, compared, progress, rule);
			long kept = 0;
			for (PairBuffer buffer : ruleFound) {
				kept += buffer.size;
			}
			found.addAll(ruleFound);
			summaries.add(new RuleSummary(rule, kept, oversized, divided));
			progress.accept(String.format("blocking rule %d of %d (%s): %,d new pairs%s%s", r + 1, rules.size(),
					rule.description, kept,
					divided == 0 ? "" : String.format("; %,d records in blocks over %,d divided further", divided,
							maxBlockSize),
					oversized == 0 ? "" : String.format(
							"; %,d records in blocks over %,d skipped by this rule", oversized, maxBlockSize)));
		}
		return new Result(PairBuffer.concat(found), summaries, keys);
	}

	/**
	 * Finds the blocks among sorted[from, to) (packed key and record index, sorted by key) and adds
	 * each of two or more records to blockStarts. A block over the cap has its records' keys mixed
	 * with the next {@link #SUB_KEYS sub-key} and is sorted and searched again; ruleKeys follows, so
	 * that whether a rule blocked a pair together stays one comparison of keys.
	 */
	private static void addBlocks(RecordTable t, long[] ruleKeys, long[] sorted, int from, int to, int level,
			int maxBlockSize, IntList blockStarts, long[] counts) {
		for (int start = from; start < to;) {
			long key = sorted[start] >>> INDEX_BITS;
			int end = start + 1;
			while (end < to && sorted[end] >>> INDEX_BITS == key) {
				end++;
			}
			int size = end - start;
			if (size > maxBlockSize && level < SUB_KEYS.size()) {
				if (level == 0) {
					counts[2] += size;
				}
				SubKey sub = SUB_KEYS.get(level);
				for (int k = start; k < end; k++) {
					int i = index(sorted[k]);
					long subKey = BlockingRule.subKey(key, sub.of(t, i), level);
					ruleKeys[i] = subKey;
					sorted[k] = subKey << INDEX_BITS | i;
				}
				Arrays.sort(sorted, start, end);
				addBlocks(t, ruleKeys, sorted, start, end, level + 1, maxBlockSize, blockStarts, counts);
			}
			else if (size > maxBlockSize) {
				counts[1] += size;
				for (int k = start; k < end; k++) {
					ruleKeys[index(sorted[k])] = BlockingRule.NO_KEY;
				}
			}
			else if (size > 1) {
				blockStarts.add(start);
				blockStarts.add(end);
				counts[0] += (long) size * (size - 1) / 2;
			}
			start = end;
		}
	}

	private static List<PairBuffer> compareBlocks(PairComparer comparer, long[][] keys, int rule, long[] sorted,
			IntList blockStarts, long rulePairs, boolean crossSourceOnly, ExecutorService executor, int tasks,
			AtomicLong compared, Consumer<String> progress, BlockingRule ruleName) {
		int blocks = blockStarts.size() / 2;
		// Split the blocks into chunks of about equal numbers of pairs, more chunks than threads.
		int chunks = (int) Math.max(1, Math.min(blocks, Math.min(tasks * 8L, rulePairs / 20_000 + 1)));
		long perChunk = rulePairs / chunks + 1;
		List<int[]> ranges = new ArrayList<>();
		int from = 0;
		long acc = 0;
		for (int b = 0; b < blocks; b++) {
			long size = blockStarts.get(2 * b + 1) - blockStarts.get(2 * b);
			acc += size * (size - 1) / 2;
			if (acc >= perChunk || b == blocks - 1) {
				ranges.add(new int[] { from, b + 1 });
				from = b + 1;
				acc = 0;
			}
		}
		List<Future<PairBuffer>> futures = new ArrayList<>();
		for (int[] range : ranges) {
			futures.add(executor.submit(() -> compareRange(comparer, keys, rule, sorted, blockStarts, range[0], range[1],
					crossSourceOnly, compared)));
		}
		List<PairBuffer> out = new ArrayList<>();
		long lastReport = System.nanoTime();
		for (Future<PairBuffer> future : futures) {
			while (true) {
				try {
					out.add(future.get(1, TimeUnit.SECONDS));
					break;
				}
				catch (TimeoutException stillRunning) {
					if (System.nanoTime() - lastReport > 10_000_000_000L) {
						lastReport = System.nanoTime();
						progress.accept(String.format("  %s: %,d pairs compared so far", ruleName.description,
								compared.get()));
					}
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted while comparing pairs", e);
				}
				catch (ExecutionException e) {
					throw new IllegalStateException("comparing pairs failed", e.getCause());
				}
			}
		}
		return out;
	}

	private static PairBuffer compareRange(PairComparer comparer, long[][] keys, int rule, long[] sorted,
			IntList blockStarts, int fromBlock, int toBlock, boolean crossSourceOnly, AtomicLong compared) {
		RecordTable t = comparer.table();
		PairBuffer buffer = new PairBuffer(1024);
		long count = 0;
		for (int b = fromBlock; b < toBlock; b++) {
			int start = blockStarts.get(2 * b);
			int end = blockStarts.get(2 * b + 1);
			for (int x = start; x < end; x++) {
				int i = index(sorted[x]);
				for (int y = x + 1; y < end; y++) {
					int j = index(sorted[y]);
					if (crossSourceOnly && t.source[i] == t.source[j] || foundByEarlierRule(keys, rule, i, j)) {
						continue;
					}
					int a = Math.min(i, j);
					int c = Math.max(i, j);
					buffer.add(a, c, comparer.pattern(a, c));
					count++;
				}
			}
		}
		compared.addAndGet(count);
		return buffer;
	}

	static boolean foundByEarlierRule(long[][] keys, int rule, int i, int j) {
		for (int q = 0; q < rule; q++) {
			long k = keys[q][i];
			if (k != BlockingRule.NO_KEY && k == keys[q][j]) {
				return true;
			}
		}
		return false;
	}

	private static int index(long packed) {
		return (int) (packed & (MAX_RECORDS - 1));
	}

	/** A growable int array. */
	static final class IntList {

		private int[] values = new int[64];

		private int size;

		void add(int value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = value;
		}

		int get(int i) {
			return values[i];
		}

		int size() {
			return size;
		}
	}
}
