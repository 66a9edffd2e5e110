package org.sightline.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sightline.shared.Role;
import org.sightline.shared.SightlineSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode ({@code SIGHTLINE_DEMO}, on by default) creates one account per role, all with the
 * password {@code SIGHTLINE_DEMO_PASSWORD}. With demo mode off, any demo account left from an
 * earlier run is removed, so none exists in production.
 */
@Component
@Order(0)
public class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	record DemoAccount(String username, String displayName, Role role, String agencyCode) {
	}

	static final List<DemoAccount> ALL = List.of(
			new DemoAccount("handler", "Hannah Hale (call handler)", Role.CALL_HANDLER, null),
			new DemoAccount("responder", "PC Ravi Rao", Role.RESPONDER, null),
			new DemoAccount("supervisor", "Sgt Sue Parkes", Role.SUPERVISOR, null),
			new DemoAccount("hub", "Harriet Bell (safeguarding hub)", Role.SAFEGUARDING_HUB, null),
			new DemoAccount("analyst", "Ana Lister (analyst)", Role.ANALYST, null),
			new DemoAccount("chief", "ACC Chris Keane (chief officer)", Role.CHIEF_OFFICER, null),
			new DemoAccount("admin", "Adam Minns (administrator)", Role.ADMIN, null),
			// four eyes: an agreement one administrator drafts, another publishes
			new DemoAccount("admin2", "Ada Mensah (second administrator)", Role.ADMIN, null),
			new DemoAccount("trainer", "Tara Quinn (trainer)", Role.TRAINER, null),
			new DemoAccount("wellbeing", "Wes Okafor (wellbeing lead)", Role.WELLBEING_LEAD, null),
			new DemoAccount("partner-csc", "Chloe Stone (children's social care)", Role.PARTNER_PRACTITIONER,
					"CHILDRENS_SOCIAL_CARE"),
			new DemoAccount("partner-asc", "Alan Scott (adult social care)", Role.PARTNER_PRACTITIONER,
					"ADULT_SOCIAL_CARE"),
			new DemoAccount("partner-mh", "Maya Hughes (mental health trust)", Role.PARTNER_PRACTITIONER,
					"MENTAL_HEALTH_SERVICE"));

	/** The team the police demo accounts are put in, when nobody is in a team yet. */
	static final String DEMO_TEAM = "demo-team";

	private final Accounts accounts;
	private final StaffAccounts staff;
	private final PasswordEncoder passwordEncoder;
	private final boolean demo;
	private final String demoPassword;

	DemoAccounts(Accounts accounts, StaffAccounts staff, PasswordEncoder passwordEncoder, SightlineSettings shared,
			IdentitySettings settings) {
		this.accounts = accounts;
		this.staff = staff;
		this.passwordEncoder = passwordEncoder;
		this.demo = shared.demo();
		this.demoPassword = settings.demoPassword();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo) {
			int removed = accounts.deleteDemoAccounts();
			if (removed > 0) {
				log.info("Demo mode is off: removed {} demo account(s)", removed);
			}
			return;
		}
		for (DemoAccount demoAccount : ALL) {
			Optional<Account> existing = accounts.findByUsername(demoAccount.username());
			if (existing.isPresent() && !existing.get().demo()) {
				// a real account with a demo name is never given the published demo password
				log.warn("Demo mode: {} is a real account, so it is left as it is", demoAccount.username());
				continue;
			}
			boolean upToDate = existing.filter(a -> passwordEncoder.matches(demoPassword, a.passwordHash())).isPresent();
			if (!upToDate) {
				accounts.save(new Account(demoAccount.username(), demoAccount.displayName(),
						passwordEncoder.encode(demoPassword), Set.of(demoAccount.role()),
						Optional.ofNullable(demoAccount.agencyCode()), true, true));
			}
		}
		// one team to start with, so that the team view has members; an installation that made teams keeps its own
		if (!staff.anyTeam()) {
			staff.enabled(true).forEach(member -> staff.assign(member.username(), DEMO_TEAM));
		}
		log.info("Demo mode is on: demo accounts {} are ready", ALL.stream().map(DemoAccount::username).toList());
	}
}
