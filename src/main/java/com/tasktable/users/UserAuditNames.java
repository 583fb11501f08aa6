package com.tasktable.users;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.tasktable.audit.AuditNames;
import com.tasktable.audit.AuditSubject;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** People by their names in the audit log: the actors, and the accounts changed. */
@Component
class UserAuditNames implements AuditNames {

	private final JdbcTemplate jdbc;

	UserAuditNames(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, String> actors(Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		this.jdbc.query("select username, display_name from app_user where username = any(?)", (rs) -> {
			names.put(rs.getString(1), rs.getString(2));
		}, (Object) usernames.toArray(String[]::new));
		return names;
	}

	@Override
	public Map<String, AuditSubject> subjects(String entityType, Collection<String> ids, Locale locale) {
		if (!"user".equals(entityType)) {
			return Map.of();
		}
		Map<String, AuditSubject> subjects = new HashMap<>();
		this.jdbc.query("select id, display_name, username from app_user where id = any(?)", (rs) -> {
			subjects.put(rs.getString(1), new AuditSubject(rs.getString(2) + " (" + rs.getString(3) + ")", null));
		}, (Object) AuditNames.numericIds(ids));
		return subjects;
	}

}
