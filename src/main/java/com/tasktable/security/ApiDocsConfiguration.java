package com.tasktable.security;

import com.tasktable.units.UnitScope;
import com.tasktable.users.CurrentUser;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description: how to sign in (HTTP Basic or a personal access token, either of
 * which also reads this document), and its conventions. The signed-in user and their
 * scope are resolved from the session or the token, never from the request: the document
 * must not list them as parameters.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static final String BASIC = "basicAuth";

	static final String BEARER = "bearerToken";

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(UnitScope.class, CurrentUser.class);
	}

	@Bean
	OpenAPI taskTableApi() {
		return new OpenAPI().info(new Info().title("Task table API").version("v1").description("""
				Every answer is limited to the caller's unit and the units below it.

				Lists are paged: `page` counts from 0, `size` is 1-500 (default 50), the body is \
				`{items, page, size, total}` and `Link` headers (rel first, prev, next, last) keep the \
				filters. A page past the last has no items and the same total.

				A parameter missing, malformed or out of range (year 2000-2100 and within the \
				campaign, quarter 1-4, month 1-12, page, size) is a 400 `application/problem+json` \
				whose `parameter` names it and whose `errors` list every refused parameter with a \
				message in the caller's language (Accept-Language: zh-CN or en).

				Sign in with HTTP Basic or a personal access token (`Authorization: Bearer tt_...`, \
				made on the page /account/tokens); either also reads this document."""))
			.components(new Components()
				.addSecuritySchemes(BASIC,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("Username and password; checked with BCrypt, so slow by design"))
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("tt_ personal access token")
							.description("A personal access token from /account/tokens")))
			.addSecurityItem(new SecurityRequirement().addList(BASIC))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
