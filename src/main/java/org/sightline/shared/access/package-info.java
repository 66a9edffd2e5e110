/**
 * Method security by role group: one annotation per {@link org.sightline.shared.RoleGroup}, each a
 * {@code @PreAuthorize("hasAnyRole(...)")} that RoleGroupAnnotationsTests holds to its group, so that
 * a facade says who may call it in the domain's words ({@code @StaffWhoRecord}) and the roles are
 * spelt in one place.
 */
package org.sightline.shared.access;
