package com.tasktable.campaigns;

import com.tasktable.units.UnitChanged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** The cached unit index and task tables follow the unit tree once a change commits. */
@Component
class UnitTreeListener {

	private final CampaignCatalog catalog;

	UnitTreeListener(CampaignCatalog catalog) {
		this.catalog = catalog;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(UnitChanged event) {
		this.catalog.evictAll();
	}

}
