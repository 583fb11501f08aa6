package com.tasktable.users;

import java.util.EnumSet;
import java.util.Locale;

import com.tasktable.platform.StartupLock;
import com.tasktable.units.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from the environment on an empty database; never with a
 * default password. Under the {@link StartupLock}, checking again inside it: of two
 * instances starting together, one creates the administrator.
 */
@Component
@Order(10)
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	private static final int MIN_PASSWORD_LENGTH = 8;

	private final Users users;

	private final BootstrapAdminProperties properties;

	private final StartupLock startupLock;

	private final Units units;

	BootstrapAdmin(Users users, Units units, BootstrapAdminProperties properties, StartupLock startupLock) {
		this.users = users;
		this.units = units;
		this.properties = properties;
		this.startupLock = startupLock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		var username = this.properties.username();
		var password = this.properties.password();
		if (username == null || username.isBlank() || password == null || password.isBlank()) {
			log.warn("No user exists yet. Set APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD to create the first "
					+ "administrator, or APP_DEMO_DATA=true to load the demo accounts.");
			return;
		}
		if (password.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalStateException("APP_ADMIN_PASSWORD must have at least 8 characters");
		}
		var unit = (this.properties.unit() == null || this.properties.unit().isBlank())
				? this.units.roots().get(0).code() : this.properties.unit();
		boolean created = this.startupLock.holding((status) -> {
			if (this.users.count() > 0) {
				return false;
			}
			this.users.create(new Users.NewUser(username.trim().toLowerCase(Locale.ROOT), username.trim(), null,
					password, unit, EnumSet.of(Role.ADMIN)), "system");
			return true;
		});
		if (created) {
			log.info("Created the first administrator '{}' in unit '{}'", username, unit);
		}
	}

}
