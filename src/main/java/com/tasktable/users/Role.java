package com.tasktable.users;

/** What a person may do; one person may hold several roles. */
public enum Role {

	/** Edits campaigns, task templates, units and users. */
	ADMIN,
	/** Reviews the records of the units below their own. */
	REVIEWER,
	/** Logs the activities of their own unit. */
	REPORTER;

	public String authority() {
		return "ROLE_" + name();
	}

}
