package org.sightline.person.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FullNameTests {

	@Test
	@DisplayName("a whole name gives the first word after titles as given name and the last as surname")
	void firstAndLastWords() {
		assertThat(FullName.split("Mr John A Smith")).isEqualTo(new FullName("John", "Smith"));
		assertThat(FullName.split("  Dr.  Mary Ann   O'Brien-Kelly Jnr ")).isEqualTo(new FullName("Mary", "O'Brien-Kelly"));
		assertThat(FullName.split("Sir Peregrine Whitlock")).isEqualTo(new FullName("Peregrine", "Whitlock"));
	}

	@Test
	@DisplayName("with a comma the surname comes first")
	void surnameFirst() {
		assertThat(FullName.split("SMITH, Mr John Andrew")).isEqualTo(new FullName("John", "SMITH"));
		assertThat(FullName.split("Smith,")).isEqualTo(new FullName(null, "Smith"));
	}

	@Test
	@DisplayName("one word is a surname; honorifics alone are no name; a title that is a surname is kept")
	void oneWord() {
		assertThat(FullName.split("Mrs Smith")).isEqualTo(new FullName(null, "Smith"));
		assertThat(FullName.split("Mr")).isEqualTo(new FullName(null, null));
		assertThat(FullName.split("")).isEqualTo(new FullName(null, null));
		assertThat(FullName.split("Mr Lord")).isEqualTo(new FullName(null, "Lord"));
	}
}
