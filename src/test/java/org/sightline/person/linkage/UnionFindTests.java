package org.sightline.person.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UnionFindTests {

	@Test
	@DisplayName("links chain into one cluster, and clusters are numbered in order of their first record")
	void connectedComponents() {
		UnionFind clusters = new UnionFind(6);
		clusters.union(4, 1);
		clusters.union(1, 3);
		clusters.union(5, 2);

		assertThat(clusters.clusters()).containsExactly(0, 1, 2, 1, 1, 2);
	}
}
