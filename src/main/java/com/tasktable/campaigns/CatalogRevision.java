package com.tasktable.campaigns;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The catalog's revision (migration V13_5): a number the database changes, in the writing
 * transaction, whenever campaigns, task tables, obligations, their versions, phases or
 * event dates, the unit tree or the coverage categories change, whoever wrote and on
 * whichever instance. {@link CampaignCatalog} keys its entries by it.
 * <p>
 * A request reads it once (one statement on a one-row table) and keeps it for its other
 * reads of the catalog; {@link #forget()} drops that copy when the request itself changes
 * reference data. Outside a request (a background job) every read asks the database.
 */
@Component
class CatalogRevision {

	private static final String ATTRIBUTE = CatalogRevision.class.getName();

	private final JdbcTemplate jdbc;

	CatalogRevision(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long current() {
		var request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Long kept) {
			return kept;
		}
		Long read = this.jdbc.queryForObject("select revision from catalog_revision", Long.class);
		long revision = (read != null) ? read : -1;
		if (request != null) {
			request.setAttribute(ATTRIBUTE, revision, RequestAttributes.SCOPE_REQUEST);
		}
		return revision;
	}

	/** The current request changed reference data: its next read asks the database. */
	void forget() {
		var request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		}
	}

}
