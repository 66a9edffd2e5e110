package org.sightline.chronology.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the chronology module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChronologySettings.class)
public class ChronologyConfig {
}
