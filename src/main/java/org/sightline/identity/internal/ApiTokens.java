package org.sightline.identity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * The access tokens Sightline issues to API clients: short-lived JWTs signed with RS256, naming
 * the account as {@code sub}. Checking one costs a signature check (microseconds), never a
 * password hash. The signing key is read from {@code sightline.tokens.signing-key} (a PKCS#8 PEM
 * RSA private key or a JWK set holding one) so that every node of a force signs and accepts the
 * same tokens; unset, a key is generated at start, so tokens end with a restart and one node does
 * not accept another's.
 */
@Component
public class ApiTokens {

	/** The {@code aud} of Sightline's tokens: they open its API and nothing else. */
	static final String AUDIENCE = "sightline-api";

	private final String issuer;
	private final Duration lifetime;
	private final Clock clock;
	private final boolean generatedKey;
	private final JwtEncoder encoder;
	private final JwtDecoder decoder;
	private final String keyId;

	@Autowired
	ApiTokens(IdentitySettings settings, Clock clock) {
		this(settings.tokens().signingKey(), settings.tokens().lifetime(), settings.tokens().issuer(), clock);
	}

	ApiTokens(String signingKey, Duration lifetime, String issuer, Clock clock) {
		this(signingKey.isBlank() ? generated() : load(signingKey), signingKey.isBlank(), lifetime, issuer, clock);
	}

	private ApiTokens(RSAKey key, boolean generatedKey, Duration lifetime, String issuer, Clock clock) {
		if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(Duration.ofHours(24)) > 0) {
			throw new IllegalStateException("sightline.tokens.lifetime must be more than 0 and at most 24h, not " + lifetime);
		}
		this.issuer = issuer;
		this.lifetime = lifetime;
		this.clock = clock;
		this.generatedKey = generatedKey;
		try {
			this.keyId = key.computeThumbprint().toString();
			this.encoder = NimbusJwtEncoder.withKeyPair(key.toRSAPublicKey(), key.toRSAPrivateKey()).build();
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey())
				.signatureAlgorithm(SignatureAlgorithm.RS256)
				.build();
			JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ofSeconds(30));
			expiry.setClock(clock);
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
					JwtValidators.createDefaultWithValidators(List.of(expiry,
							new org.springframework.security.oauth2.jwt.JwtIssuerValidator(issuer),
							jwt -> jwt.getAudience() != null && jwt.getAudience().contains(AUDIENCE)
									? OAuth2TokenValidatorResult.success()
									: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
											"The token is not for the Sightline API", null))))));
			this.decoder = decoder;
		}
		catch (com.nimbusds.jose.JOSEException e) {
			throw new IllegalStateException("The token signing key cannot be used: " + e.getMessage(), e);
		}
	}

	/** Tokens signed with this key (for tests: a second node with the same key). */
	static ApiTokens withKey(RSAKey key, Duration lifetime, String issuer, Clock clock) {
		return new ApiTokens(key, false, lifetime, issuer, clock);
	}

	/** An access token and when it expires. */
	record Issued(String value, Instant expiresAt, Duration lifetime) {
	}

	/** A token for this account, valid from now for the configured lifetime. */
	Issued issue(String username) {
		return issue(username, clock.instant());
	}

	/** A token issued at another time (for tests: one that has expired). */
	Issued issue(String username, Instant now) {
		Instant expires = now.plus(lifetime);
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(issuer)
			.subject(username)
			.audience(List.of(AUDIENCE))
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(expires)
			.id(UUID.randomUUID().toString())
			.claim("client_id", username)
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).build();
		String value = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new Issued(value, expires, lifetime);
	}

	/** Checks a token's signature, issuer, audience and times. */
	JwtDecoder decoder() {
		return decoder;
	}

	/** True when the key was generated at start (tokens end with a restart and are this node's only). */
	boolean generatedKey() {
		return generatedKey;
	}

	private static RSAKey generated() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate()).build();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A PKCS#8 PEM RSA private key, or a JWK set with an RSA private key, at a path or {@code classpath:} location. */
	static RSAKey load(String location) {
		String where = location.startsWith("classpath:") || location.startsWith("file:") ? location : "file:" + location;
		String text;
		try (InputStream in = new DefaultResourceLoader().getResource(where).getInputStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
		}
		catch (IOException e) {
			throw new IllegalStateException("sightline.tokens.signing-key: cannot read " + location, e);
		}
		try {
			if (text.startsWith("{")) {
				for (JWK jwk : JWKSet.parse(text).getKeys()) {
					if (jwk instanceof RSAKey rsa && rsa.isPrivate()) {
						return rsa;
					}
				}
				throw new IllegalStateException("sightline.tokens.signing-key: no RSA private key in the JWK set " + location);
			}
			if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
				throw new IllegalStateException(
						"sightline.tokens.signing-key: " + location + " is not a PKCS#8 PEM private key (BEGIN PRIVATE KEY)");
			}
			String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
			KeyFactory rsa = KeyFactory.getInstance("RSA");
			var privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
			var publicKey = (RSAPublicKey) rsa.generatePublic(
					new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
			if (publicKey.getModulus().bitLength() < 2048) {
				throw new IllegalStateException("sightline.tokens.signing-key: the RSA key must have at least 2048 bits");
			}
			return new RSAKey.Builder(publicKey).privateKey(privateKey).build();
		}
		catch (java.text.ParseException | GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
			throw new IllegalStateException("sightline.tokens.signing-key: cannot read the key in " + location, e);
		}
	}
}
