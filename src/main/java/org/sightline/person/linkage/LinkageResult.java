package org.sightline.person.linkage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a linkage run: which cluster (person) each record was put in, the pairs left for
 * review, the fitted model and what the run cost. Records are numbered in input order: for linkage
 * between two inputs, the first input's records come first.
 */
public final class LinkageResult {

	private final RecordTable table;

	private final PairBuffer pairs;

	private final float[] weights;

	private final LinkageModel model;

	private final List<Blocking.RuleSummary> rules;

	private final Clustering.Outcome clustering;

	private final Duration elapsed;

	LinkageResult(RecordTable table, PairBuffer pairs, float[] weights, LinkageModel model,
			List<Blocking.RuleSummary> rules, Clustering.Outcome clustering, Duration elapsed) {
		this.table = table;
		this.pairs = pairs;
		this.weights = weights;
		this.model = model;
		this.rules = rules;
		this.clustering = clustering;
		this.elapsed = elapsed;
	}

	/** A pair of records offered for review, by their positions in the input. */
	public record ReviewPair(int left, int right, String leftId, String rightId, double matchWeight,
			double matchProbability) {
	}

	public int records() {
		return table.size;
	}

	public String recordId(int index) {
		return table.ids[index];
	}

	/** The cluster of a record: records with the same number are taken to be the same person. */
	public int clusterOf(int index) {
		return clustering.clusterOf()[index];
	}

	/** How many clusters (people) the records fell into. */
	public int clusterCount() {
		int max = -1;
		for (int c : clustering.clusterOf()) {
			max = Math.max(max, c);
		}
		return max + 1;
	}

	/** Pairs compared in full after blocking. */
	public long pairsCompared() {
		return pairs.size;
	}

	/** Pairs at or above the link threshold. */
	public long links() {
		return clustering.links();
	}

	/** Links not followed because they would have put records scored against a match in one cluster. */
	public int linksRefused() {
		return clustering.linksRefused();
	}

	/**
	 * Why clusters were kept apart, one line each: how many joins were refused, and for each field
	 * and level that weighed most against them, how many.
	 */
	public List<String> clusteringSummary() {
		List<String> out = new ArrayList<>();
		out.add(String.format("clusters kept apart: %,d (%,d links not followed because records they would join "
				+ "were scored as different people)", clustering.clustersKeptApart(), clustering.linksRefused()));
		clustering.reasons().entrySet().stream()
				.sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
				.forEach(e -> out.add(String.format("  %,8d  %s", e.getValue(), e.getKey())));
		return out;
	}

	/** Pairs between the thresholds whose records were not put in one cluster anyway. */
	public List<ReviewPair> reviewPairs() {
		double link = LinkageModel.weightOf(model.settings().linkAbove());
		double review = LinkageModel.weightOf(model.settings().reviewAbove());
		List<ReviewPair> out = new ArrayList<>();
		for (int p = 0; p < pairs.size; p++) {
			double w = weights[p];
			int a = pairs.left[p];
			int b = pairs.right[p];
			if (w >= review && w < link && clustering.clusterOf()[a] != clustering.clusterOf()[b]) {
				out.add(new ReviewPair(a, b, table.ids[a], table.ids[b], w, LinkageModel.probability(w)));
			}
		}
		return out;
	}

	public LinkageModel model() {
		return model;
	}

	public Duration elapsed() {
		return elapsed;
	}

	/**
	 * One line per blocking rule: the new pairs it found, the records in blocks over the cap that were
	 * divided further, and the records left out because a block was still over the cap.
	 */
	public List<String> blockingSummary() {
		List<String> out = new ArrayList<>();
		for (Blocking.RuleSummary rule : rules) {
			out.add(String.format("%-58s %,12d pairs%s%s", rule.rule().description, rule.pairs(),
					rule.recordsInDividedBlocks() == 0 ? ""
							: String.format(" (%,d records in large blocks divided further)", rule.recordsInDividedBlocks()),
					rule.recordsInOversizedBlocks() == 0 ? ""
							: String.format(" (%,d records left out in blocks still too large)",
									rule.recordsInOversizedBlocks())));
		}
		return out;
	}

	/** The records and pairs themselves, for evaluation inside this package. */
	RecordTable table() {
		return table;
	}

	PairBuffer pairs() {
		return pairs;
	}

	float[] weights() {
		return weights;
	}
}
