package com.tasktable.campaigns.web;

import com.tasktable.campaigns.TaskRowDraft;
import com.tasktable.campaigns.TaskRowView;

/** A task table row's fields, for adding and editing one. */
public class RowForm {

	private Integer number;

	private String category;

	private String categoryEn;

	private String title;

	private String titleEn;

	private long version;

	static RowForm from(TaskRowView row) {
		var form = new RowForm();
		form.number = row.number();
		form.category = row.category();
		form.categoryEn = row.categoryEn();
		form.title = row.title();
		form.titleEn = row.titleEn();
		form.version = row.version();
		return form;
	}

	TaskRowDraft toDraft() {
		return new TaskRowDraft(this.number, this.category, this.categoryEn, this.title, this.titleEn);
	}

	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getCategoryEn() {
		return this.categoryEn;
	}

	public void setCategoryEn(String categoryEn) {
		this.categoryEn = categoryEn;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
