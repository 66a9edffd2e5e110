/**
 * The shared kernel: small, framework-free value types used by three or more modules
 * (who is acting, their role, the situation codes of an encounter, field-level input problems), and
 * the role groups that share a right ({@code RoleGroup}, with their method-security annotations in
 * {@code access}, the one place that knows Spring Security). It owns no data and publishes no events.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.sightline.shared;
