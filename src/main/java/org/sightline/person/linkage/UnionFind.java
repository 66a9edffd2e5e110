package org.sightline.person.linkage;

/** Disjoint sets over record indices, for the connected components of the links. */
final class UnionFind {

	private final int[] parent;

	private final int[] size;

	UnionFind(int n) {
		parent = new int[n];
		size = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
			size[i] = 1;
		}
	}

	int find(int x) {
		int root = x;
		while (parent[root] != root) {
			root = parent[root];
		}
		while (parent[x] != root) {
			int next = parent[x];
			parent[x] = root;
			x = next;
		}
		return root;
	}

	void union(int a, int b) {
		int ra = find(a);
		int rb = find(b);
		if (ra == rb) {
			return;
		}
		if (size[ra] < size[rb]) {
			int swap = ra;
			ra = rb;
			rb = swap;
		}
		parent[rb] = ra;
		size[ra] += size[rb];
	}

	/** A cluster number for each element: 0, 1, 2 ... in order of each cluster's first element. */
	int[] clusters() {
		int n = parent.length;
		int[] numberOfRoot = new int[n];
		java.util.Arrays.fill(numberOfRoot, -1);
		int[] out = new int[n];
		int next = 0;
		for (int i = 0; i < n; i++) {
			int root = find(i);
			if (numberOfRoot[root] < 0) {
				numberOfRoot[root] = next++;
			}
			out[i] = numberOfRoot[root];
		}
		return out;
	}
}
