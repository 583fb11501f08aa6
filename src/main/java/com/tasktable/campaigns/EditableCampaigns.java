package com.tasktable.campaigns;

import java.util.List;

import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator may change: the campaigns whose root unit lies inside their
 * scope, with their rows and obligations. Anything else is "not found", so a tampered id
 * tells nothing.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class EditableCampaigns {

	private final Campaigns campaigns;

	private final Units units;

	EditableCampaigns(Campaigns campaigns, Units units) {
		this.campaigns = campaigns;
		this.units = units;
	}

	/**
	 * The campaigns whose unit lies inside the administrator's scope: the ones they may
	 * change.
	 */
	public List<CampaignView> editableCampaigns(UnitScope scope) {
		return this.campaigns.visibleTo(scope).stream().filter(c -> covers(scope, c)).toList();
	}

	/** A campaign the administrator may change; any other is "not found". */
	public CampaignView editableCampaign(UnitScope scope, String code) {
		return editableCampaigns(scope).stream()
			.filter(c -> c.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new CampaignNotFoundException(code));
	}

	private boolean covers(UnitScope scope, CampaignView campaign) {
		return scope.covers(this.units.byCode(campaign.rootUnitCode()));
	}

}
