package org.sightline.person.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sightline.person.linkage.PersonRecordBuilder.aPerson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NicknamesTests {

	@TempDir
	Path dir;

	private static boolean nicknames(Nicknames table, String a, String b) {
		return Nicknames.shareGroup(table.groupsOf(Text.name(a)), table.groupsOf(Text.name(b)));
	}

	private Path localFile() throws IOException {
		return Files.write(dir.resolve("local.txt"), List.of("# our force's local forms", "dafydd taff"),
				StandardCharsets.UTF_8);
	}

	@Test
	@DisplayName("the bundled table does not know the local form Taff, so the test below proves the file adds it")
	void bundledTableLacksTheLocalForm() throws IOException {
		String bundled;
		try (InputStream in = Nicknames.class.getResourceAsStream(Nicknames.RESOURCE)) {
			bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(bundled).doesNotContainPattern("(?im)\\btaff\\b");
		assertThat(nicknames(Nicknames.standard(), "Taff", "Dafydd")).isFalse();
	}

	@Test
	@DisplayName("a force's nickname file adds its groups to the bundled table, which keeps its own")
	void aForceFileAddsLocalForms() throws IOException {
		Nicknames extended = Nicknames.standardWith(List.of(localFile()));

		assertThat(nicknames(extended, "Taff", "Dafydd")).isTrue();
		assertThat(nicknames(extended, "Rob", "Robert")).isTrue();
		assertThat(extended.variantsOf("taff")).contains("dafydd");
	}

	@Test
	@DisplayName("with the force's file, the comparer finds the local form a nickname; without it, it does not")
	void theComparerUsesTheForceFile() throws IOException {
		List<PersonRecord> records = List.of(aPerson().named("Taff", "Pritchard").build(),
				aPerson().named("Dafydd", "Pritchard").build());

		assertThat(givenNameLevel(records, Nicknames.standard())).isNotEqualTo(Level.NICKNAME);
		assertThat(givenNameLevel(records, Nicknames.standardWith(List.of(localFile())))).isEqualTo(Level.NICKNAME);
	}

	private static Level givenNameLevel(List<PersonRecord> records, Nicknames table) {
		RecordTable t = RecordTable.of(records, i -> 0, table);
		return new PairComparer(t).describe(0, 1).stream().filter(c -> c.field() == Field.GIVEN_NAME).findFirst()
				.orElseThrow().level();
	}

	@Test
	@DisplayName("a nickname file that does not exist is refused, naming it")
	void missingFileIsRefused() {
		Path missing = dir.resolve("nowhere.txt");

		assertThatThrownBy(() -> Nicknames.standardWith(List.of(missing))).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("nickname file " + missing + " does not exist");
	}

	@Test
	@DisplayName("the bundled table knows common British forms: Gary and Gareth (Gaz), Dai, Baz, Kaz, Shaz, Del, Tel, Wendy")
	void commonBritishForms() {
		Nicknames table = Nicknames.standard();

		assertThat(nicknames(table, "Gary", "Gareth")).isTrue();
		assertThat(nicknames(table, "Gaz", "Gareth")).isTrue();
		assertThat(nicknames(table, "Dai", "David")).isTrue();
		assertThat(nicknames(table, "Dafydd", "Dave")).isTrue();
		assertThat(nicknames(table, "Baz", "Barry")).isTrue();
		assertThat(nicknames(table, "Kaz", "Karen")).isTrue();
		assertThat(nicknames(table, "Shaz", "Sharon")).isTrue();
		assertThat(nicknames(table, "Del", "Derek")).isTrue();
		assertThat(nicknames(table, "Tel", "Terry")).isTrue();
		assertThat(nicknames(table, "Jimmy", "James")).isTrue();
		assertThat(nicknames(table, "Wendy", "Gwendolyn")).isTrue();
		assertThat(nicknames(table, "Gary", "Barry")).isFalse();
	}
}
