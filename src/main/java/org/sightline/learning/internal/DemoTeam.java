package org.sightline.learning.internal;

import java.time.Clock;
import java.time.Instant;

import org.sightline.identity.StaffDirectory;
import org.sightline.shared.Actor;
import org.sightline.shared.SightlineSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, when nobody is in a team yet, puts the police demo accounts in one team, {@code demo-team},
 * so that the team view has members from the start. After the demo accounts are made.
 */
@Component
@Order(10)
public class DemoTeam implements ApplicationRunner {

	static final String TEAM = "demo-team";

	private static final Logger log = LoggerFactory.getLogger(DemoTeam.class);

	private final LearningStore store;
	private final StaffDirectory directory;
	private final Clock clock;
	private final boolean demo;

	DemoTeam(LearningStore store, StaffDirectory directory, Clock clock, SightlineSettings settings) {
		this.store = store;
		this.directory = directory;
		this.clock = clock;
		this.demo = settings.demo();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo || store.anyTeam()) {
			return;
		}
		for (Actor staff : directory.demoStaff()) {
			store.assign(staff.username(), TEAM, "demo", Instant.now(clock));
		}
		log.info("Demo mode: the police demo accounts are in the team {}", TEAM);
	}
}
