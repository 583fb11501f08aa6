package com.tasktable.units;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "unit")
class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Column(name = "name_en")
	private String nameEn;

	@Enumerated(EnumType.STRING)
	private UnitLevel level;

	@Column(name = "parent_id")
	private Long parentId;

	private String path;

	@Column(name = "sort_order")
	private int sortOrder;

	@Column(name = "active_from")
	private LocalDate activeFrom;

	@Column(name = "active_to")
	private LocalDate activeTo;

	@Version
	private long version;

	protected Unit() {
	}

	/** A new unit below {@code parent}, one level down. */
	Unit(Unit parent, String code, String name, String nameEn, int sortOrder, LocalDate activeFrom) {
		this.code = code;
		this.name = name;
		this.nameEn = nameEn;
		this.level = parent.level.below();
		this.parentId = parent.id;
		this.path = parent.path + code + "/";
		this.sortOrder = sortOrder;
		this.activeFrom = activeFrom;
	}

	String getPath() {
		return this.path;
	}

	LocalDate getActiveTo() {
		return this.activeTo;
	}

	UnitLevel getLevel() {
		return this.level;
	}

	LocalDate getActiveFrom() {
		return this.activeFrom;
	}

	long getVersion() {
		return this.version;
	}

	void rename(String name, String nameEn) {
		this.name = name;
		this.nameEn = nameEn;
	}

	/**
	 * Takes the unit out from {@code from} on (it is active until the day before), or
	 * back in when {@code from} is null. Its history stays.
	 */
	void deactivateFrom(LocalDate from) {
		this.activeTo = (from != null) ? from.minusDays(1) : null;
	}

	/** The fields the audit log keeps as before and after. */
	Map<String, String> auditFields() {
		var fields = new LinkedHashMap<String, String>();
		fields.put("code", this.code);
		fields.put("name", this.name);
		fields.put("nameEn", Objects.toString(this.nameEn, ""));
		fields.put("activeFrom", Objects.toString(this.activeFrom, ""));
		fields.put("activeTo", Objects.toString(this.activeTo, ""));
		return fields;
	}

	Long getId() {
		return this.id;
	}

	Long getParentId() {
		return this.parentId;
	}

	String getCode() {
		return this.code;
	}

	int getSortOrder() {
		return this.sortOrder;
	}

	UnitView toView() {
		return new UnitView(this.id, this.code, this.name, this.nameEn, this.level, this.parentId, this.path,
				this.activeFrom, this.activeTo);
	}

}
