package org.sightline.person.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Given names people use for one another (Rob and Robert, Bill and William), read from a table
 * of groups. Two names are nicknames of each other when some group holds both. The bundled table
 * covers common British, Irish and Welsh usage; a force adds its own local forms in files of the same
 * format ({@link #standardWith}), because what people are called varies from place to place and no
 * one table can know it all.
 */
final class Nicknames {

	static final String RESOURCE = "/person/linkage/nicknames.txt";

	private static final int[] NONE = new int[0];

	private final Map<String, int[]> groupsByName;

	/** Per group: its names, for finding every name a given name may be recorded under. */
	private final java.util.List<java.util.List<String>> namesByGroup;

	private Nicknames(Map<String, int[]> groupsByName) {
		this.groupsByName = groupsByName;
		java.util.List<java.util.List<String>> byGroup = new java.util.ArrayList<>();
		groupsByName.forEach((name, groups) -> {
			for (int g : groups) {
				while (byGroup.size() <= g) {
					byGroup.add(new java.util.ArrayList<>());
				}
				byGroup.get(g).add(name);
			}
		});
		this.namesByGroup = byGroup;
	}

	/** The normalised name and every name sharing a group with it (Bob: bob, robert, rob, bobby …). */
	java.util.Set<String> variantsOf(String normalisedName) {
		java.util.Set<String> out = new java.util.TreeSet<>();
		if (normalisedName == null) {
			return out;
		}
		out.add(normalisedName);
		for (int g : groupsOf(normalisedName)) {
			out.addAll(namesByGroup.get(g));
		}
		return out;
	}

	static Nicknames standard() {
		try {
			return standardWith(List.of());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The bundled table with the groups of each extra file added after it (same format: one group
	 * per line, # for comments). A file that does not exist is refused with an
	 * {@link IllegalArgumentException} naming it, as other bad input is.
	 */
	static Nicknames standardWith(List<Path> extraFiles) throws IOException {
		for (Path file : extraFiles) {
			if (!Files.isRegularFile(file)) {
				throw new IllegalArgumentException("nickname file " + file + " does not exist or is not a file");
			}
		}
		Groups groups = new Groups();
		try (InputStream in = Nicknames.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + RESOURCE);
			}
			groups.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		for (Path file : extraFiles) {
			try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				groups.read(reader);
			}
		}
		return new Nicknames(groups.byName);
	}

	static Nicknames read(BufferedReader reader) throws IOException {
		Groups groups = new Groups();
		groups.read(reader);
		return new Nicknames(groups.byName);
	}

	/** Groups read so far, numbered in the order read, so that later files add groups and never renumber. */
	private static final class Groups {

		final Map<String, int[]> byName = new HashMap<>();

		int next;

		void read(BufferedReader reader) throws IOException {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				for (String token : trimmed.split("\\s+")) {
					String name = Text.name(token);
					if (name != null) {
						int[] known = byName.getOrDefault(name, NONE);
						if (known.length == 0 || known[known.length - 1] != next) {
							int[] grown = Arrays.copyOf(known, known.length + 1);
							grown[known.length] = next;
							byName.put(name, grown);
						}
					}
				}
				next++;
			}
		}
	}

	/** The groups a normalised given name belongs to, in increasing order; empty when none. */
	int[] groupsOf(String normalisedName) {
		return normalisedName == null ? NONE : groupsByName.getOrDefault(normalisedName, NONE);
	}

	static boolean shareGroup(int[] a, int[] b) {
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				return true;
			}
			if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return false;
	}
}
