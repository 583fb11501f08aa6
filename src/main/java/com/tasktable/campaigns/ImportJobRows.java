package com.tasktable.campaigns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.tasktable.platform.Violation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code import_job} table (migration V13_4): an import's file, who started it, and
 * where it stands. Each write is one statement in the caller's transaction, if any.
 */
@Component
class ImportJobRows {

	private static final String COLUMNS = "id, campaign_code, status, lines_done, lines_total, result, problems";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	ImportJobRows(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** What a job needs to run. */
	record Work(UUID id, String campaignCode, Long startedBy, LocalDate appliesFrom, byte[] file) {
	}

	void insert(UUID id, String campaignCode, Long startedBy, LocalDate appliesFrom, byte[] file, Instant now) {
		this.jdbc.update("""
				insert into import_job (id, campaign_code, started_by, applies_from, file_content, created_at)
				values (?, ?, ?, ?, ?, ?)""", id, campaignCode, startedBy, appliesFrom, file, Timestamp.from(now));
	}

	/** The starter's job, as it stands; anyone else's is "none". */
	Optional<ImportJob> find(UUID id, Long startedBy) {
		return this.jdbc
			.query("select " + COLUMNS + " from import_job where id = ? and started_by = ?", this::job, id, startedBy)
			.stream()
			.findFirst();
	}

	/**
	 * Marks a job running (again, when the instance that ran it died) and returns its
	 * work; empty when it is finished or gone.
	 */
	Optional<Work> start(UUID id, Instant now) {
		return this.jdbc
			.query("""
					update import_job set status = 'RUNNING', started_at = ?, lines_done = 0
					where id = ? and status in ('WAITING', 'RUNNING')
					returning id, campaign_code, started_by, applies_from, file_content""",
					(rs, n) -> new Work(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
							rs.getObject(4, LocalDate.class), rs.getBytes(5)),
					Timestamp.from(now), id)
			.stream()
			.findFirst();
	}

	void progress(UUID id, int done, int total) {
		this.jdbc.update("update import_job set lines_done = ?, lines_total = ? where id = ? and status = 'RUNNING'",
				done, total, id);
	}

	/** Done: the counts kept, the file dropped (it is in the campaign now). */
	void done(UUID id, ImportedObligation.Result result, Instant now) {
		this.jdbc.update("""
				update import_job set status = 'DONE', lines_done = lines_total, result = ?::jsonb, file_content = null,
				finished_at = ? where id = ?""", this.json.writeValueAsString(result), Timestamp.from(now), id);
	}

	/** Nothing changed: the problems the starter is shown and, if unexpected, why. */
	void failed(UUID id, List<Violation> problems, String error, Instant now) {
		var stored = problems.stream()
			.map(p -> Map.of("field", (p.field() != null) ? p.field() : "", "code", p.code(), "args",
					List.of(p.messageArgs())))
			.toList();
		this.jdbc.update("""
				update import_job set status = 'FAILED', problems = ?::jsonb, error = ?, file_content = null,
				finished_at = ? where id = ?""", this.json.writeValueAsString(stored), error, Timestamp.from(now), id);
	}

	/** Forgets the jobs created before {@code before}, finished or not. */
	int deleteCreatedBefore(Instant before) {
		return this.jdbc.update("delete from import_job where created_at < ?", Timestamp.from(before));
	}

	private ImportJob job(ResultSet rs, int row) throws SQLException {
		var result = rs.getString("result");
		var problems = rs.getString("problems");
		return new ImportJob(rs.getObject("id", UUID.class), rs.getString("campaign_code"),
				ImportJob.Status.valueOf(rs.getString("status")), rs.getInt("lines_done"), rs.getInt("lines_total"),
				(result != null) ? this.json.readValue(result, ImportedObligation.Result.class) : null,
				(problems != null) ? violations(problems) : List.of());
	}

	@SuppressWarnings("unchecked")
	private List<Violation> violations(String stored) {
		List<Map<String, Object>> list = this.json.readValue(stored, new TypeReference<>() {
		});
		return list.stream().map(p -> {
			var field = (String) p.get("field");
			return new Violation(field.isEmpty() ? null : field, (String) p.get("code"), (List<Object>) p.get("args"));
		}).toList();
	}

}
