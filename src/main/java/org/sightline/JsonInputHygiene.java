package org.sightline;

import java.time.Instant;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Values the API refuses however they are spelt, before they reach a rule or the database: text
 * with a NUL or another control character (newline, carriage return and tab are allowed), an
 * instant outside the years 1 to 9999 (PostgreSQL cannot store all of Java's), and a number that
 * is not finite ("NaN", "Infinity"). Each is a 400 naming the field, never a 500.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputHygiene {

	static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
	static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	@Bean
	JsonMapperBuilderCustomizer refuseValuesTheDatabaseCannotHold() {
		SimpleModule module = new SimpleModule("sightline-input-hygiene");
		module.setDeserializerModifier(new ValueDeserializerModifier() {
			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
					ValueDeserializer<?> deserializer) {
				Class<?> type = description.getBeanClass();
				if (type == String.class || type == Instant.class || type == Double.class || type == double.class
						|| type == Float.class || type == float.class) {
					return new Checked(deserializer);
				}
				return deserializer;
			}
		});
		return builder -> builder.addModule(module);
	}

	/** The usual deserializer, then the check of what it made. */
	static final class Checked extends DelegatingDeserializer {

		Checked(ValueDeserializer<?> delegatee) {
			super(delegatee);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
			return new Checked(delegatee);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			return check(parser, super.deserialize(parser, context));
		}

		private static Object check(JsonParser parser, Object value) {
			if (value instanceof String text && hasControlCharacter(text)) {
				throw InvalidFormatException.from(parser,
						"it holds a control character (such as NUL); only letters, numbers, punctuation, spaces, tabs and new lines are accepted",
						"(text)", String.class);
			}
			if (value instanceof Instant instant && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
				throw InvalidFormatException.from(parser, "give a time between the years 1 and 9999", value, Instant.class);
			}
			if (value instanceof Double number && !Double.isFinite(number)
					|| value instanceof Float f && !Float.isFinite(f)) {
				throw InvalidFormatException.from(parser, "give a number (not NaN or infinity)", value, Double.class);
			}
			return value;
		}

		static boolean hasControlCharacter(String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f) {
					return true;
				}
			}
			return false;
		}
	}
}
