package org.sightline;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MvcResult;

/**
 * Sessions live in the database (Spring Session JDBC), found by their cookie: a test that carries a
 * session from one request to the next sends the cookie back, as a browser does, rather than a
 * {@code MockHttpSession}, which the session store never sees.
 */
public final class SessionCookie {

	public static final String NAME = "SESSION";

	private SessionCookie() {
	}

	/** The session cookie the response set. */
	public static Cookie from(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie(NAME);
		if (cookie == null) {
			throw new AssertionError("The response set no " + NAME + " cookie");
		}
		return cookie;
	}
}
