package com.tasktable.bulletins;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import com.tasktable.units.UnitScope;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The published bulletins' table: insert and read, never update or delete (the database
 * refuses both). A reader sees a bulletin issued inside their scope, or one that ranks
 * their own unit.
 */
@Repository
class BulletinStore {

	private static final String COLUMNS = """
			b.id, c.code, b.number, u.code, u.name, b.published_at, c.time_zone, b.published_by,
			b.corrects_id, (select o.number from published_bulletin o where o.id = b.corrects_id),
			(select n.id from published_bulletin n where n.corrects_id = b.id),
			(select n.number from published_bulletin n where n.corrects_id = b.id),
			b.correction_note, b.pdf_sha256, b.xlsx_sha256, b.snapshot::text
			from published_bulletin b join unit u on u.id = b.issuing_unit_id join campaign c on c.id = b.campaign_id
			""";

	private static final String VISIBLE = " (u.path like ? or ? = any (b.ranked_unit_ids)) ";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	BulletinStore(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Long insert(NewBulletin bulletin) {
		var keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var statement = connection.prepareStatement("""
					insert into published_bulletin (campaign_id, issuing_unit_id, year, month, period_start,
					    period_end, number, sequence, published_at, published_by, corrects_id, correction_note,
					    ranked_unit_ids, snapshot, pdf, pdf_sha256, xlsx, xlsx_sha256)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""", new String[] { "id" });
			var snapshot = bulletin.snapshot();
			int i = 1;
			statement.setLong(i++, bulletin.campaignId());
			statement.setLong(i++, bulletin.issuingUnitId());
			statement.setInt(i++, snapshot.year());
			statement.setObject(i++, snapshot.month());
			statement.setObject(i++, snapshot.periodStart());
			statement.setObject(i++, snapshot.periodEnd());
			statement.setString(i++, bulletin.number());
			statement.setInt(i++, bulletin.sequence());
			statement.setTimestamp(i++, Timestamp.from(bulletin.publishedAt()));
			statement.setString(i++, bulletin.publishedBy());
			statement.setObject(i++, bulletin.correctsId());
			statement.setString(i++, bulletin.correctionNote());
			statement.setArray(i++, connection.createArrayOf("bigint",
					snapshot.rows().stream().map(BulletinSnapshot.Row::unitId).toArray(Long[]::new)));
			statement.setString(i++, this.json.writeValueAsString(snapshot));
			statement.setBytes(i++, bulletin.pdf());
			statement.setString(i++, Hashes.sha256(bulletin.pdf()));
			statement.setBytes(i++, bulletin.xlsx());
			statement.setString(i++, Hashes.sha256(bulletin.xlsx()));
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

	List<PublishedBulletin> visible(UnitScope scope, Long readerUnitId, Long campaignId) {
		return this.jdbc.query(
				"select " + COLUMNS + " where b.campaign_id = ? and" + VISIBLE
						+ "order by b.period_end desc, b.published_at desc, b.id desc",
				this::map, campaignId, scope.pathPattern(), readerUnitId);
	}

	Optional<PublishedBulletin> find(UnitScope scope, Long readerUnitId, Long id) {
		return this.jdbc
			.query("select " + COLUMNS + " where b.id = ? and" + VISIBLE, this::map, id, scope.pathPattern(),
					readerUnitId)
			.stream()
			.findFirst();
	}

	/** The original of a campaign's period by this unit, if one was published. */
	Optional<Long> original(Long campaignId, Long issuingUnitId, int year, Integer month) {
		return this.jdbc
			.queryForList("""
					select id from published_bulletin where campaign_id = ? and issuing_unit_id = ? and year = ?
					and coalesce(month, 0) = ? and corrects_id is null""", Long.class, campaignId, issuingUnitId, year,
					(month != null) ? month : 0)
			.stream()
			.findFirst();
	}

	/** Who issued a bulletin and for which campaign and period; empty if none. */
	Optional<Issued> issued(Long id) {
		return this.jdbc
			.query("""
					select b.campaign_id, b.issuing_unit_id, b.year, b.month,
					       exists (select 1 from published_bulletin n where n.corrects_id = b.id)
					from published_bulletin b where b.id = ?""",
					(rs, n) -> new Issued(rs.getLong(1), rs.getLong(2), rs.getInt(3), (Integer) rs.getObject(4),
							rs.getBoolean(5)),
					id)
			.stream()
			.findFirst();
	}

	Optional<byte[]> file(Long id, String column) {
		if (!column.equals("pdf") && !column.equals("xlsx")) {
			throw new IllegalArgumentException("No such file: " + column);
		}
		return this.jdbc
			.query("select " + column + " from published_bulletin where id = ?", (rs, n) -> rs.getBytes(1), id)
			.stream()
			.findFirst();
	}

	List<PublishedBulletinRef> covering(Long campaignId, LocalDate from) {
		return this.jdbc.query("""
				select b.id, b.number, b.year, b.month, b.period_start, b.period_end, u.code,
				       (select n.id from published_bulletin n where n.corrects_id = b.id)
				from published_bulletin b join unit u on u.id = b.issuing_unit_id
				where b.campaign_id = ? and b.period_end >= ?
				order by b.published_at, b.id""", (rs, n) -> {
			Integer month = (Integer) rs.getObject(4);
			var period = (month != null) ? "%d-%02d".formatted(rs.getInt(3), month) : Integer.toString(rs.getInt(3));
			return new PublishedBulletinRef(rs.getLong(1), rs.getString(2), period, rs.getObject(5, LocalDate.class),
					rs.getObject(6, LocalDate.class), rs.getString(7), (Long) rs.getObject(8));
		}, campaignId, from);
	}

	private PublishedBulletin map(ResultSet rs, int n) throws SQLException {
		var publishedAt = rs.getTimestamp(6).toInstant();
		var zone = ZoneId.of(rs.getString(7));
		Long corrects = (Long) rs.getObject(9);
		Long correctedBy = (Long) rs.getObject(11);
		return new PublishedBulletin(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				publishedAt, publishedAt.atZone(zone).toLocalDate(), rs.getString(8),
				(corrects != null) ? new PublishedBulletin.Reference(corrects, rs.getString(10)) : null,
				(correctedBy != null) ? new PublishedBulletin.Reference(correctedBy, rs.getString(12)) : null,
				rs.getString(13), rs.getString(14), rs.getString(15),
				this.json.readValue(rs.getString(16), BulletinSnapshot.class));
	}

	/**
	 * A bulletin about to be stored.
	 *
	 * @param campaignId the campaign
	 * @param issuingUnitId the issuing unit
	 * @param number the document number
	 * @param sequence its running number
	 * @param publishedAt now
	 * @param publishedBy the reviewer's login name
	 * @param correctsId the bulletin it corrects, or null
	 * @param correctionNote why, for a correction
	 * @param snapshot the page's texts and figures
	 * @param pdf the PDF
	 * @param xlsx the workbook
	 */
	record NewBulletin(Long campaignId, Long issuingUnitId, String number, int sequence, Instant publishedAt,
			String publishedBy, Long correctsId, String correctionNote, BulletinSnapshot snapshot, byte[] pdf,
			byte[] xlsx) {
	}

	/**
	 * What a correction must match.
	 *
	 * @param campaignId the campaign
	 * @param issuingUnitId the issuing unit
	 * @param year the year
	 * @param month the month, null for the year
	 * @param corrected whether a correction of it exists
	 */
	record Issued(Long campaignId, Long issuingUnitId, int year, Integer month, boolean corrected) {
	}

}
