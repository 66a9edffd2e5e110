package org.sightline;

import java.util.Arrays;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import org.sightline.shared.FreeText;
import org.sightline.shared.InputLimits;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The API's description (OpenAPI, at {@code /v3/api-docs}): what it is for, and the input limits
 * every request is read under, stated once here and on every field ({@code maxLength},
 * {@code maxItems}, {@code maxProperties}) from the same {@link InputLimits} the reading enforces.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String LIMITS = """
			**Input limits** (every endpoint; a request outside them is refused with a 400 problem naming the field, and nothing is stored).
			These are the outer bounds; each field's own rule may be tighter (a name up to 100 characters, a narrative up to 20,000)
			and those rules are checked together, so one answer names every field out of line:
			- short text (names, codes, postcodes, identifiers): up to %,d characters, one line;
			- text written in a person's own words (narratives, reasons, notes, rationales): up to %,d characters; new lines and tabs allowed;
			- a partnership agreement sent as YAML: up to %,d characters;
			- NUL and other control characters are refused everywhere (new lines and tabs only in free text);
			- lists and maps: up to %d items;
			- times and dates: between the years 1 and 9999; numbers: finite (no NaN or infinity);
			- JSON nesting: up to 500 levels;
			- request bodies: JSON only (`application/json`), up to %s (a larger one is refused with a 413 problem before it is read).

			Errors are RFC 9457 problem documents (`application/problem+json`).
			""";

	@Bean
	OpenAPI sightlineApi(ApplicationSettings settings) {
		DataSize maxBody = settings.api().maxRequestBody();
		return new OpenAPI().info(new Info().title("Sightline API")
			.description("Recognise, understand and respond to vulnerability: encounters, THRIVE assessments, "
					+ "routing under the partnership agreement in force, referrals and the person index.\n\n"
					+ limits(maxBody)));
	}

	static String limits(DataSize maxBody) {
		String size = maxBody.toKilobytes() % 1024 == 0 ? maxBody.toMegabytes() + " MB" : maxBody.toKilobytes() + " KB";
		return LIMITS.formatted(InputLimits.TEXT, InputLimits.FREE_TEXT, InputLimits.DOCUMENT, InputLimits.ITEMS, size);
	}

	@Bean
	PropertyCustomizer inputLimitsOnEveryField() {
		return (property, type) -> {
			FreeText freeText = type.getCtxAnnotations() == null ? null
					: Arrays.stream(type.getCtxAnnotations())
						.filter(FreeText.class::isInstance)
						.map(FreeText.class::cast)
						.findFirst()
						.orElse(null);
			limit(property, freeText);
			return property;
		};
	}

	private static void limit(Schema<?> property, FreeText freeText) {
		if (is(property, "string") && property.getFormat() == null && property.getEnum() == null) {
			property.setMaxLength(freeText == null ? InputLimits.TEXT : freeText.maxLength());
		}
		else if (is(property, "array")) {
			property.setMaxItems(InputLimits.ITEMS);
			if (property.getItems() != null) {
				limit(property.getItems(), freeText);
			}
		}
		else if (is(property, "object") && property.getAdditionalProperties() instanceof Schema<?> values) {
			property.setMaxProperties(InputLimits.ITEMS);
			limit(values, freeText);
		}
	}

	private static boolean is(Schema<?> schema, String type) {
		Set<String> types = schema.getTypes();
		return type.equals(schema.getType()) || types != null && types.contains(type);
	}
}
