package com.tasktable.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import com.tasktable.audit.AuditQuery;
import com.tasktable.units.UnitScope;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit page's filter form, bound from the query string so that a filtered view is a
 * link one can share. Dates are whole days in the page's time zone, both ends included.
 */
class AuditFilter {

	static final String PREFIX_MARK = "*";

	@Size(max = 65)
	private String actor;

	@Size(max = 64)
	private String action;

	@Size(max = 64)
	private String unit;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	@Size(max = 64)
	private String entityType;

	@Size(max = 64)
	private String entityId;

	/**
	 * Sign-ins and sign-outs instead of changes (a chosen action shows its entries either
	 * way).
	 */
	private boolean signIns;

	/** One-based, as in the links; absent for the first page, anything else a 400. */
	@Min(value = 1, message = "{error.parameter.pageFromOne}")
	private Integer page;

	/**
	 * The criteria for the log. An actor ending in {@value #PREFIX_MARK} is a prefix.
	 * @param unitScope the chosen unit as a subtree, null for the whole scope
	 * @param zone where the filter's days begin and end
	 */
	AuditQuery toQuery(UnitScope unitScope, ZoneId zone) {
		var name = (this.actor != null) ? this.actor.trim().toLowerCase(Locale.ROOT) : "";
		boolean prefix = name.endsWith(PREFIX_MARK);
		if (prefix) {
			name = name.substring(0, name.length() - PREFIX_MARK.length());
		}
		return new AuditQuery(name, prefix && !name.isEmpty(), this.action, unitScope,
				(this.from != null) ? this.from.atStartOfDay(zone).toInstant() : null,
				(this.to != null) ? this.to.plusDays(1).atStartOfDay(zone).toInstant() : null, this.entityType,
				this.entityId, kind());
	}

	private AuditQuery.Kind kind() {
		if (this.action != null && !this.action.isBlank()) {
			return AuditQuery.Kind.ALL;
		}
		return this.signIns ? AuditQuery.Kind.SIGN_INS : AuditQuery.Kind.CHANGES;
	}

	/** The link to the changes, or to the sign-ins, with the rest of this filter. */
	public String tab(boolean signIns) {
		var other = new AuditFilter();
		other.actor = this.actor;
		other.unit = this.unit;
		other.from = this.from;
		other.to = this.to;
		other.signIns = signIns;
		return other.link(1);
	}

	boolean isRangeReversed() {
		return this.from != null && this.to != null && this.from.isAfter(this.to);
	}

	int pageIndex() {
		return (this.page == null) ? 0 : this.page - 1;
	}

	/** This filter's link to another page of results. */
	public String link(int page) {
		var uri = UriComponentsBuilder.fromPath("/audit");
		add(uri, "actor", this.actor);
		add(uri, "action", this.action);
		add(uri, "unit", this.unit);
		add(uri, "from", (this.from != null) ? this.from.toString() : null);
		add(uri, "to", (this.to != null) ? this.to.toString() : null);
		add(uri, "entityType", this.entityType);
		add(uri, "entityId", this.entityId);
		if (this.signIns) {
			uri.queryParam("signIns", true);
		}
		return uri.queryParam("page", page).encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder uri, String name, String value) {
		if (value != null && !value.isBlank()) {
			uri.queryParam(name, value.trim());
		}
	}

	public String getActor() {
		return this.actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getAction() {
		return this.action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public void setEntityType(String entityType) {
		this.entityType = entityType;
	}

	public String getEntityId() {
		return this.entityId;
	}

	public void setEntityId(String entityId) {
		this.entityId = entityId;
	}

	public boolean isSignIns() {
		return this.signIns;
	}

	public void setSignIns(boolean signIns) {
		this.signIns = signIns;
	}

	public Integer getPage() {
		return this.page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

}
