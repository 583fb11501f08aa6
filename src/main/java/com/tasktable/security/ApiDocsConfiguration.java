package com.tasktable.security;

import com.tasktable.units.UnitScope;
import com.tasktable.users.CurrentUser;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Configuration;

/**
 * The signed-in user and their scope are resolved from the session or the token, never
 * from the request: the API documentation must not list them as parameters.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(UnitScope.class, CurrentUser.class);
	}

}
