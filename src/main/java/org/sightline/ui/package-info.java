/**
 * The page layout (generic header with the force's name, service navigation, footer), the home
 * page, the accessibility statement and the error pages; GOV.UK Frontend served from its webjar.
 * Owns no data and publishes no events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity" })
package org.sightline.ui;
