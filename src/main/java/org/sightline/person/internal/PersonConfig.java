package org.sightline.person.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the person module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonSettings.class)
public class PersonConfig {
}
