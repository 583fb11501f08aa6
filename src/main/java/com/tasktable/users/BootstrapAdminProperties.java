package com.tasktable.users;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, created at start when no account exists and demo data is off.
 * There is no default: both values must come from the environment
 * ({@code APP_ADMIN_USERNAME}, {@code APP_ADMIN_PASSWORD}).
 *
 * @param username login name
 * @param password initial password; the administrator should change it
 * @param unit code of the administrator's unit; default: the top of the unit tree
 */
@ConfigurationProperties("app.bootstrap-admin")
public record BootstrapAdminProperties(String username, String password, String unit) {

	@Override
	public String toString() {
		return "BootstrapAdminProperties[username=" + this.username + "]";
	}

}
