package com.tasktable.records;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.tasktable.audit.AuditNames;
import com.tasktable.audit.AuditSubject;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Records by their titles in the audit log, each with a link to its page. */
@Component
class RecordAuditNames implements AuditNames {

	private final JdbcTemplate jdbc;

	RecordAuditNames(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, AuditSubject> subjects(String entityType, Collection<String> ids, Locale locale) {
		if (!"record".equals(entityType)) {
			return Map.of();
		}
		Map<String, AuditSubject> subjects = new HashMap<>();
		this.jdbc.query("select id, title from activity_record where id = any(?)", (rs) -> {
			subjects.put(rs.getString(1), new AuditSubject(rs.getString(2), "/records/" + rs.getLong(1)));
		}, (Object) AuditNames.numericIds(ids));
		return subjects;
	}

}
