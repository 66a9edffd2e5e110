package org.sightline.demand.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the demand module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemandSettings.class)
public class DemandConfig {
}
