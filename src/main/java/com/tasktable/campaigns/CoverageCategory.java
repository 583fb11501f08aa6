package com.tasktable.campaigns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A category a coverage obligation asks units to reach (schools, villages, facility
 * types…).
 */
@Entity
@Table(name = "coverage_category")
class CoverageCategory {

	@Id
	private String code;

	private String name;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "sort_order")
	private int sortOrder;

	protected CoverageCategory() {
	}

	CategoryView toView() {
		return new CategoryView(this.code, this.name, this.nameEn);
	}

}
