package org.sightline;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sightline.shared.Actor;
import org.sightline.shared.Role;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * For {@code @WebMvcTest} slices: a controller's {@link Actor} parameter is the user the request was
 * made as ({@code .with(user("hub").roles("SAFEGUARDING_HUB"))}). The application's own resolver reads
 * the identity module's principal, which only the identity module can make, so a slice leaves it out
 * (exclude {@link #IDENTITY_WEB_CONFIG}) and imports this one instead.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SignedInForSlices implements WebMvcConfigurer {

	/** The pattern naming the application's resolver of the signed-in actor, wherever the class lives in identity. */
	public static final String IDENTITY_WEB_CONFIG = "org\\.sightline\\.identity\\..*IdentityWebConfig.*";

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {
			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return Actor.class.equals(parameter.getParameterType());
			}

			@Override
			public Object resolveArgument(MethodParameter parameter,
					org.springframework.web.method.support.ModelAndViewContainer container,
					org.springframework.web.context.request.NativeWebRequest request,
					org.springframework.web.bind.support.WebDataBinderFactory binders) {
				Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
				if (signedIn == null) {
					throw new IllegalStateException("No signed-in user on this request");
				}
				Set<String> authorities = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
					.collect(Collectors.toSet());
				Set<Role> roles = Arrays.stream(Role.values()).filter(role -> authorities.contains(role.authority()))
					.collect(Collectors.toSet());
				return new Actor(signedIn.getName(), signedIn.getName(), roles, Optional.empty());
			}
		});
	}
}
