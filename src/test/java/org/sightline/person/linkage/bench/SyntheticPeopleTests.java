package org.sightline.person.linkage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SyntheticPeopleTests {

	@Test
	@DisplayName("the generator writes the records asked for, in FEBRL format, with the true pairs it reports")
	void writesRecordsWithKnownDuplicates() throws IOException {
		StringWriter out = new StringWriter();

		int[] counts = SyntheticPeople.write(2_000, 9, out);

		List<String> lines = out.toString().lines().toList();
		assertThat(lines.get(0)).isEqualTo(SyntheticPeople.HEADER);
		assertThat(lines).hasSize(2_001);
		assertThat(lines.subList(1, lines.size())).allMatch(line -> line.split(", ", -1).length == 11);
		Map<String, Integer> recordsPerPerson = new HashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			recordsPerPerson.merge(line.split("-")[1], 1, Integer::sum);
		}
		long truePairs = recordsPerPerson.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
		assertThat(recordsPerPerson).hasSize(counts[0]);
		assertThat(truePairs).isEqualTo(counts[1]).isGreaterThan(500);
	}

	@Test
	@DisplayName("the same seed gives the same records")
	void repeatable() throws IOException {
		StringWriter a = new StringWriter();
		StringWriter b = new StringWriter();
		SyntheticPeople.write(500, 4, a);
		SyntheticPeople.write(500, 4, b);

		assertThat(a.toString()).isEqualTo(b.toString());
	}
}
