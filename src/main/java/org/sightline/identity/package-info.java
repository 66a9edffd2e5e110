/**
 * Staff and partner accounts, their roles and (for partner practitioners) their agency; sign-in,
 * sign-out, sessions and the access rules that apply to every URL. Owns the {@code identity}
 * schema. Creates the demo accounts when demo mode is on, and removes them when it is off.
 * Resolves the signed-in {@link org.sightline.shared.Actor} for controllers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.sightline.identity;
