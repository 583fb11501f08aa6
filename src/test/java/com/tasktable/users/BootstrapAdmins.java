package com.tasktable.users;

import com.tasktable.platform.StartupLock;
import com.tasktable.units.Units;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;

/**
 * The first administrator's start-up task as another instance would run it, for tests
 * that start several on one database.
 */
public final class BootstrapAdmins {

	private BootstrapAdmins() {
	}

	/** A new {@code BootstrapAdmin} on the context's beans, with these credentials. */
	public static ApplicationRunner of(ApplicationContext context, String username, String password) {
		return new BootstrapAdmin(context.getBean(Users.class), context.getBean(Units.class),
				new BootstrapAdminProperties(username, password, null), context.getBean(StartupLock.class));
	}

}
