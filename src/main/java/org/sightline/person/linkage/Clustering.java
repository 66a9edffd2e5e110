package org.sightline.person.linkage;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Puts linked records into clusters without chaining. Connected components alone join A to C
 * whenever A links to B and B links to C, even when A and C were compared and scored as different
 * people (another date of birth, another sex): one false link can merge two households. Here the
 * links are taken strongest first, and two clusters are joined only if no pair of records across
 * them was scored strongly against a match (at or below the keep-apart weight). A join that is
 * refused is counted with the field that spoke most strongly against it.
 *
 * <p>Only pairs that were compared can keep records apart: records never blocked together say
 * nothing either way. Pairs scored against a match are looked at only inside the components the
 * links would make, which keeps the work small however many candidate pairs there are.
 */
final class Clustering {

	private Clustering() {
	}

	/**
	 * @param size        how many records
	 * @param pairs       the candidate pairs
	 * @param weights     each pair's match weight
	 * @param linkWeight  weight at or above which a pair is a link
	 * @param apartWeight weight at or below which a pair keeps its records' clusters apart
	 * @param reasonOf    for a pair's index, the field and level that weighed most against it
	 */
	static Outcome cluster(int size, PairBuffer pairs, float[] weights, double linkWeight, double apartWeight,
			IntFunction<String> reasonOf) {
		int linkCount = 0;
		UnionFind components = new UnionFind(size);
		for (int p = 0; p < pairs.size; p++) {
			if (weights[p] >= linkWeight) {
				components.union(pairs.left[p], pairs.right[p]);
				linkCount++;
			}
		}
		// The pairs scored against a match whose records the links would put in one cluster.
		int apartCount = 0;
		int[] degree = new int[size];
		for (int p = 0; p < pairs.size; p++) {
			if (weights[p] <= apartWeight && components.find(pairs.left[p]) == components.find(pairs.right[p])) {
				degree[pairs.left[p]]++;
				degree[pairs.right[p]]++;
				apartCount++;
			}
		}
		if (apartCount == 0) {
			return new Outcome(components.clusters(), linkCount, 0, 0, Map.of());
		}
		// Each record's apart partners, with the pair's index for the reason (compressed rows).
		int[] start = new int[size + 1];
		for (int i = 0; i < size; i++) {
			start[i + 1] = start[i] + degree[i];
		}
		int[] partner = new int[2 * apartCount];
		int[] pairOf = new int[2 * apartCount];
		int[] fill = Arrays.copyOf(start, size);
		for (int p = 0; p < pairs.size; p++) {
			int a = pairs.left[p];
			int b = pairs.right[p];
			if (weights[p] <= apartWeight && components.find(a) == components.find(b)) {
				partner[fill[a]] = b;
				pairOf[fill[a]++] = p;
				partner[fill[b]] = a;
				pairOf[fill[b]++] = p;
			}
		}
		// Links strongest first.
		int[] links = new int[linkCount];
		int n = 0;
		for (int p = 0; p < pairs.size; p++) {
			if (weights[p] >= linkWeight) {
				links[n++] = p;
			}
		}
		Integer[] order = new Integer[linkCount];
		for (int i = 0; i < linkCount; i++) {
			order[i] = links[i];
		}
		Arrays.sort(order, (x, y) -> Float.compare(weights[y], weights[x]));

		UnionFind clusters = new UnionFind(size);
		Set<Long> refusedRoots = new HashSet<>();
		Map<String, Integer> reasons = new LinkedHashMap<>();
		int refused = 0;
		int keptApart = 0;
		for (Integer p : order) {
			int ra = clusters.find(pairs.left[p]);
			int rb = clusters.find(pairs.right[p]);
			if (ra == rb) {
				continue;
			}
			long key = ra < rb ? (long) ra << 32 | rb : (long) rb << 32 | ra;
			if (refusedRoots.contains(key)) {
				refused++;
				continue;
			}
			int against = pairAgainst(clusters, ra, rb, start, partner, pairOf);
			if (against >= 0) {
				refusedRoots.add(key);
				refused++;
				keptApart++;
				reasons.merge(reasonOf.apply(against), 1, Integer::sum);
				continue;
			}
			clusters.union(ra, rb);
		}
		return new Outcome(clusters.clusters(), linkCount, refused, keptApart, reasons);
	}

	/**
	 * @param clusterOf        each record's cluster, numbered 0, 1, 2 … in order of first record
	 * @param links            pairs at or above the link weight, followed or not
	 * @param linksRefused     links not followed because they would join records scored against a match
	 * @param clustersKeptApart distinct pairs of clusters the links would have joined
	 * @param reasons          for each field and level that weighed most against a refused join, how many
	 */
	record Outcome(int[] clusterOf, long links, int linksRefused, int clustersKeptApart, Map<String, Integer> reasons) {
	}

	/** A pair kept apart with one record in each of the two sets, or -1: walks the smaller set. */
	private static int pairAgainst(UnionFind clusters, int ra, int rb, int[] start, int[] partner, int[] pairOf) {
		int small = clusters.size(ra) <= clusters.size(rb) ? ra : rb;
		int other = small == ra ? rb : ra;
		int member = small;
		do {
			for (int k = start[member]; k < start[member + 1]; k++) {
				if (clusters.find(partner[k]) == other) {
					return pairOf[k];
				}
			}
			member = clusters.nextMember(member);
		}
		while (member != small);
		return -1;
	}
}
