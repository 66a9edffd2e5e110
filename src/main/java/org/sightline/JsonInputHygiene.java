package org.sightline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.sightline.shared.FreeText;
import org.sightline.shared.InputLimits;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapType;

/**
 * The {@link InputLimits} policy applied while the API reads a request, before a rule or the
 * database sees it: text too long for its kind, or holding a NUL or another control character
 * (new lines and tabs only in {@link FreeText}); a list or map with too many items; an instant or
 * a date outside the years 1 to 9999 (PostgreSQL cannot store all of Java's); a number that is not
 * finite ("NaN", "Infinity"). (Nesting deeper than Jackson's default of 500 levels is refused by
 * the parser itself.) Each is a 400 naming the field, never a 500.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputHygiene {

	static final Instant EARLIEST = InputLimits.EARLIEST;
	static final Instant LATEST = InputLimits.LATEST;

	@Bean
	JsonMapperBuilderCustomizer refuseValuesTheDatabaseCannotHold() {
		SimpleModule module = new SimpleModule("sightline-input-hygiene");
		module.setDeserializerModifier(new ValueDeserializerModifier() {
			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
					ValueDeserializer<?> deserializer) {
				Class<?> type = description.getBeanClass();
				if (type == String.class || type == Instant.class || type == LocalDate.class || type == Double.class
						|| type == double.class || type == Float.class || type == float.class) {
					return new Checked(deserializer, null);
				}
				return deserializer;
			}

			@Override
			public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				return new Checked(deserializer, null);
			}

			@Override
			public ValueDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				return new Checked(deserializer, null);
			}
		});
		return builder -> builder.addModule(module);
	}

	/** The usual deserializer, then the check of what it made against the property's limits. */
	static final class Checked extends DelegatingDeserializer {

		private final FreeText freeText;

		Checked(ValueDeserializer<?> delegatee, FreeText freeText) {
			super(delegatee);
			this.freeText = freeText;
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
			return new Checked(delegatee, this.freeText);
		}

		@Override
		public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
			ValueDeserializer<?> inner = context.handleSecondaryContextualization(this._delegatee, property,
					context.constructType(this._delegatee.handledType()));
			return new Checked(inner, property == null ? null : property.getAnnotation(FreeText.class));
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			return check(parser, super.deserialize(parser, context));
		}

		private Object check(JsonParser parser, Object value) {
			if (value instanceof String text) {
				int max = this.freeText == null ? InputLimits.TEXT : this.freeText.maxLength();
				if (text.length() > max) {
					throw InvalidFormatException.from(parser,
							"it is too long: up to %,d characters are accepted (it has %,d)".formatted(max, text.length()),
							"(text)", String.class);
				}
				if (InputLimits.hasControlCharacter(text, this.freeText != null)) {
					throw InvalidFormatException.from(parser, this.freeText != null
							? "it holds a control character (such as NUL); only letters, numbers, punctuation, spaces, tabs and new lines are accepted"
							: "it holds a control character (such as NUL, a tab or a new line); only letters, numbers, punctuation and spaces are accepted",
							"(text)", String.class);
				}
			}
			if (value instanceof Collection<?> items && items.size() > InputLimits.ITEMS) {
				throw InvalidFormatException.from(parser, "it has too many items: up to %d are accepted (it has %,d)"
					.formatted(InputLimits.ITEMS, items.size()), "(list)", Collection.class);
			}
			if (value instanceof Map<?, ?> entries && entries.size() > InputLimits.ITEMS) {
				throw InvalidFormatException.from(parser, "it has too many entries: up to %d are accepted (it has %,d)"
					.formatted(InputLimits.ITEMS, entries.size()), "(map)", Map.class);
			}
			if (value instanceof Instant instant && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
				throw InvalidFormatException.from(parser, "give a time between the years 1 and 9999", value, Instant.class);
			}
			if (value instanceof LocalDate date && (date.getYear() < 1 || date.getYear() > 9999)) {
				throw InvalidFormatException.from(parser, "give a date between the years 1 and 9999", value, LocalDate.class);
			}
			if (value instanceof Double number && !Double.isFinite(number)
					|| value instanceof Float f && !Float.isFinite(f)) {
				throw InvalidFormatException.from(parser, "give a number (not NaN or infinity)", value, Double.class);
			}
			return value;
		}
	}
}
