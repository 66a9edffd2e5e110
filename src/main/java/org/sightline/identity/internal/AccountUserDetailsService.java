package org.sightline.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
public class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;
	private final SignInThrottle throttle;

	AccountUserDetailsService(Accounts accounts, SignInThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		boolean locked = throttle.lockedUntil(username, currentAddress()).isPresent();
		return accounts.findByUsername(username)
			.map(account -> new SignedInUser(account, locked))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	/** The address of the request signing in, when there is one. */
	static String currentAddress() {
		var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
		return attributes instanceof org.springframework.web.context.request.ServletRequestAttributes servlet
				? servlet.getRequest().getRemoteAddr() : null;
	}
}
