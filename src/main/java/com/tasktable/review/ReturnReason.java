package com.tasktable.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "return_reason")
class ReturnReason {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String text;

	@Column(name = "text_en")
	private String textEn;

	@Column(name = "sort_order")
	private int sortOrder;

	private boolean retired;

	@Version
	private long version;

	protected ReturnReason() {
	}

	ReturnReason(String text, String textEn, int sortOrder) {
		this.text = text;
		this.textEn = textEn;
		this.sortOrder = sortOrder;
	}

	Long getId() {
		return this.id;
	}

	String getText() {
		return this.text;
	}

	long getVersion() {
		return this.version;
	}

	void change(String text, String textEn, int sortOrder, boolean retired) {
		this.text = text;
		this.textEn = textEn;
		this.sortOrder = sortOrder;
		this.retired = retired;
	}

	ReturnReasonView toView() {
		return new ReturnReasonView(this.id, this.text, this.textEn, this.sortOrder, this.retired, this.version);
	}

}
