package com.tasktable.campaigns.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import com.tasktable.campaigns.CampaignDraft;
import com.tasktable.campaigns.CampaignView;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A campaign's fields, for creating, editing and cloning one. The code is read only when
 * creating or cloning; the phase choice only when cloning.
 */
public class CampaignForm {

	private String code;

	private String name;

	private String nameEn;

	private String rootUnitCode;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	private String timeZone = "Asia/Shanghai";

	private Integer lateAfterDays = 10;

	private Integer lockAfterDays = 30;

	private String bulletinNumberPattern = "通报〔{year}〕{seq}号";

	private Set<String> keepPhasesOf = new LinkedHashSet<>();

	private long version;

	static CampaignForm from(CampaignView campaign, long version) {
		var form = new CampaignForm();
		form.code = campaign.code();
		form.name = campaign.name();
		form.nameEn = campaign.nameEn();
		form.rootUnitCode = campaign.rootUnitCode();
		form.startDate = campaign.startDate();
		form.endDate = campaign.endDate();
		form.timeZone = campaign.timeZone().getId();
		form.lateAfterDays = campaign.lateAfterDays();
		form.lockAfterDays = campaign.lockAfterDays();
		form.bulletinNumberPattern = campaign.bulletinNumberPattern();
		form.version = version;
		return form;
	}

	CampaignDraft toDraft() {
		return new CampaignDraft(this.code, this.name, this.nameEn, this.rootUnitCode, this.startDate, this.endDate,
				this.timeZone, this.lateAfterDays, this.lockAfterDays, this.bulletinNumberPattern);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getRootUnitCode() {
		return this.rootUnitCode;
	}

	public void setRootUnitCode(String rootUnitCode) {
		this.rootUnitCode = rootUnitCode;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public Integer getLateAfterDays() {
		return this.lateAfterDays;
	}

	public void setLateAfterDays(Integer lateAfterDays) {
		this.lateAfterDays = lateAfterDays;
	}

	public Integer getLockAfterDays() {
		return this.lockAfterDays;
	}

	public void setLockAfterDays(Integer lockAfterDays) {
		this.lockAfterDays = lockAfterDays;
	}

	public String getBulletinNumberPattern() {
		return this.bulletinNumberPattern;
	}

	public void setBulletinNumberPattern(String bulletinNumberPattern) {
		this.bulletinNumberPattern = bulletinNumberPattern;
	}

	public Set<String> getKeepPhasesOf() {
		return this.keepPhasesOf;
	}

	public void setKeepPhasesOf(Set<String> keepPhasesOf) {
		this.keepPhasesOf = keepPhasesOf;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
