package org.sightline.partnership.internal;

import java.util.List;
import org.sightline.partnership.PublishingProblem;

/** Whether an agreement version may be published, and why (not). */
public sealed interface PublishingDecision {

	boolean publishable();

	List<PublishingProblem> problems();

	/** Every rule is met. */
	record Publishable(String reason) implements PublishingDecision {

		@Override
		public boolean publishable() {
			return true;
		}

		@Override
		public List<PublishingProblem> problems() {
			return List.of();
		}
	}

	/** At least one rule is broken; each problem names its clause. */
	record NotPublishable(List<PublishingProblem> problems) implements PublishingDecision {

		public NotPublishable {
			problems = List.copyOf(problems);
		}

		@Override
		public boolean publishable() {
			return false;
		}
	}
}
