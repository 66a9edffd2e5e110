package org.sightline.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sightline.assessment.AdultAtRiskPolicy;
import org.sightline.assessment.ChildSafeguardingPolicy;
import org.sightline.assessment.MaracReferralPolicy;
import org.sightline.assessment.MissingPersonRiskPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The assessor and the routing rules apply one set of safeguarding thresholds (adult age, young
 * child, MARAC): each policy is built once, so a force's setting cannot reach one and miss the other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SafeguardingThresholdsTests {

	@Autowired
	ApplicationContext context;

	@Test
	void each_safeguarding_policy_is_one_bean_shared_by_the_assessor_and_the_routing_rules() {
		for (Class<?> policy : new Class<?>[] { MissingPersonRiskPolicy.class, ChildSafeguardingPolicy.class,
				AdultAtRiskPolicy.class, MaracReferralPolicy.class }) {
			assertThat(context.getBeansOfType(policy)).as(policy.getSimpleName()).hasSize(1);
		}
	}
}
