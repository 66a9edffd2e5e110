package org.sightline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.shared.MutableClock;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Nodes that read the same signing key accept each other's tokens; a generated key is the node's
 * own; a token expires after the configured lifetime.
 */
class ApiTokenKeyTests {

	@TempDir
	Path folder;

	@Test
	void nodes_with_the_configured_key_accept_each_others_tokens_and_a_generated_key_is_one_nodes_only() throws Exception {
		var generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		String pem = "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
		Path key = Files.writeString(folder.resolve("token-key.pem"), pem);
		ApiTokens nodeA = new ApiTokens(key.toString(), Duration.ofMinutes(10), "sightline", Clock.systemUTC());
		ApiTokens nodeB = new ApiTokens("file:" + key, Duration.ofMinutes(10), "sightline", Clock.systemUTC());
		assertThat(nodeA.generatedKey()).isFalse();
		assertThat(nodeB.decoder().decode(nodeA.issue("cad-gateway").value()).getSubject()).isEqualTo("cad-gateway");

		ApiTokens generated = new ApiTokens("", Duration.ofMinutes(10), "sightline", Clock.systemUTC());
		assertThat(generated.generatedKey()).isTrue();
		assertThatThrownBy(() -> nodeA.decoder().decode(generated.issue("cad-gateway").value()))
			.isInstanceOf(JwtException.class);
	}

	@Test
	void a_token_expires_after_its_lifetime_and_is_for_this_issuer_only() {
		MutableClock clock = MutableClock.at("2026-12-04T10:00:00Z");
		ApiTokens tokens = new ApiTokens("", Duration.ofMinutes(10), "sightline", clock);
		String token = tokens.issue("cad-gateway").value();
		clock.advance(Duration.ofMinutes(9));
		assertThat(tokens.decoder().decode(token).getAudience()).containsExactly(ApiTokens.AUDIENCE);
		clock.advance(Duration.ofMinutes(2));
		assertThatThrownBy(() -> tokens.decoder().decode(token)).isInstanceOf(JwtException.class);
	}

	@Test
	void a_key_that_cannot_be_read_stops_start_up() throws Exception {
		Path notAKey = Files.writeString(folder.resolve("key.pem"), "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n");
		assertThatThrownBy(() -> new ApiTokens(notAKey.toString(), Duration.ofMinutes(10), "sightline", Clock.systemUTC()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("PKCS#8");
		assertThatThrownBy(() -> new ApiTokens(folder.resolve("missing.pem").toString(), Duration.ofMinutes(10), "sightline",
				Clock.systemUTC()))
			.isInstanceOf(IllegalStateException.class);
	}
}
