package com.tasktable.campaigns;

import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;

import org.springframework.stereotype.Component;

/**
 * Loads what an administrator changes (a campaign, a row, an obligation), only from a
 * campaign they may change ({@link EditableCampaigns}); anything else is "not found".
 */
@Component
class AdministeredEntities {

	private final EditableCampaigns editable;

	private final Campaigns campaigns;

	private final CampaignRepository campaignRows;

	private final TaskItemRepository rows;

	private final ObligationRepository obligations;

	private final Units units;

	AdministeredEntities(EditableCampaigns editable, Campaigns campaigns, CampaignRepository campaignRows,
			TaskItemRepository rows, ObligationRepository obligations, Units units) {
		this.editable = editable;
		this.campaigns = campaigns;
		this.campaignRows = campaignRows;
		this.rows = rows;
		this.obligations = obligations;
		this.units = units;
	}

	Campaign campaign(UnitScope scope, String code) {
		var view = this.editable.editableCampaign(scope, code);
		return this.campaignRows.findById(view.id()).orElseThrow(() -> new CampaignNotFoundException(code));
	}

	TaskItem row(UnitScope scope, Long id) {
		var row = this.rows.findById(id).orElseThrow(() -> new CampaignNotFoundException("row #" + id));
		var campaign = this.campaignRows.findById(row.getCampaignId()).orElseThrow();
		campaign(scope, campaign.getCode());
		return row;
	}

	/** An obligation with its versions, of a campaign the administrator may change. */
	Obligation obligation(UnitScope scope, Long id) {
		var obligation = this.obligations.findWithVersions(id)
			.orElseThrow(() -> new CampaignNotFoundException("obligation #" + id));
		var campaign = this.campaigns.get(scope, obligation.getCampaignId());
		if (this.editable.editableCampaigns(scope).stream().noneMatch(c -> c.id().equals(campaign.id()))) {
			throw new CampaignNotFoundException("obligation #" + id);
		}
		return obligation;
	}

	Long rootUnitId(CampaignView campaign) {
		return this.units.byCode(campaign.rootUnitCode()).id();
	}

}
