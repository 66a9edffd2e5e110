package org.sightline.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sightline.audit.AuditAction;
import org.sightline.audit.AuditTrail;
import org.sightline.shared.ProblemDocument;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OAuth 2.0 token endpoint for machine clients (RFC 6749 §4.4, client credentials): the client
 * authenticates with its account's name and secret (HTTP Basic, or {@code client_id} and
 * {@code client_secret} in the form), which is the one password hash, and gets a short-lived access
 * token to send as {@code Authorization: Bearer} on every API call. A token cannot be swapped for a
 * new one: only the secret gets a token, so a stolen token ends when it expires.
 */
@RestController
public class ApiTokenController {

	static final String PATH = "/api/v1/oauth/token";

	private final ApiTokens tokens;
	private final AuditTrail audit;

	ApiTokenController(ApiTokens tokens, AuditTrail audit) {
		this.tokens = tokens;
		this.audit = audit;
	}

	@PostMapping(PATH)
	ResponseEntity<?> token(@RequestParam(name = "grant_type", required = false) String grantType,
			Authentication client) {
		if (!(client instanceof UsernamePasswordAuthenticationToken)) {
			return problem(HttpStatus.UNAUTHORIZED, "invalid_client",
					"A token is given for the client's secret (HTTP Basic or client_id and client_secret), not for another token.");
		}
		if (!"client_credentials".equals(grantType)) {
			return problem(HttpStatus.BAD_REQUEST, grantType == null ? "invalid_request" : "unsupported_grant_type",
					"Send grant_type=client_credentials as a form (application/x-www-form-urlencoded).");
		}
		ApiTokens.Issued issued = tokens.issue(client.getName());
		audit.record(client.getName(), AuditAction.ACCESS, SecurityEventsAudit.SUBJECT, "api-token", "API token issued",
				"expires " + issued.expiresAt());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", issued.value());
		body.put("token_type", "Bearer");
		body.put("expires_in", issued.lifetime().toSeconds());
		// RFC 6749 §5.1: a token response is never cached
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache")
				.contentType(MediaType.APPLICATION_JSON).body(body);
	}

	/** An RFC 9457 problem that also carries the RFC 6749 §5.2 {@code error} code clients of OAuth expect. */
	private static ResponseEntity<String> problem(HttpStatus status, String error, String detail) {
		String json = ProblemDocument.json(status.value(), ProblemDocument.typeFor(status.value()), status.getReasonPhrase(),
				detail, null, null, null);
		json = json.substring(0, json.length() - 1) + ",\"error\":\"" + error + "\"}";
		var response = ResponseEntity.status(status).cacheControl(CacheControl.noStore());
		if (status == HttpStatus.UNAUTHORIZED) {
			response.header("WWW-Authenticate", "Basic realm=\"Sightline\"");
		}
		return response.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(json);
	}
}
