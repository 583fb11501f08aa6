package com.tasktable.campaigns;

import com.tasktable.platform.NotFoundException;

/** A campaign that does not exist or that the caller's unit takes no part in. */
public class CampaignNotFoundException extends NotFoundException {

	public CampaignNotFoundException(String code) {
		super("Campaign not found: " + code);
	}

}
