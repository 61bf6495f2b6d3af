package org.servicechain.requests;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the module's settings ({@code servicechain.requests.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestsSettings.class)
class RequestsConfiguration {

}
