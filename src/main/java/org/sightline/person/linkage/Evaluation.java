package org.sightline.person.linkage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures a linkage run against the truth: pairwise precision, recall and F1, counting unordered
 * pairs of records (for linkage between two inputs, only pairs with one record from each). Pairs
 * are counted from cluster and truth sizes, never listed, so a million records cost little.
 */
final class Evaluation {

	private Evaluation() {
	}

	/** True positive, false positive and false negative pair counts. */
	record Scores(long truePositives, long falsePositives, long falseNegatives) {

		double precision() {
			long predicted = truePositives + falsePositives;
			return predicted == 0 ? 1 : (double) truePositives / predicted;
		}

		double recall() {
			long actual = truePositives + falseNegatives;
			return actual == 0 ? 1 : (double) truePositives / actual;
		}

		double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}
	}

	/** Truth as integers; a record without a label is its own person. */
	static int[] truthIds(List<String> labels) {
		Map<String, Integer> ids = new HashMap<>();
		int[] out = new int[labels.size()];
		int next = 0;
		for (int i = 0; i < out.length; i++) {
			String label = labels.get(i);
			if (label == null) {
				out[i] = next++;
				ids.put("\u0000unlabelled" + i, out[i]);
			}
			else {
				Integer id = ids.get(label);
				if (id == null) {
					id = next++;
					ids.put(label, id);
				}
				out[i] = id;
			}
		}
		return out;
	}

	/** Pairs of records in the same cluster, against pairs that are truly the same person. */
	static Scores clusters(LinkageResult result, int[] truth, boolean crossSourceOnly) {
		RecordTable t = result.table();
		long truePairs = pairsWithin(truth, null, t, crossSourceOnly);
		int[] clusters = new int[t.size];
		for (int i = 0; i < t.size; i++) {
			clusters[i] = result.clusterOf(i);
		}
		long predicted = pairsWithin(clusters, null, t, crossSourceOnly);
		long correct = pairsWithin(clusters, truth, t, crossSourceOnly);
		return new Scores(correct, predicted - correct, truePairs - correct);
	}

	/** The links themselves (pairs at or above the link threshold), before clustering. */
	static Scores links(LinkageResult result, int[] truth, boolean crossSourceOnly) {
		RecordTable t = result.table();
		long truePairs = pairsWithin(truth, null, t, crossSourceOnly);
		double link = LinkageModel.weightOf(result.model().settings().linkAbove());
		PairBuffer pairs = result.pairs();
		float[] weights = result.weights();
		long tp = 0;
		long fp = 0;
		for (int p = 0; p < pairs.size; p++) {
			if (weights[p] >= link) {
				if (truth[pairs.left[p]] == truth[pairs.right[p]]) {
					tp++;
				}
				else {
					fp++;
				}
			}
		}
		return new Scores(tp, fp, truePairs - tp);
	}

	/** Share of the true pairs that blocking made candidates: the most recall the run could have. */
	static double blockingRecall(LinkageResult result, int[] truth, boolean crossSourceOnly) {
		RecordTable t = result.table();
		long truePairs = pairsWithin(truth, null, t, crossSourceOnly);
		PairBuffer pairs = result.pairs();
		long found = 0;
		for (int p = 0; p < pairs.size; p++) {
			if (truth[pairs.left[p]] == truth[pairs.right[p]]) {
				found++;
			}
		}
		return truePairs == 0 ? 1 : (double) found / truePairs;
	}

	/**
	 * Judged pairs only: a pair counts as linked when its records share a cluster. Pairs whose ids
	 * are not among the records are left out and counted in {@code unknown[0]}.
	 */
	static Scores labelled(LinkageResult result, List<PersonCsv.LabelledPair> labels, boolean crossSourceOnly,
			int[] unknown) {
		RecordTable t = result.table();
		Map<String, Integer> left = new HashMap<>();
		Map<String, Integer> right = new HashMap<>();
		for (int i = 0; i < t.size; i++) {
			if (t.source[i] == 0) {
				left.putIfAbsent(t.ids[i], i);
			}
			else {
				right.putIfAbsent(t.ids[i], i);
			}
		}
		Map<String, Integer> rightIds = crossSourceOnly ? right : left;
		long tp = 0;
		long fp = 0;
		long fn = 0;
		for (PersonCsv.LabelledPair pair : labels) {
			Integer a = left.get(pair.leftId());
			Integer b = rightIds.get(pair.rightId());
			if (a == null || b == null) {
				unknown[0]++;
				continue;
			}
			boolean linked = result.clusterOf(a) == result.clusterOf(b);
			if (linked && pair.samePerson()) {
				tp++;
			}
			else if (linked) {
				fp++;
			}
			else if (pair.samePerson()) {
				fn++;
			}
		}
		return new Scores(tp, fp, fn);
	}

	/**
	 * Pairs within groups: with {@code second} null, pairs of records in the same group of
	 * {@code first}; otherwise pairs in the same group of both.
	 */
	private static long pairsWithin(int[] first, int[] second, RecordTable t, boolean crossSourceOnly) {
		Map<Long, long[]> groups = new HashMap<>();
		for (int i = 0; i < first.length; i++) {
			long key = second == null ? first[i] : ((long) first[i] << 32) | (second[i] & 0xffffffffL);
			long[] counts = groups.computeIfAbsent(key, k -> new long[2]);
			counts[crossSourceOnly ? t.source[i] : 0]++;
		}
		long pairs = 0;
		for (long[] counts : groups.values()) {
			pairs += crossSourceOnly ? counts[0] * counts[1] : counts[0] * (counts[0] - 1) / 2;
		}
		return pairs;
	}
}
