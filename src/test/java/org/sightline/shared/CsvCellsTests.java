package org.sightline.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/**
 * Every CSV Sightline writes (audit export, simulation, demand figures, linkage output) goes through
 * one cell writer: whatever the value, a spreadsheet reads it back as the same text and never runs it.
 */
class CsvCellsTests {

	/** The value a spreadsheet reads from one cell as written. */
	static String read(String cell) {
		if (cell.startsWith("\"")) {
			return cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
		}
		return cell;
	}

	@Test
	void no_cell_starts_with_what_a_spreadsheet_runs_as_a_formula_and_each_reads_back_as_its_value() {
		qt().forAll(strings().allPossible().ofLengthBetween(0, 12).map(s -> s.isEmpty() ? s : "=+-@\t\r,\"\nx".charAt(s.length() % 10) + s))
			.checkAssert(value -> {
				String read = read(CsvCells.cell(value));
				assertThat(read.isEmpty() || "=+-@\t\r".indexOf(read.charAt(0)) < 0 || read.matches("-[0-9]+(\\.[0-9]+)?"))
					.as("runs as a formula: " + read)
					.isTrue();
				assertThat(read).isIn(value, "'" + value);
			});
	}

	@Test
	void a_formula_is_made_text_and_quoted_where_it_holds_a_comma() {
		assertThat(CsvCells.cell("=HYPERLINK(\"http://evil.example\",\"x\")"))
			.isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
		assertThat(CsvCells.row("@SUM(A1)", "-1+1", "plain")).isEqualTo("'@SUM(A1),'-1+1,plain\n");
	}

	@Test
	void a_plain_negative_number_stays_a_number_but_anything_more_after_a_minus_is_made_text() {
		assertThat(CsvCells.row("-3", "-0.5", "-3+1", "-A1", "-")).isEqualTo("-3,-0.5,'-3+1,'-A1,'-\n");
	}
}
