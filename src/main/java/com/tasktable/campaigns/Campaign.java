package com.tasktable.campaigns;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "campaign")
class Campaign {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "root_unit_id")
	private Long rootUnitId;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Column(name = "time_zone")
	private String timeZone = "Asia/Shanghai";

	@Column(name = "late_after_days")
	private int lateAfterDays = 10;

	@Column(name = "lock_after_days")
	private int lockAfterDays = 30;

	@Column(name = "bulletin_number_pattern")
	private String bulletinNumberPattern = DEFAULT_BULLETIN_NUMBER_PATTERN;

	@Version
	private long version;

	/** A new campaign's bulletin numbers until an administrator sets its own. */
	static final String DEFAULT_BULLETIN_NUMBER_PATTERN = "通报〔{year}〕{seq}号";

	protected Campaign() {
	}

	Campaign(String code, String name, String nameEn, Long rootUnitId, LocalDate startDate, LocalDate endDate,
			String timeZone) {
		this.code = code;
		this.name = name;
		this.nameEn = nameEn;
		this.rootUnitId = rootUnitId;
		this.startDate = startDate;
		this.endDate = endDate;
		this.timeZone = timeZone;
	}

	long getVersion() {
		return this.version;
	}

	/** What an administrator edits; the code stays. */
	void update(String name, String nameEn, Long rootUnitId, LocalDate startDate, LocalDate endDate, String timeZone,
			int lateAfterDays, int lockAfterDays, String bulletinNumberPattern) {
		this.name = name;
		this.nameEn = nameEn;
		this.rootUnitId = rootUnitId;
		this.startDate = startDate;
		this.endDate = endDate;
		this.timeZone = timeZone;
		this.lateAfterDays = lateAfterDays;
		this.lockAfterDays = lockAfterDays;
		this.bulletinNumberPattern = bulletinNumberPattern;
	}

	/** The fields the audit log keeps as before and after. */
	Map<String, String> auditFields() {
		var fields = new LinkedHashMap<String, String>();
		fields.put("code", this.code);
		fields.put("name", this.name);
		fields.put("nameEn", Objects.toString(this.nameEn, ""));
		fields.put("rootUnitId", String.valueOf(this.rootUnitId));
		fields.put("startDate", String.valueOf(this.startDate));
		fields.put("endDate", String.valueOf(this.endDate));
		fields.put("timeZone", this.timeZone);
		fields.put("lateAfterDays", String.valueOf(this.lateAfterDays));
		fields.put("lockAfterDays", String.valueOf(this.lockAfterDays));
		fields.put("bulletinNumberPattern", this.bulletinNumberPattern);
		return fields;
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	Long getRootUnitId() {
		return this.rootUnitId;
	}

	LocalDate getStartDate() {
		return this.startDate;
	}

	LocalDate getEndDate() {
		return this.endDate;
	}

	CampaignView toView(String rootUnitCode) {
		return new CampaignView(this.id, this.code, this.name, this.nameEn, rootUnitCode, this.startDate, this.endDate,
				ZoneId.of(this.timeZone), this.lateAfterDays, this.lockAfterDays, this.bulletinNumberPattern);
	}

}
