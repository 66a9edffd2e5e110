package org.sightline.identity;

import java.util.List;
import java.util.Optional;

import org.sightline.identity.internal.StaffAccounts;
import org.sightline.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Police officers and staff who can sign in (never a partner practitioner), each as an {@link Actor}:
 * username, name and roles, no secret. Other modules ask it who a member of staff is (the learning
 * module's teams and required courses). It reads local accounts and the people who have signed in
 * through single sign-on, with the roles their last sign-in gave them (someone who has never signed in
 * is not known yet).
 */
@Service
public class StaffDirectory {

	private final StaffAccounts accounts;

	StaffDirectory(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	/** Every enabled member of staff, by name. */
	@Transactional(readOnly = true)
	public List<Actor> staff() {
		return accounts.enabled(false);
	}

	/** The demo accounts of police staff (demo mode), by name. */
	@Transactional(readOnly = true)
	public List<Actor> demoStaff() {
		return accounts.enabled(true);
	}

	/** The member of staff with this username, if enabled and not a partner practitioner. */
	@Transactional(readOnly = true)
	public Optional<Actor> find(String username) {
		return accounts.find(username);
	}
}
