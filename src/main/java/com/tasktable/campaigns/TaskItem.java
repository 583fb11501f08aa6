package com.tasktable.campaigns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of the task table. */
@Entity
@Table(name = "task_item")
class TaskItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "campaign_id")
	private Long campaignId;

	private int number;

	private String category;

	@Column(name = "category_en")
	private String categoryEn;

	private String title;

	@Column(name = "title_en")
	private String titleEn;

	@Version
	private long version;

	protected TaskItem() {
	}

	TaskItem(Long campaignId, int number, String category, String categoryEn, String title, String titleEn) {
		this.campaignId = campaignId;
		this.number = number;
		rename(category, categoryEn, title, titleEn);
	}

	void rename(String category, String categoryEn, String title, String titleEn) {
		this.category = category;
		this.categoryEn = categoryEn;
		this.title = title;
		this.titleEn = titleEn;
	}

	Long getCampaignId() {
		return this.campaignId;
	}

	long getVersion() {
		return this.version;
	}

	Long getId() {
		return this.id;
	}

	int getNumber() {
		return this.number;
	}

	String getCategory() {
		return this.category;
	}

	String getCategoryEn() {
		return this.categoryEn;
	}

	String getTitle() {
		return this.title;
	}

	String getTitleEn() {
		return this.titleEn;
	}

	TaskRowView toView() {
		return new TaskRowView(this.id, this.campaignId, this.number, this.category, this.categoryEn, this.title,
				this.titleEn, this.version);
	}

	void renumber(int number) {
		this.number = number;
	}

	TaskItem copyTo(Long newCampaignId) {
		var copy = new TaskItem();
		copy.campaignId = newCampaignId;
		copy.number = this.number;
		copy.category = this.category;
		copy.categoryEn = this.categoryEn;
		copy.title = this.title;
		copy.titleEn = this.titleEn;
		return copy;
	}

}
