package org.sightline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Personal data never reaches the log. PostgreSQL puts a rejected row's values into its error
 * ("Failing row contains (… 7 Elm Road … disclosed rape by partner …)") and a duplicate key's value
 * into its detail; JSON errors quote the value that did not fit. These converters (wired in
 * {@code logback-spring.xml} for the message and the stack trace) withhold those values and keep
 * everything else, so the log still says what went wrong and where.
 */
public final class LogScrubbing {

	static final String WITHHELD = "(values withheld: personal data)";

	private static final Pattern FAILING_ROW = Pattern.compile("Failing row contains \\(.*?\\)(?=\\.?(\\s|$|\"|;|\\]))",
			Pattern.DOTALL);
	private static final Pattern KEY_DETAIL = Pattern.compile("(Key \\([^)]*\\))=\\((.*?)\\)( already exists| is not present|\\.|$)",
			Pattern.DOTALL);
	private static final Pattern JSON_VALUE = Pattern.compile("(from (String|Object value|value) )\"(?:[^\"\\\\]|\\\\.)*\"");

	private LogScrubbing() {
	}

	public static String scrub(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String scrubbed = FAILING_ROW.matcher(text).replaceAll(Matcher.quoteReplacement("Failing row contains " + WITHHELD));
		scrubbed = KEY_DETAIL.matcher(scrubbed).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "=" + WITHHELD + m.group(3)));
		scrubbed = JSON_VALUE.matcher(scrubbed).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + WITHHELD));
		return scrubbed;
	}

	/** {@code %m}: the log message, scrubbed. */
	public static class Message extends MessageConverter {

		@Override
		public String convert(ILoggingEvent event) {
			return scrub(super.convert(event));
		}
	}

	/** {@code %wEx}: the stack trace with each exception's message scrubbed. */
	public static class StackTrace extends ExtendedWhitespaceThrowableProxyConverter {

		@Override
		protected String throwableProxyToString(ch.qos.logback.classic.spi.IThrowableProxy proxy) {
			return scrub(super.throwableProxyToString(proxy));
		}
	}
}
