package org.sightline.person.linkage;

/**
 * Disjoint sets over record indices, for clustering the links. Each set also keeps its members as
 * a circular list, so a set can be walked ({@link #nextMember}) without scanning every record.
 */
final class UnionFind {

	private final int[] parent;

	private final int[] size;

	/** Members of a set as a circular list: following next from any member visits all of them. */
	private final int[] next;

	UnionFind(int n) {
		parent = new int[n];
		size = new int[n];
		next = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
			size[i] = 1;
			next[i] = i;
		}
	}

	/** How many members the set with this root has. */
	int size(int root) {
		return size[root];
	}

	/** The member after x in its set's circular list; from any member, back to it after the whole set. */
	int nextMember(int x) {
		return next[x];
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
		int swap = next[ra];
		next[ra] = next[rb];
		next[rb] = swap;
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
