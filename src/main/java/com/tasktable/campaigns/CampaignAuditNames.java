package com.tasktable.campaigns;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.tasktable.audit.AuditNames;
import com.tasktable.audit.AuditSubject;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Campaigns, task-table rows and obligations by their names in the audit log; a campaign
 * links to its task table.
 */
@Component
class CampaignAuditNames implements AuditNames {

	private static final String CAMPAIGNS = "select id, code, name, name_en from campaign where id = any(?)";

	private static final String ROWS = """
			select t.id, t.number, t.title, t.title_en, c.code from task_item t join campaign c on c.id = t.campaign_id
			where t.id = any(?)""";

	private static final String OBLIGATIONS = """
			select o.id, o.code, v.title, v.title_en, c.code from obligation o join campaign c on c.id = o.campaign_id
			join lateral (select title, title_en from obligation_version where obligation_id = o.id
			              order by valid_from desc limit 1) v on true
			where o.id = any(?)""";

	private final JdbcTemplate jdbc;

	CampaignAuditNames(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, AuditSubject> subjects(String entityType, Collection<String> ids, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		Map<String, AuditSubject> subjects = new HashMap<>();
		var sql = switch (entityType) {
			case "campaign" -> CAMPAIGNS;
			case "task_item" -> ROWS;
			case "obligation" -> OBLIGATIONS;
			default -> null;
		};
		if (sql == null) {
			return subjects;
		}
		this.jdbc.query(sql, (rs) -> {
			var name = (english && rs.getString(4) != null) ? rs.getString(4) : rs.getString(3);
			var label = switch (entityType) {
				case "campaign" -> name;
				default -> rs.getString(2) + " " + name;
			};
			var code = rs.getString(entityType.equals("campaign") ? 2 : 5);
			subjects.put(rs.getString(1), new AuditSubject(label, "/campaigns/" + code));
		}, (Object) AuditNames.numericIds(ids));
		return subjects;
	}

}
