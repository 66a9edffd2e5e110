package org.sightline.learning.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the learning module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LearningSettings.class)
public class LearningConfig {
}
