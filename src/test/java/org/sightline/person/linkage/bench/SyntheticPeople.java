package org.sightline.person.linkage.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes N synthetic person records with known duplicates, in the FEBRL CSV format
 * ({@code rec-N-org}, {@code rec-N-dup-k}), for benchmarking linkage at scale. Uses only the JDK.
 *
 * <p>What makes it realistic enough to time: names follow long-tailed (Zipf) frequencies, so common
 * names make large blocks, as in real data (top surname about 1% of records, top given name about
 * 3%); about a third of people share a household (surname and address) with another person, the
 * hard non-matches; about 30% of people have more than one record, and each extra record carries
 * one to three corruptions of the kinds seen in police and partner records: typos, nicknames,
 * given name and surname swapped, day and month swapped, a mistyped year, missing fields, a new
 * address, a mistyped identifier.
 *
 * <pre>java -cp target/test-classes org.sightline.person.linkage.bench.SyntheticPeople 1000000 people.csv [seed]</pre>
 */
public final class SyntheticPeople {

	static final String HEADER = "rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id";

	private static final String[] ONSETS = { "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "l", "m", "n",
			"p", "r", "s", "sh", "st", "t", "th", "tr", "v", "w", "y", "z" };

	private static final String[] VOWELS = { "a", "e", "i", "o", "u", "ai", "ea", "ie", "ou", "y" };

	private static final String[] CODAS = { "", "", "", "n", "r", "l", "s", "th", "ck", "m", "nd", "rt", "ll", "x", "ng" };

	private static final String[] STREET_KINDS = { "street", "road", "lane", "avenue", "close", "drive", "way", "place",
			"crescent", "grove" };

	private static final String[] PREMISES = { "flat 1", "flat 2", "flat 3", "flat 4", "flat 5", "flat 6", "flat 7",
			"flat 8", "the cottage", "rose house", "the lodge", "annexe", "ground floor", "first floor" };

	private static final String[] NICKNAME_PAIRS = { "robert:rob", "robert:bob", "william:bill", "william:will",
			"elizabeth:liz", "elizabeth:beth", "margaret:maggie", "james:jim", "james:jamie", "thomas:tom", "michael:mike",
			"catherine:kate", "katherine:katie", "richard:rich", "richard:dick", "daniel:dan", "samuel:sam",
			"samantha:sam", "jennifer:jenny", "rebecca:becky", "alexander:alex", "christopher:chris", "anthony:tony",
			"edward:ed", "edward:ted", "joseph:joe", "stephen:steve", "patricia:trish", "jonathan:jon", "matthew:matt",
			"nicholas:nick", "victoria:vicky", "susan:sue", "deborah:debbie", "andrew:andy", "benjamin:ben",
			"charles:charlie", "david:dave", "peter:pete", "timothy:tim" };

	private final SplittableRandom random;

	private final String[] givenNames;

	private final double[] givenCumulative;

	private final String[] surnames;

	private final double[] surnameCumulative;

	private final String[] localities;

	private final double[] localityCumulative;

	/** Postcodes, each with its street and locality: about 20 records share a postcode. */
	private final String[] postcodes;

	private final String[] streetOfPostcode;

	private final String[] localityOfPostcode;

	SyntheticPeople(long seed, int people) {
		random = new SplittableRandom(seed);
		List<String> given = new ArrayList<>();
		for (String pair : NICKNAME_PAIRS) {
			String formal = pair.split(":")[0];
			if (!given.contains(formal)) {
				given.add(formal);
			}
		}
		givenNames = distinctNames(given, 5_000, 2, 3);
		givenCumulative = zipf(givenNames.length, 0.75);
		surnames = distinctNames(new ArrayList<>(), Math.max(2_000, Math.min(80_000, people / 10)), 2, 3);
		surnameCumulative = zipf(surnames.length, 0.7);
		localities = distinctNames(new ArrayList<>(), 400, 2, 3);
		localityCumulative = zipf(localities.length, 0.9);
		String[] streets = distinctNames(new ArrayList<>(), Math.max(500, people / 40), 2, 2);
		int postcodeCount = Math.max(100, people / 20);
		Set<String> seen = new HashSet<>();
		postcodes = new String[postcodeCount];
		streetOfPostcode = new String[postcodeCount];
		localityOfPostcode = new String[postcodeCount];
		for (int i = 0; i < postcodeCount; i++) {
			String postcode;
			do {
				postcode = postcode();
			}
			while (!seen.add(postcode));
			postcodes[i] = postcode;
			streetOfPostcode[i] = streets[random.nextInt(streets.length)] + " "
					+ STREET_KINDS[random.nextInt(STREET_KINDS.length)];
			localityOfPostcode[i] = pick(localities, localityCumulative);
		}
	}

	/** One person as first recorded: the original every duplicate is corrupted from. */
	record Person(String given, String surname, String streetNumber, String street, String premises, String locality,
			String postcode, int year, int month, int day, String nationalId) {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: SyntheticPeople RECORDS OUTPUT.csv [SEED]");
			System.exit(2);
		}
		int records = Integer.parseInt(args[0]);
		Path output = Path.of(args[1]);
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
		long started = System.nanoTime();
		try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
			int[] counts = write(records, seed, out);
			System.err.printf(Locale.ROOT, "wrote %,d records of %,d people (%,d true pairs) to %s in %.1f s%n", records,
					counts[0], counts[1], output, (System.nanoTime() - started) / 1e9);
		}
	}

	/** Writes the records; returns the number of people and of true pairs. */
	public static int[] write(int records, long seed, Writer out) throws IOException {
		SyntheticPeople generator = new SyntheticPeople(seed, records);
		out.write(HEADER);
		out.write('\n');
		List<String> lines = new ArrayList<>(records);
		int written = 0;
		int people = 0;
		long truePairs = 0;
		Person household = null;
		while (written < records) {
			Person person = household != null && generator.random.nextDouble() < 0.35 ? generator.relativeOf(household)
					: generator.person();
			household = person;
			int copies = Math.min(records - written, generator.copies());
			lines.add(line("rec-" + people + "-org", person));
			for (int k = 1; k < copies; k++) {
				lines.add(line("rec-" + people + "-dup-" + (k - 1), generator.corrupt(person)));
			}
			truePairs += (long) copies * (copies - 1) / 2;
			written += copies;
			people++;
		}
		// records arrive in no particular order in real systems
		for (int i = lines.size() - 1; i > 0; i--) {
			int j = generator.random.nextInt(i + 1);
			String swap = lines.get(i);
			lines.set(i, lines.get(j));
			lines.set(j, swap);
		}
		for (String line : lines) {
			out.write(line);
		}
		return new int[] { people, (int) Math.min(Integer.MAX_VALUE, truePairs) };
	}

	private int copies() {
		double r = random.nextDouble();
		if (r < 0.70) {
			return 1;
		}
		if (r < 0.88) {
			return 2;
		}
		if (r < 0.96) {
			return 3;
		}
		return 4 + random.nextInt(3);
	}

	Person person() {
		int home = random.nextInt(postcodes.length);
		return new Person(pick(givenNames, givenCumulative), pick(surnames, surnameCumulative),
				Integer.toString(1 + random.nextInt(150)), streetOfPostcode[home],
				random.nextDouble() < 0.2 ? PREMISES[random.nextInt(PREMISES.length)] : "", localityOfPostcode[home],
				postcodes[home], 1930 + random.nextInt(86), 1 + random.nextInt(12), 1 + random.nextInt(28),
				random.nextDouble() < 0.6 ? nationalId() : "");
	}

	/** Someone else in the same household: same surname and address, own given name and birthday. */
	Person relativeOf(Person p) {
		return new Person(pick(givenNames, givenCumulative), p.surname(), p.streetNumber(), p.street(), p.premises(),
				p.locality(), p.postcode(), 1930 + random.nextInt(86), 1 + random.nextInt(12), 1 + random.nextInt(28),
				random.nextDouble() < 0.6 ? nationalId() : "");
	}

	Person corrupt(Person p) {
		Person q = p;
		int corruptions = 1 + random.nextInt(3);
		for (int c = 0; c < corruptions; c++) {
			double r = random.nextDouble();
			if (r < 0.18) {
				q = with(q, typo(q.given()), q.surname());
			}
			else if (r < 0.36) {
				q = with(q, q.given(), typo(q.surname()));
			}
			else if (r < 0.42) {
				q = with(q, nickname(q.given()), q.surname());
			}
			else if (r < 0.46) {
				q = with(q, q.surname(), q.given());
			}
			else if (r < 0.52) {
				q = with(q, random.nextBoolean() ? "" : q.given(), random.nextBoolean() ? "" : q.surname());
			}
			else if (r < 0.58 && q.day() <= 12 && q.year() != 0) {
				q = new Person(q.given(), q.surname(), q.streetNumber(), q.street(), q.premises(), q.locality(),
						q.postcode(), q.year(), q.day(), q.month(), q.nationalId());
			}
			else if (r < 0.64 && q.year() != 0) {
				int year = q.year() + (random.nextBoolean() ? 1 : -1) * (random.nextBoolean() ? 1 : 10);
				q = new Person(q.given(), q.surname(), q.streetNumber(), q.street(), q.premises(), q.locality(),
						q.postcode(), year, q.month(), q.day(), q.nationalId());
			}
			else if (r < 0.68 && q.year() != 0) {
				q = new Person(q.given(), q.surname(), q.streetNumber(), q.street(), q.premises(), q.locality(),
						q.postcode(), q.year(), q.month(), 1 + random.nextInt(28), q.nationalId());
			}
			else if (r < 0.74) {
				q = new Person(q.given(), q.surname(), q.streetNumber(), q.street(), q.premises(), q.locality(),
						q.postcode(), 0, 0, 0, q.nationalId());
			}
			else if (r < 0.84) {
				Person moved = person();
				q = new Person(q.given(), q.surname(), moved.streetNumber(), moved.street(), moved.premises(),
						moved.locality(), moved.postcode(), q.year(), q.month(), q.day(), q.nationalId());
			}
			else if (r < 0.90) {
				q = new Person(q.given(), q.surname(), q.streetNumber(), typo(q.street()), q.premises(), q.locality(),
						random.nextBoolean() ? q.postcode() : "", q.year(), q.month(), q.day(), q.nationalId());
			}
			else if (r < 0.95) {
				q = new Person(q.given(), q.surname(), q.streetNumber(), q.street(), q.premises(), q.locality(),
						q.postcode(), q.year(), q.month(), q.day(), random.nextBoolean() ? "" : typo(q.nationalId()));
			}
			else {
				q = new Person(q.given(), q.surname(), "", q.premises(), q.street(), q.locality(), q.postcode(), q.year(),
						q.month(), q.day(), q.nationalId());
			}
		}
		return q;
	}

	private static Person with(Person q, String given, String surname) {
		return new Person(given, surname, q.streetNumber(), q.street(), q.premises(), q.locality(), q.postcode(), q.year(),
				q.month(), q.day(), q.nationalId());
	}

	private String nickname(String given) {
		List<String> options = new ArrayList<>();
		for (String pair : NICKNAME_PAIRS) {
			String[] names = pair.split(":");
			if (names[0].equals(given)) {
				options.add(names[1]);
			}
		}
		return options.isEmpty() ? typo(given) : options.get(random.nextInt(options.size()));
	}

	/** One keyboard slip: a letter substituted, dropped, doubled, or two neighbours swapped. */
	String typo(String s) {
		if (s.length() < 2) {
			return s;
		}
		int i = random.nextInt(s.length() - 1);
		char[] c = s.toCharArray();
		switch (random.nextInt(4)) {
		case 0:
			c[i] = (char) ('a' + random.nextInt(26));
			return new String(c);
		case 1:
			return s.substring(0, i) + s.substring(i + 1);
		case 2:
			return s.substring(0, i + 1) + s.charAt(i) + s.substring(i + 1);
		default:
			char t = c[i];
			c[i] = c[i + 1];
			c[i + 1] = t;
			return new String(c);
		}
	}

	private String postcode() {
		// UK shaped: area, district, sector, unit
		String area = "" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26));
		return area + (1 + random.nextInt(20)) + " " + random.nextInt(10) + (char) ('a' + random.nextInt(4))
				+ (char) ('a' + random.nextInt(4));
	}

	private String nationalId() {
		return "" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26))
				+ String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000)) + (char) ('a' + random.nextInt(4));
	}

	private static String line(String id, Person p) {
		String dob = p.year() == 0 ? "" : String.format(Locale.ROOT, "%04d%02d%02d", p.year(), p.month(), p.day());
		return String.join(", ", id, p.given(), p.surname(), p.streetNumber(), p.street(), p.premises(), p.locality(),
				p.postcode(), "", dob, p.nationalId()) + "\n";
	}

	private String pick(String[] values, double[] cumulative) {
		double r = random.nextDouble() * cumulative[cumulative.length - 1];
		int low = 0;
		int high = cumulative.length - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (cumulative[mid] < r) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return values[low];
	}

	private static double[] zipf(int n, double exponent) {
		double[] cumulative = new double[n];
		double sum = 0;
		for (int k = 0; k < n; k++) {
			sum += Math.pow(k + 1, -exponent);
			cumulative[k] = sum;
		}
		return cumulative;
	}

	private String[] distinctNames(List<String> seeded, int count, int minSyllables, int maxSyllables) {
		Set<String> names = new HashSet<>(seeded);
		List<String> ordered = new ArrayList<>(seeded);
		while (ordered.size() < count) {
			int syllables = minSyllables + random.nextInt(maxSyllables - minSyllables + 1);
			StringBuilder name = new StringBuilder();
			for (int s = 0; s < syllables; s++) {
				name.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
			}
			name.append(CODAS[random.nextInt(CODAS.length)]);
			if (names.add(name.toString())) {
				ordered.add(name.toString());
			}
		}
		return ordered.toArray(new String[0]);
	}
}
