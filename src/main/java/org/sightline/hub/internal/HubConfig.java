package org.sightline.hub.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the hub's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HubSettings.class)
public class HubConfig {
}
