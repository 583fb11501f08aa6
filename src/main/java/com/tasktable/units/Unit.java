package com.tasktable.units;

import java.time.LocalDate;

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
