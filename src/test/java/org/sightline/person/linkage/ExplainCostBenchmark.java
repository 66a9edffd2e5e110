package org.sightline.person.linkage;

import static org.sightline.person.linkage.PersonRecordBuilder.aPerson;

import java.lang.management.ManagementFactory;

/**
 * What explaining one pair costs (the person index does it for each candidate of a search and of an
 * intake's linking): time and bytes allocated per {@link LinkageModel#explain(PersonRecord, PersonRecord)},
 * one thread, after a warm-up. Not a test: a figure for BENCHMARKS.md (issue #15, intake).
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/bench.classpath) org.sightline.person.linkage.ExplainCostBenchmark</pre>
 */
public final class ExplainCostBenchmark {

	public static void main(String[] args) {
		LinkageModel model = new Linker(LinkageSettings.defaults()).deduplicate(SyntheticData.people(5_000, 3).records(),
				message -> {
				}).model();
		PersonRecord a = aPerson().named("Anna", "Taylor").born(1980, 3, 4).build();
		PersonRecord b = aPerson().named("Ana", "Tayler").born(1980, 4, 3).build();
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long sink = 0;
		for (int round = 0; round < 3; round++) {
			int n = 20_000;
			long bytes = threads.getCurrentThreadAllocatedBytes();
			long start = System.nanoTime();
			for (int i = 0; i < n; i++) {
				sink += model.explain(a, b).evidence().size();
			}
			long took = System.nanoTime() - start;
			bytes = threads.getCurrentThreadAllocatedBytes() - bytes;
			if (round == 2) {
				System.out.printf("explain one pair: %.1f us and %,d bytes allocated per call (%d calls)%n", took / 1e3 / n,
						bytes / n, n);
			}
		}
		System.out.println(sink > 0 ? "" : "?");
	}

}
