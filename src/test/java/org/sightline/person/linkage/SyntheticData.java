package org.sightline.person.linkage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.sightline.person.linkage.bench.SyntheticPeople;

/** Synthetic records with known duplicates and households, read back as the CLI reads them. */
final class SyntheticData {

	private SyntheticData() {
	}

	static PersonCsv.Loaded people(int records, long seed) {
		try {
			Path file = Files.createTempFile("synthetic-people", ".csv");
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				SyntheticPeople.write(records, seed, out);
			}
			PersonCsv.Loaded loaded = PersonCsv.read(file, problem -> {
				throw new AssertionError(problem);
			});
			Files.delete(file);
			return loaded;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
