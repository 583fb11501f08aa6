package com.tasktable.security;

import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The management port ({@code management.server.port}, {@code APP_MANAGEMENT_PORT}, 8081
 * by default, bound to {@code APP_MANAGEMENT_ADDRESS}): health probes for the balancer
 * and Prometheus metrics for the scraper, without a sign-in, since the port is reached
 * from the internal network only (nginx never forwards it). Anything else there is
 * refused. When an operator puts management on the application port instead, this chain
 * is not there and the web chain keeps {@code /actuator/**} (but health and info) for
 * administrators.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
class ManagementSecurityConfiguration {

	/**
	 * Matches only requests served by the management port's own context (Spring Boot's
	 * {@link EndpointRequest} with a different port), so that nothing on the application
	 * port is opened by it.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain managementChain(HttpSecurity http) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to("health", "info", "prometheus"))
				.permitAll()
				.anyRequest()
				.denyAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable());
		return http.build();
	}

}
