package org.sightline.person.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Clustering must not chain: links join clusters strongest first, and never so that two records
 * compared and scored as different people end up in one cluster. Checked on generated graphs of
 * pairs against the plain rules it must keep.
 */
class ClusteringTests {

	static final double LINK = LinkageModel.weightOf(0.95);

	static final double APART = LinkageModel.weightOf(0.05);

	static final float[] WEIGHTS = { -12f, -6f, -4.5f, -4.25f, -1f, 0f, 2f, 4.25f, 5f, 9f, 14f };

	/** A generated set of records and scored pairs. */
	record Graph(int size, PairBuffer pairs, float[] weights) {

		static Graph generated(long seed) {
			Random random = new Random(seed);
			int size = 2 + random.nextInt(14);
			PairBuffer pairs = new PairBuffer(16);
			List<Float> weights = new ArrayList<>();
			for (int a = 0; a < size; a++) {
				for (int b = a + 1; b < size; b++) {
					if (random.nextInt(3) == 0) {
						pairs.add(a, b, 0);
						weights.add(WEIGHTS[random.nextInt(WEIGHTS.length)]);
					}
				}
			}
			float[] w = new float[weights.size()];
			for (int i = 0; i < w.length; i++) {
				w[i] = weights.get(i);
			}
			return new Graph(size, pairs, w);
		}

		Clustering.Outcome clustered(double apart) {
			return Clustering.cluster(size, pairs, weights, LINK, apart, p -> "reason " + p);
		}

		int[] components() {
			UnionFind components = new UnionFind(size);
			for (int p = 0; p < pairs.size; p++) {
				if (weights[p] >= LINK) {
					components.union(pairs.left[p], pairs.right[p]);
				}
			}
			return components.clusters();
		}

		/** Whether some pair scored as different people has one record in each cluster (or both in one). */
		boolean keptApart(int[] clusterOf, int x, int y) {
			for (int p = 0; p < pairs.size; p++) {
				int a = clusterOf[pairs.left[p]];
				int b = clusterOf[pairs.right[p]];
				if (weights[p] <= APART && (a == x && b == y || a == y && b == x)) {
					return true;
				}
			}
			return false;
		}
	}

	@Test
	void no_cluster_holds_two_records_scored_as_different_people() {
		qt().forAll(longs().all()).checkAssert(seed -> {
			Graph g = Graph.generated(seed);
			int[] clusterOf = g.clustered(APART).clusterOf();
			for (int p = 0; p < g.pairs().size; p++) {
				if (g.weights()[p] <= APART) {
					assertThat(clusterOf[g.pairs().left[p]]).as("pair %d (weight %s)", p, g.weights()[p])
						.isNotEqualTo(clusterOf[g.pairs().right[p]]);
				}
			}
		});
	}

	@Test
	void records_are_clustered_together_only_through_links() {
		qt().forAll(longs().all()).checkAssert(seed -> {
			Graph g = Graph.generated(seed);
			int[] clusterOf = g.clustered(APART).clusterOf();
			int[] components = g.components();
			for (int a = 0; a < g.size(); a++) {
				for (int b = 0; b < g.size(); b++) {
					if (clusterOf[a] == clusterOf[b]) {
						assertThat(components[a]).isEqualTo(components[b]);
					}
				}
			}
		});
	}

	@Test
	void a_link_is_left_unfollowed_only_when_following_it_would_join_records_scored_as_different_people() {
		qt().forAll(longs().all()).checkAssert(seed -> {
			Graph g = Graph.generated(seed);
			Clustering.Outcome outcome = g.clustered(APART);
			int[] clusterOf = outcome.clusterOf();
			for (int p = 0; p < g.pairs().size; p++) {
				int x = clusterOf[g.pairs().left[p]];
				int y = clusterOf[g.pairs().right[p]];
				if (g.weights()[p] >= LINK && x != y) {
					assertThat(g.keptApart(clusterOf, x, y)).as("link %d left unfollowed without cause", p).isTrue();
					assertThat(outcome.linksRefused()).isPositive();
				}
			}
		});
	}

	@Test
	void with_nothing_kept_apart_clusters_are_the_connected_components_of_the_links() {
		qt().forAll(longs().all()).checkAssert(seed -> {
			Graph g = Graph.generated(seed);
			Clustering.Outcome outcome = g.clustered(Double.NEGATIVE_INFINITY);
			assertThat(outcome.clusterOf()).containsExactly(g.components());
			assertThat(outcome.linksRefused()).isZero();
		});
	}

	@Test
	void a_chain_through_a_shared_record_does_not_join_two_people_with_different_dates_of_birth() {
		// 0 and 2 are two people who each link to record 1 (a sparse record); 0 and 2 were compared and differ.
		PairBuffer pairs = new PairBuffer(3);
		pairs.add(0, 1, 0);
		pairs.add(1, 2, 0);
		pairs.add(0, 2, 0);
		float[] weights = { 9f, 6f, -11f };

		Clustering.Outcome outcome = Clustering.cluster(3, pairs, weights, LINK, APART,
				p -> "date of birth: different");

		assertThat(outcome.clusterOf()).as("the stronger link is followed, the weaker refused").containsExactly(0, 0, 1);
		assertThat(outcome.linksRefused()).isEqualTo(1);
		assertThat(outcome.clustersKeptApart()).isEqualTo(1);
		assertThat(outcome.reasons()).containsEntry("date of birth: different", 1);
		assertThat(Clustering.cluster(3, pairs, weights, LINK, Double.NEGATIVE_INFINITY, p -> "").clusterOf())
			.as("connected components would chain all three").containsExactly(0, 0, 0);
	}
}
